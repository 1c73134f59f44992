import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'overview.title'
  | 'overview.updatedAt'
  | 'overview.cameras.title'
  | 'overview.cameras.total'
  | 'overview.cameras.online'
  | 'overview.cameras.offline'
  | 'overview.cameras.faulty'
  | 'overview.cameras.disabled'
  | 'overview.cameras.open'
  | 'overview.recording.title'
  | 'overview.recording.gapsToday'
  | 'overview.recording.gapsUnit'
  | 'overview.recording.missingToday'
  | 'overview.recording.byCause'
  | 'overview.recording.noGaps'
  | 'overview.gap.offline'
  | 'overview.gap.overrun'
  | 'overview.gap.disk_full'
  | 'overview.gap.paused'
  | 'overview.gap.crash'
  | 'overview.gap.stall'
  | 'overview.availability.title'
  | 'overview.availability.summary'
  | 'overview.availability.noData'
  | 'overview.availability.noCameras'
  | 'overview.storage.title'
  | 'overview.storage.none'
  | 'overview.storage.volume'
  | 'overview.storage.used'
  | 'overview.storage.footage'
  | 'overview.storage.perDay'
  | 'overview.storage.days'
  | 'overview.storage.floor'
  | 'overview.storage.noRate'
  | 'overview.storage.warning'
  | 'overview.storage.enough'
  | 'overview.storage.article'
  | 'overview.storage.chartTitle'
  | 'overview.storage.chartSummary'
  | 'overview.storage.chartSummaryUnknown'
  | 'overview.findings.title'
  | 'overview.findings.none'
  | 'overview.findings.item'
  | 'overview.findings.article'
  | 'overview.findings.deadline'
  | 'overview.findings.all'
  | 'overview.findings.top'
  | 'overview.state.violated'
  | 'overview.state.overdue'
  | 'overview.state.due'
  | 'overview.state.needs_evidence'
  | 'overview.audit.title'
  | 'overview.audit.all'
  | 'overview.audit.system'
  | 'overview.audit.actor'
  | 'overview.audit.action'
  | 'overview.audit.none'
  | 'overview.duration.hm'
  | 'overview.duration.m';

