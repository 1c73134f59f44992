import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'audit.title'
  | 'audit.tab.trail'
  | 'audit.tab.register'
  | 'audit.tab.verify'
  | 'audit.trail.actor'
  | 'audit.trail.action'
  | 'audit.trail.actionHelp'
  | 'audit.trail.targetType'
  | 'audit.trail.targetId'
  | 'audit.trail.range'
  | 'audit.trail.seq'
  | 'audit.trail.org'
  | 'audit.trail.target'
  | 'audit.trail.hash'
  | 'audit.trail.system'
  | 'audit.trail.reset'
  | 'audit.trail.loaded'
  | 'audit.trail.allLoaded'
  | 'audit.trail.onlyActor'
  | 'audit.trail.empty'
  | 'audit.register.user'
  | 'audit.register.camera'
  | 'audit.register.action'
  | 'audit.register.range'
  | 'audit.register.purpose'
  | 'audit.register.destination'
  | 'audit.register.recordedBy'
  | 'audit.register.requestingUnit'
  | 'audit.register.caseNo'
  | 'audit.register.userOrg'
  | 'audit.register.separator'
  | 'audit.register.live'
  | 'audit.register.ongoing'
  | 'audit.register.fileName'
  | 'audit.register.empty'
  | 'audit.register.action.view_live'
  | 'audit.register.action.playback'
  | 'audit.register.action.snapshot'
  | 'audit.register.action.export'
  | 'audit.verify.intro'
  | 'audit.verify.start'
  | 'audit.verify.again'
  | 'audit.verify.stepAudit'
  | 'audit.verify.stepCamera'
  | 'audit.verify.progress'
  | 'audit.verify.progressLabel'
  | 'audit.verify.ok'
  | 'audit.verify.failed'
  | 'audit.verify.summary'
  | 'audit.verify.kind'
  | 'audit.verify.camera'
  | 'audit.verify.seq'
  | 'audit.verify.message'
  | 'audit.verify.auditTrail'
  | 'audit.verify.stopped'
  | 'audit.problem.altered'
  | 'audit.problem.missing'
  | 'audit.problem.extra'
  | 'audit.problem.reordered'
  | 'audit.problem.edited_row'
  | 'audit.problem.deleted_row'
  | 'audit.problem.unaudited_deletion'
  | 'audit.problem.anchor_mismatch'
  | 'audit.problem.hash_mismatch'
  | 'audit.problem.prev_mismatch'
  | 'audit.problem.bad_checkpoint_signature'
  | 'audit.problem.checkpoint_mismatch'
  | 'audit.problem.truncated';