/** Strings of the overview page. */
export const overviewMessages: Messages<K> = {
  'zh-CN': {
    'overview.title': '首页',
    'overview.updatedAt': '更新于 {time}，每 30 秒自动刷新',
    'overview.cameras.title': '摄像机状态',
    'overview.cameras.total': '共 {n} 路',
    'overview.cameras.online': '在线',
    'overview.cameras.offline': '离线',
    'overview.cameras.faulty': '故障',
    'overview.cameras.disabled': '已停用',
    'overview.cameras.open': '{state}摄像机 {n} 路，在点位登记中查看',
    'overview.recording.title': '录像健康',
    'overview.recording.gapsToday': '今日录像中断',
    'overview.recording.gapsUnit': '次',
    'overview.recording.missingToday': '今日缺失时长',
    'overview.recording.byCause': '中断原因',
    'overview.recording.noGaps': '今日录像无中断',
    'overview.gap.offline': '设备离线',
    'overview.gap.overrun': '写入积压',
    'overview.gap.disk_full': '磁盘已满',
    'overview.gap.paused': '录像暂停',
    'overview.gap.crash': '服务异常退出',
    'overview.gap.stall': '视频流停滞',
    'overview.availability.title': '近 7 日摄像机可用率',
    'overview.availability.summary': '近 7 日摄像机可用率（录像覆盖应录时长的比例）：{values}',
    'overview.availability.noData': '无数据',
    'overview.availability.noCameras': '暂无启用的摄像机',
    'overview.storage.title': '存储与保存期限',
    'overview.storage.none': '暂无存储卷信息',
    'overview.storage.volume': '存储卷',
    'overview.storage.used': '已用 {used} / 共 {total}',
    'overview.storage.footage': '录像占用',
    'overview.storage.perDay': '每日新增',
    'overview.storage.days': '{n} 天',
    'overview.storage.floor': '保存底线 {n} 天',
    'overview.storage.noRate': '近一小时无录像写入，暂无法预测可存天数',
    'overview.storage.warning': '按当前速率只能保存 {days} 天录像，低于 {floor} 天的保存底线，请及时扩容。',
    'overview.storage.enough': '可满足 {floor} 天的保存底线',
    'overview.storage.article': '依据：{article}',
    'overview.storage.chartTitle': '可存天数与保存底线',
    'overview.storage.chartSummary': '按当前写入速率可存 {days} 天，保存底线 {floor} 天',
    'overview.storage.chartSummaryUnknown': '可存天数未知，保存底线 {floor} 天',
    'overview.findings.title': '合规待办',
    'overview.findings.none': '暂无待处理的合规事项',
    'overview.findings.item': '事项',
    'overview.findings.article': '依据条款',
    'overview.findings.deadline': '期限',
    'overview.findings.all': '查看全部',
    'overview.findings.top': '重点事项',
    'overview.state.violated': '违规',
    'overview.state.overdue': '已逾期',
    'overview.state.due': '待办理',
    'overview.state.needs_evidence': '待补证明',
    'overview.audit.title': '最近审计事件',
    'overview.audit.all': '查看审计日志',
    'overview.audit.system': '系统',
    'overview.audit.actor': '操作人',
    'overview.audit.action': '操作',
    'overview.audit.none': '暂无审计事件',
    'overview.duration.hm': '{h} 小时 {m} 分',
    'overview.duration.m': '{m} 分钟',
  },
  'en-US': {
    'overview.title': 'Overview',
    'overview.updatedAt': 'Updated {time}; refreshes every 30 s',
    'overview.cameras.title': 'Cameras',
    'overview.cameras.total': '{n} in total',
    'overview.cameras.online': 'Online',
    'overview.cameras.offline': 'Offline',
    'overview.cameras.faulty': 'Faulty',
    'overview.cameras.disabled': 'Disabled',
    'overview.cameras.open': '{state}: {n} cameras; open in the registry',
    'overview.recording.title': 'Recording health',
    'overview.recording.gapsToday': 'Gaps today',
    'overview.recording.gapsUnit': 'gaps',
    'overview.recording.missingToday': 'Missing today',
    'overview.recording.byCause': 'By cause',
    'overview.recording.noGaps': 'No recording gaps today',
    'overview.gap.offline': 'Camera offline',
    'overview.gap.overrun': 'Write overrun',
    'overview.gap.disk_full': 'Disk full',
    'overview.gap.paused': 'Paused',
    'overview.gap.crash': 'Service crash',
    'overview.gap.stall': 'Stream stalled',
    'overview.availability.title': 'Camera availability, last 7 days',
    'overview.availability.summary':
      'Camera availability over the last 7 days (share of expected time recorded): {values}',
    'overview.availability.noData': 'no data',
    'overview.availability.noCameras': 'No enabled cameras',
    'overview.storage.title': 'Storage and retention',
    'overview.storage.none': 'No storage volume reported',
    'overview.storage.volume': 'Volume',
    'overview.storage.used': '{used} used of {total}',
    'overview.storage.footage': 'Footage',
    'overview.storage.perDay': 'Per day',
    'overview.storage.days': '{n} days',
    'overview.storage.floor': 'Floor {n} days',
    'overview.storage.noRate': 'Nothing recorded in the last hour: no forecast yet',
    'overview.storage.warning':
      'At the current rate the volume holds only {days} days of footage, under the {floor}-day retention floor. Add storage.',
    'overview.storage.enough': 'Meets the {floor}-day retention floor',
    'overview.storage.article': 'Per {article}',
    'overview.storage.chartTitle': 'Days that fit against the retention floor',
    'overview.storage.chartSummary': 'At the current rate {days} days fit; the retention floor is {floor} days',
    'overview.storage.chartSummaryUnknown': 'Days that fit unknown; the retention floor is {floor} days',
    'overview.findings.title': 'Open compliance findings',
    'overview.findings.none': 'No open compliance findings',
    'overview.findings.item': 'Finding',
    'overview.findings.article': 'Article',
    'overview.findings.deadline': 'Due',
    'overview.findings.all': 'See all',
    'overview.findings.top': 'Most urgent',
    'overview.state.violated': 'Violated',
    'overview.state.overdue': 'Overdue',
    'overview.state.due': 'Due',
    'overview.state.needs_evidence': 'Needs evidence',
    'overview.audit.title': 'Recent audit events',
    'overview.audit.all': 'Open the audit trail',
    'overview.audit.system': 'System',
    'overview.audit.actor': 'Actor',
    'overview.audit.action': 'Action',
    'overview.audit.none': 'No audit events yet',
    'overview.duration.hm': '{h} h {m} min',
    'overview.duration.m': '{m} min',
  },
};