/** Strings of the audit page. */
export const auditMessages: Messages<K> = {
  'zh-CN': {
    'audit.title': '审计',
    'audit.tab.trail': '审计日志',
    'audit.tab.register': '查阅/复制/调取登记',
    'audit.tab.verify': '完整性校验',
    'audit.trail.actor': '操作人',
    'audit.trail.action': '操作',
    'audit.trail.actionHelp': '完整操作名，或以“.”结尾的前缀，如 registry.',
    'audit.trail.targetType': '对象类型',
    'audit.trail.targetId': '对象 ID',
    'audit.trail.range': '时间范围',
    'audit.trail.seq': '序号',
    'audit.trail.org': '所属单位 ID',
    'audit.trail.target': '操作对象',
    'audit.trail.hash': '哈希',
    'audit.trail.system': '系统',
    'audit.trail.reset': '重置',
    'audit.trail.loaded': '已加载 {n} 条',
    'audit.trail.allLoaded': '已全部加载',
    'audit.trail.onlyActor': '只看此操作人',
    'audit.trail.empty': '没有符合条件的审计事件',
    'audit.register.user': '人员',
    'audit.register.camera': '摄像机',
    'audit.register.action': '动作',
    'audit.register.range': '时间范围',
    'audit.register.purpose': '用途',
    'audit.register.destination': '去向',
    'audit.register.recordedBy': '录制人员',
    'audit.register.requestingUnit': '调取单位',
    'audit.register.caseNo': '案件编号',
    'audit.register.userOrg': '人员单位',
    'audit.register.separator': '、',
    'audit.register.live': '实时视频',
    'audit.register.ongoing': '进行中',
    'audit.register.fileName': '查阅复制调取登记',
    'audit.register.empty': '暂无登记记录',
    'audit.register.action.view_live': '实时查看',
    'audit.register.action.playback': '录像回放',
    'audit.register.action.snapshot': '截图',
    'audit.register.action.export': '导出复制',
    'audit.verify.intro':
      '重新计算审计日志的哈希链与签名检查点，并逐路重新计算录像文件哈希、核对录像链，检查是否存在篡改、缺失、多余或顺序被打乱的记录。',
    'audit.verify.start': '开始校验',
    'audit.verify.again': '重新校验',
    'audit.verify.stepAudit': '正在校验审计日志',
    'audit.verify.stepCamera': '正在校验摄像机“{name}”的录像',
    'audit.verify.progress': '已完成 {n} / {total} 项，已计算 {bytes}',
    'audit.verify.progressLabel': '校验进度',
    'audit.verify.ok': '校验通过：未发现篡改、缺失、多余或顺序错乱',
    'audit.verify.failed': '发现 {n} 处问题',
    'audit.verify.summary':
      '审计事件 {events} 条（签名检查点 {checkpoints} 个）；录像 {cameras} 路、{segments} 段、文件 {files} 个，共计算 {bytes}',
    'audit.verify.kind': '问题类型',
    'audit.verify.camera': '摄像机',
    'audit.verify.seq': '序号',
    'audit.verify.message': '说明',
    'audit.verify.auditTrail': '审计日志',
    'audit.verify.stopped': '校验未完成',
    'audit.problem.altered': '文件被修改',
    'audit.problem.missing': '记录缺失',
    'audit.problem.extra': '多余文件',
    'audit.problem.reordered': '顺序错乱',
    'audit.problem.edited_row': '索引被改动',
    'audit.problem.deleted_row': '索引被删除',
    'audit.problem.unaudited_deletion': '删除未经审计',
    'audit.problem.anchor_mismatch': '链锚点不符',
    'audit.problem.hash_mismatch': '哈希不符',
    'audit.problem.prev_mismatch': '链接断裂',
    'audit.problem.bad_checkpoint_signature': '检查点签名无效',
    'audit.problem.checkpoint_mismatch': '检查点不符',
    'audit.problem.truncated': '日志被截断',
  },
  'en-US': {
    'audit.title': 'Audit',
    'audit.tab.trail': 'Audit trail',
    'audit.tab.register': 'Access register',
    'audit.tab.verify': 'Integrity check',
    'audit.trail.actor': 'Actor',
    'audit.trail.action': 'Action',
    'audit.trail.actionHelp': 'An exact action, or a prefix ending in a dot, e.g. registry.',
    'audit.trail.targetType': 'Target type',
    'audit.trail.targetId': 'Target ID',
    'audit.trail.range': 'Time range',
    'audit.trail.seq': 'Seq',
    'audit.trail.org': 'Organization ID',
    'audit.trail.target': 'Target',
    'audit.trail.hash': 'Hash',
    'audit.trail.system': 'System',
    'audit.trail.reset': 'Reset',
    'audit.trail.loaded': '{n} loaded',
    'audit.trail.allLoaded': 'All loaded',
    'audit.trail.onlyActor': 'Only this actor',
    'audit.trail.empty': 'No audit events match',
    'audit.register.user': 'Person',
    'audit.register.camera': 'Camera',
    'audit.register.action': 'Action',
    'audit.register.range': 'Footage range',
    'audit.register.purpose': 'Purpose',
    'audit.register.destination': 'Destination',
    'audit.register.recordedBy': 'Recorded by',
    'audit.register.requestingUnit': 'Requesting unit',
    'audit.register.caseNo': 'Case no.',
    'audit.register.userOrg': "Person's organization",
    'audit.register.separator': ', ',
    'audit.register.live': 'Live video',
    'audit.register.ongoing': 'ongoing',
    'audit.register.fileName': 'access-register',
    'audit.register.empty': 'Nothing registered yet',
    'audit.register.action.view_live': 'Live view',
    'audit.register.action.playback': 'Playback',
    'audit.register.action.snapshot': 'Snapshot',
    'audit.register.action.export': 'Export (copy)',
    'audit.verify.intro':
      "Recomputes the audit chain and its signed checkpoints, then re-hashes each camera's recorded files and walks its chain, looking for anything altered, missing, extra or reordered.",
    'audit.verify.start': 'Start verification',
    'audit.verify.again': 'Verify again',
    'audit.verify.stepAudit': 'Verifying the audit trail',
    'audit.verify.stepCamera': 'Verifying the recordings of camera "{name}"',
    'audit.verify.progress': '{n} of {total} done, {bytes} hashed',
    'audit.verify.progressLabel': 'Verification progress',
    'audit.verify.ok': 'Verified: nothing altered, missing, extra or reordered',
    'audit.verify.failed': 'Problems found: {n}',
    'audit.verify.summary':
      '{events} audit events ({checkpoints} signed checkpoints); {cameras} cameras, {segments} segments, {files} files, {bytes} hashed',
    'audit.verify.kind': 'Kind',
    'audit.verify.camera': 'Camera',
    'audit.verify.seq': 'Seq',
    'audit.verify.message': 'Message',
    'audit.verify.auditTrail': 'Audit trail',
    'audit.verify.stopped': 'Verification did not finish',
    'audit.problem.altered': 'File altered',
    'audit.problem.missing': 'Missing',
    'audit.problem.extra': 'Extra file',
    'audit.problem.reordered': 'Reordered',
    'audit.problem.edited_row': 'Index row edited',
    'audit.problem.deleted_row': 'Index row deleted',
    'audit.problem.unaudited_deletion': 'Unaudited deletion',
    'audit.problem.anchor_mismatch': 'Anchor mismatch',
    'audit.problem.hash_mismatch': 'Hash mismatch',
    'audit.problem.prev_mismatch': 'Broken link',
    'audit.problem.bad_checkpoint_signature': 'Bad checkpoint signature',
    'audit.problem.checkpoint_mismatch': 'Checkpoint mismatch',
    'audit.problem.truncated': 'Truncated',
  },
};
