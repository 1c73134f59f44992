import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'filings.title'
  | 'filings.tab.mine'
  | 'filings.tab.all'
  | 'filings.tab.awaiting'
  | 'filings.tab.overdue'
  | 'filings.new'
  | 'filings.list'
  | 'filings.empty'
  | 'filings.shown'
  | 'filings.sep'
  | 'filings.withArticle'
  | 'filings.days'
  | 'filings.overdue'
  | 'filings.print'
  | 'filings.field.system'
  | 'filings.field.unit'
  | 'filings.field.kind'
  | 'filings.field.status'
  | 'filings.field.recipient'
  | 'filings.field.submittedAt'
  | 'filings.field.receivedAt'
  | 'filings.field.updatedAt'
  | 'filings.field.deadline'
  | 'filings.field.channel'
  | 'filings.field.reference'
  | 'filings.field.articles'
  | 'filings.field.changeSummary'
  | 'filings.field.removalDate'
  | 'filings.field.removalReason'
  | 'filings.field.notes'
  | 'filings.field.note'
  | 'filings.field.notice'
  | 'filings.field.decidedAt'
  | 'filings.field.filledAt'
  | 'filings.field.plannedFor'
  | 'filings.field.visitedAt'
  | 'filings.field.visitNotes'
  | 'filings.field.visitRule'
  | 'filings.field.visitDue'
  | 'filings.field.reasons'
  | 'filings.field.creditCode'
  | 'filings.field.address'
  | 'filings.field.jurisdiction'
  | 'filings.field.contact'
  | 'filings.field.phone'
  | 'filings.field.government'
  | 'filings.field.builder'
  | 'filings.field.maintainer'
  | 'filings.field.acceptedAt'
  | 'filings.field.inUseAt'
  | 'filings.field.changedAt'
  | 'filings.field.removedAt'
  | 'filings.field.agreementRef'
  | 'filings.field.governmentBuilt'
  | 'filings.field.sites'
  | 'filings.field.cameraCount'
  | 'filings.field.cameraTypes'
  | 'filings.field.cameraLocations'
  | 'filings.field.retention'
  | 'filings.kind.first'
  | 'filings.kind.change'
  | 'filings.kind.removal'
  | 'filings.kind.pre_existing'
  | 'filings.kind.help'
  | 'filings.status.draft'
  | 'filings.status.submitted'
  | 'filings.status.received'
  | 'filings.status.accepted'
  | 'filings.status.returned'
  | 'filings.channel.online'
  | 'filings.channel.letter'
  | 'filings.channel.telex'
  | 'filings.channel.fax'
  | 'filings.channel.edi'
  | 'filings.channel.email'
  | 'filings.channel.in_person'
  | 'filings.channel.help'
  | 'filings.channel.allowed'
  | 'filings.material.design_plan'
  | 'filings.material.technical_test'
  | 'filings.material.acceptance'
  | 'filings.material.drawings'
  | 'filings.material.construction_plan'
  | 'filings.material.point_distribution'
  | 'filings.material.removal_statement'
  | 'filings.material.name'
  | 'filings.material.kind'
  | 'filings.material.file'
  | 'filings.material.size'
  | 'filings.material.sha256'
  | 'filings.material.uploadedAt'
  | 'filings.material.generated'
  | 'filings.material.provided'
  | 'filings.material.missing'
  | 'filings.material.upload'
  | 'filings.material.addAnother'
  | 'filings.material.uploaded'
  | 'filings.material.other'
  | 'filings.material.formats'
  | 'filings.material.badType'
  | 'filings.material.tooLarge'
  | 'filings.material.removeConfirm'
  | 'filings.materials.asked'
  | 'filings.materials.noneAsked'
  | 'filings.materials.uploaded'
  | 'filings.materials.noneUploaded'
  | 'filings.drawer.title'
  | 'filings.drawer.facts'
  | 'filings.drawer.points'
  | 'filings.drawer.materials'
  | 'filings.drawer.materialsMissing'
  | 'filings.drawer.history'
  | 'filings.section.particulars'
  | 'filings.section.siteVisit'
  | 'filings.section.unit'
  | 'filings.section.system'
  | 'filings.section.cameras'
  | 'filings.content.none'
  | 'filings.site'
  | 'filings.cameras.count'
  | 'filings.retention'
  | 'filings.recipient.expected'
  | 'filings.recipient.any'
  | 'filings.submissions'
  | 'filings.notice.rule'
  | 'filings.notice.given'
  | 'filings.notice.late'
  | 'filings.visit.rule'
  | 'filings.visit.due'
  | 'filings.visit.overdue'
  | 'filings.overdue.title'
  | 'filings.overdue.finding'
  | 'filings.returned.title'
  | 'filings.action.submit'
  | 'filings.action.resubmit'
  | 'filings.action.discard'
  | 'filings.action.receive'
  | 'filings.action.scheduleVisit'
  | 'filings.action.rescheduleVisit'
  | 'filings.action.recordVisit'
  | 'filings.action.accept'
  | 'filings.action.return'
  | 'filings.waiting.receive'
  | 'filings.waiting.decide'
  | 'filings.discard.confirm'
  | 'filings.discarded'
  | 'filings.draft.create'
  | 'filings.draft.filled'
  | 'filings.edit.title'
  | 'filings.changeSummary.help'
  | 'filings.removalDate.help'
  | 'filings.reasons.help'
  | 'filings.visitNotes.help'
  | 'filings.submit.missing'
  | 'filings.event.draft'
  | 'filings.event.submit'
  | 'filings.event.receive'
  | 'filings.event.schedule_visit'
  | 'filings.event.record_visit'
  | 'filings.event.accept'
  | 'filings.event.return'
  | 'filings.history.none'
  | 'filings.point.seq'
  | 'filings.point.camera'
  | 'filings.point.deviceId'
  | 'filings.point.site'
  | 'filings.point.location'
  | 'filings.point.type'
  | 'filings.point.position'
  | 'filings.point.direction'
  | 'filings.point.important'
  | 'filings.point.signage'
  | 'filings.point.retention'
  | 'filings.points.empty';

/** Strings of the filings page. */
export const filingsMessages: Messages<K> = {
  'zh-CN': {
    'filings.title': '备案管理',
    'filings.tab.mine': '本单位备案',
    'filings.tab.all': '全部备案',
    'filings.tab.awaiting': '待我受理',
    'filings.tab.overdue': '已逾期',
    'filings.new': '新建备案',
    'filings.list': '备案列表',
    'filings.empty': '暂无备案',
    'filings.shown': '已显示 {count} 条',
    'filings.sep': '、',
    'filings.withArticle': '{text}（{article}）',
    'filings.days': '{days} 天',
    'filings.overdue': '已逾期',
    'filings.print': '打印备案登记表',
    'filings.field.system': '视频系统',
    'filings.field.unit': '使用单位',
    'filings.field.kind': '备案类型',
    'filings.field.status': '状态',
    'filings.field.recipient': '受理机关',
    'filings.field.submittedAt': '提交时间',
    'filings.field.receivedAt': '签收时间',
    'filings.field.updatedAt': '最近更新',
    'filings.field.deadline': '办理期限',
    'filings.field.channel': '备案途径',
    'filings.field.reference': '备案编号',
    'filings.field.articles': '依据条款',
    'filings.field.changeSummary': '变更情况',
    'filings.field.removalDate': '拆除日期',
    'filings.field.removalReason': '拆除原因',
    'filings.field.notes': '备注',
    'filings.field.note': '说明',
    'filings.field.notice': '提前告知',
    'filings.field.decidedAt': '办结时间',
    'filings.field.filledAt': '系统信息填报时间',
    'filings.field.plannedFor': '计划查看日期',
    'filings.field.visitedAt': '实地查看日期',
    'filings.field.visitNotes': '查看情况',
    'filings.field.visitRule': '实地查看时限',
    'filings.field.visitDue': '查看截止日期',
    'filings.field.reasons': '退回理由',
    'filings.field.creditCode': '统一社会信用代码',
    'filings.field.address': '地址',
    'filings.field.jurisdiction': '所属辖区',
    'filings.field.contact': '联系人',
    'filings.field.phone': '联系电话',
    'filings.field.government': '国家机关',
    'filings.field.builder': '建设单位',
    'filings.field.maintainer': '维护单位',
    'filings.field.acceptedAt': '验收日期',
    'filings.field.inUseAt': '投入使用日期',
    'filings.field.changedAt': '最近变更日期',
    'filings.field.removedAt': '拆除日期',
    'filings.field.agreementRef': '运维协议',
    'filings.field.governmentBuilt': '政府建设',
    'filings.field.sites': '场所',
    'filings.field.cameraCount': '采集设备数量',
    'filings.field.cameraTypes': '设备类型',
    'filings.field.cameraLocations': '安装部位',
    'filings.field.retention': '图像信息保存期限',
    'filings.kind.first': '首次备案',
    'filings.kind.change': '变更备案',
    'filings.kind.removal': '拆除备案',
    'filings.kind.pre_existing': '存量系统补充备案',
    'filings.kind.help':
      '系统投入使用后首次备案；新增、移除或迁移设备后变更备案；拆除系统前后拆除备案；条例施行前已建系统补充备案。',
    'filings.status.draft': '草稿',
    'filings.status.submitted': '已提交',
    'filings.status.received': '已签收',
    'filings.status.accepted': '已备案',
    'filings.status.returned': '已退回',
    'filings.channel.online': '网上备案平台',
    'filings.channel.letter': '信函',
    'filings.channel.telex': '电传',
    'filings.channel.fax': '传真',
    'filings.channel.edi': '电子数据交换',
    'filings.channel.email': '电子邮件',
    'filings.channel.in_person': '当面递交',
    'filings.channel.help': '可稍后在提交时选择；可选途径以所在地法规为准。',
    'filings.channel.allowed': '所在地法规规定的途径（{articles}）',
    'filings.material.design_plan': '设计方案',
    'filings.material.technical_test': '技术检测材料',
    'filings.material.acceptance': '工程验收材料',
    'filings.material.drawings': '图纸',
    'filings.material.construction_plan': '系统建设方案',
    'filings.material.point_distribution': '采集设备点位分布',
    'filings.material.removal_statement': '拆除情况说明',
    'filings.material.name': '材料',
    'filings.material.kind': '材料类型',
    'filings.material.file': '文件',
    'filings.material.size': '大小',
    'filings.material.sha256': 'SHA-256 摘要',
    'filings.material.uploadedAt': '上传时间',
    'filings.material.generated': '系统生成',
    'filings.material.provided': '已提供',
    'filings.material.missing': '缺少',
    'filings.material.upload': '上传',
    'filings.material.addAnother': '再传一份',
    'filings.material.uploaded': '材料已上传',
    'filings.material.other': '其他材料',
    'filings.material.formats': '支持 PDF、JPEG、PNG、ZIP、DOCX，不超过 20 MB',
    'filings.material.badType': '仅支持 PDF、JPEG、PNG、ZIP 或 DOCX 文件',
    'filings.material.tooLarge': '文件超过 20 MB',
    'filings.material.removeConfirm': '确定移除该材料？',
    'filings.materials.asked': '所在地法规要求的材料',
    'filings.materials.noneAsked': '所在地法规未要求另附材料，点位分布由系统根据登记信息生成。',
    'filings.materials.uploaded': '已上传材料',
    'filings.materials.noneUploaded': '尚未上传材料',
    'filings.drawer.title': '备案详情',
    'filings.drawer.facts': '备案信息',
    'filings.drawer.points': '点位分布（{count}）',
    'filings.drawer.materials': '材料',
    'filings.drawer.materialsMissing': '材料（缺 {count} 项）',
    'filings.drawer.history': '办理记录',
    'filings.section.particulars': '备案事项',
    'filings.section.siteVisit': '实地查看',
    'filings.section.unit': '使用单位',
    'filings.section.system': '视频系统',
    'filings.section.cameras': '场所与采集设备',
    'filings.content.none': '该备案登记于备案流程启用之前，无系统自动填报的信息。',
    'filings.site': '{name}（{place}，{address}）',
    'filings.cameras.count': '共 {total} 台，其中重点部位 {important} 台，设置提示标识 {signage} 台',
    'filings.retention': '不少于 {days} 天（{articles}）',
    'filings.recipient.expected': '将报送：{office}',
    'filings.recipient.any': '所在地公安机关',
    'filings.submissions': '{at}（第 {count} 次提交）',
    'filings.notice.rule': '{article}：至少提前 {days} 天告知，最迟 {date}',
    'filings.notice.given': '已于 {date} 告知',
    'filings.notice.late': '{date} 告知，已晚于期限',
    'filings.visit.rule': '{article}：受理后 {days} 日内实地查看',
    'filings.visit.due': '{article}：公安机关应在受理后 {days} 日内实地查看、指导，最迟 {date}',
    'filings.visit.overdue': '实地查看已逾期：{article} 规定受理后 {days} 日内完成，截止 {date}',
    'filings.overdue.title': '备案已超过法定期限',
    'filings.overdue.finding': '{article}（截止 {date}）',
    'filings.returned.title': '公安机关已退回，请按以下理由修改后重新提交',
    'filings.action.submit': '提交备案',
    'filings.action.resubmit': '重新提交',
    'filings.action.discard': '删除草稿',
    'filings.action.receive': '签收',
    'filings.action.scheduleVisit': '安排实地查看',
    'filings.action.rescheduleVisit': '调整查看日期',
    'filings.action.recordVisit': '登记查看情况',
    'filings.action.accept': '准予备案',
    'filings.action.return': '退回',
    'filings.waiting.receive': '等待 {office} 签收',
    'filings.waiting.decide': '{office} 已签收，办理中',
    'filings.discard.confirm': '删除该备案草稿？',
    'filings.discarded': '草稿已删除',
    'filings.draft.create': '生成草稿',
    'filings.draft.filled': '系统将根据登记信息自动填报单位、场所、采集设备数量和类型、点位分布及保存期限。',
    'filings.edit.title': '修改备案',
    'filings.changeSummary.help': '如新增、移除或迁移的设备；提交前须填写。',
    'filings.removalDate.help': '拆除（或拟拆除）之日；提交前须填写。',
    'filings.reasons.help': '写明需要补正的内容，单位修改后可重新提交。',
    'filings.visitNotes.help': '实地查看、指导的情况及发现的问题。',
    'filings.submit.missing': '以下材料尚未提供，提交将被拒绝：',
    'filings.event.draft': '起草',
    'filings.event.submit': '提交',
    'filings.event.receive': '签收',
    'filings.event.schedule_visit': '安排实地查看',
    'filings.event.record_visit': '实地查看',
    'filings.event.accept': '准予备案',
    'filings.event.return': '退回',
    'filings.history.none': '暂无办理记录',
    'filings.point.seq': '序号',
    'filings.point.camera': '设备名称',
    'filings.point.deviceId': '设备编码',
    'filings.point.site': '场所',
    'filings.point.location': '安装部位',
    'filings.point.type': '设备类型',
    'filings.point.position': '经纬度',
    'filings.point.direction': '朝向',
    'filings.point.important': '重点部位',
    'filings.point.signage': '提示标识',
    'filings.point.retention': '保存期限',
    'filings.points.empty': '该系统尚无采集设备',
  },
  'en-US': {
    'filings.title': 'Filings',
    'filings.tab.mine': 'Our filings',
    'filings.tab.all': 'All filings',
    'filings.tab.awaiting': 'Awaiting me',
    'filings.tab.overdue': 'Overdue',
    'filings.new': 'New filing',
    'filings.list': 'Filings',
    'filings.empty': 'No filings',
    'filings.shown': '{count} shown',
    'filings.sep': ', ',
    'filings.withArticle': '{text} ({article})',
    'filings.days': '{days} days',
    'filings.overdue': 'Overdue',
    'filings.print': 'Print filing form',
    'filings.field.system': 'Video system',
    'filings.field.unit': 'Unit',
    'filings.field.kind': 'Filing type',
    'filings.field.status': 'Status',
    'filings.field.recipient': 'Receiving office',
    'filings.field.submittedAt': 'Submitted',
    'filings.field.receivedAt': 'Received',
    'filings.field.updatedAt': 'Updated',
    'filings.field.deadline': 'Deadline',
    'filings.field.channel': 'Channel',
    'filings.field.reference': 'Filing number',
    'filings.field.articles': 'Articles',
    'filings.field.changeSummary': 'What changed',
    'filings.field.removalDate': 'Removal date',
    'filings.field.removalReason': 'Reason for removal',
    'filings.field.notes': 'Notes',
    'filings.field.note': 'Note',
    'filings.field.notice': 'Advance notice',
    'filings.field.decidedAt': 'Decided',
    'filings.field.filledAt': 'Registry facts filled',
    'filings.field.plannedFor': 'Planned visit date',
    'filings.field.visitedAt': 'Visit date',
    'filings.field.visitNotes': 'Findings of the visit',
    'filings.field.visitRule': 'Visit period',
    'filings.field.visitDue': 'Visit due by',
    'filings.field.reasons': 'Reasons for return',
    'filings.field.creditCode': 'Unified social credit code',
    'filings.field.address': 'Address',
    'filings.field.jurisdiction': 'Jurisdiction',
    'filings.field.contact': 'Contact',
    'filings.field.phone': 'Phone',
    'filings.field.government': 'Government organ',
    'filings.field.builder': 'Builder',
    'filings.field.maintainer': 'Maintainer',
    'filings.field.acceptedAt': 'Accepted on',
    'filings.field.inUseAt': 'In use since',
    'filings.field.changedAt': 'Last changed',
    'filings.field.removedAt': 'Removed on',
    'filings.field.agreementRef': 'Maintenance agreement',
    'filings.field.governmentBuilt': 'Government-built',
    'filings.field.sites': 'Sites',
    'filings.field.cameraCount': 'Cameras',
    'filings.field.cameraTypes': 'Camera types',
    'filings.field.cameraLocations': 'Locations',
    'filings.field.retention': 'Footage retention',
    'filings.kind.first': 'First filing',
    'filings.kind.change': 'Change filing',
    'filings.kind.removal': 'Removal filing',
    'filings.kind.pre_existing': 'Pre-existing system',
    'filings.kind.help':
      'First: after the system goes into use; change: after cameras are added, removed or moved; removal: when the system is taken down; pre-existing: systems built before the regulation took effect.',
    'filings.status.draft': 'Draft',
    'filings.status.submitted': 'Submitted',
    'filings.status.received': 'Received',
    'filings.status.accepted': 'Accepted',
    'filings.status.returned': 'Returned',
    'filings.channel.online': 'Online filing platform',
    'filings.channel.letter': 'Letter',
    'filings.channel.telex': 'Telex',
    'filings.channel.fax': 'Fax',
    'filings.channel.edi': 'Electronic data interchange',
    'filings.channel.email': 'Email',
    'filings.channel.in_person': 'In person',
    'filings.channel.help': 'May be chosen at submission; the local regulation decides which channels are allowed.',
    'filings.channel.allowed': 'The channels the regulation names ({articles})',
    'filings.material.design_plan': 'Design plan',
    'filings.material.technical_test': 'Technical test report',
    'filings.material.acceptance': 'Acceptance documents',
    'filings.material.drawings': 'Drawings',
    'filings.material.construction_plan': 'Construction plan',
    'filings.material.point_distribution': 'Camera point list',
    'filings.material.removal_statement': 'Removal statement',
    'filings.material.name': 'Material',
    'filings.material.kind': 'Material type',
    'filings.material.file': 'File',
    'filings.material.size': 'Size',
    'filings.material.sha256': 'SHA-256',
    'filings.material.uploadedAt': 'Uploaded',
    'filings.material.generated': 'Drawn up by psvis',
    'filings.material.provided': 'Provided',
    'filings.material.missing': 'Missing',
    'filings.material.upload': 'Upload',
    'filings.material.addAnother': 'Add another',
    'filings.material.uploaded': 'Material uploaded',
    'filings.material.other': 'Other material',
    'filings.material.formats': 'PDF, JPEG, PNG, ZIP or DOCX, up to 20 MB',
    'filings.material.badType': 'Only PDF, JPEG, PNG, ZIP or DOCX files are accepted',
    'filings.material.tooLarge': 'The file is larger than 20 MB',
    'filings.material.removeConfirm': 'Take this material off the filing?',
    'filings.materials.asked': 'Materials the regulation asks for',
    'filings.materials.noneAsked':
      'The regulation in force asks for no further materials; psvis draws up the point list from the registry.',
    'filings.materials.uploaded': 'Uploaded materials',
    'filings.materials.noneUploaded': 'No materials uploaded',
    'filings.drawer.title': 'Filing',
    'filings.drawer.facts': 'Particulars',
    'filings.drawer.points': 'Point list ({count})',
    'filings.drawer.materials': 'Materials',
    'filings.drawer.materialsMissing': 'Materials ({count} missing)',
    'filings.drawer.history': 'History',
    'filings.section.particulars': 'Filing',
    'filings.section.siteVisit': 'Site visit',
    'filings.section.unit': 'Unit',
    'filings.section.system': 'Video system',
    'filings.section.cameras': 'Sites and cameras',
    'filings.content.none': 'This filing was recorded before the workflow; it has no facts filled from the registry.',
    'filings.site': '{name} ({place}, {address})',
    'filings.cameras.count': '{total} in all; {important} at important locations; {signage} with signage',
    'filings.retention': 'At least {days} days ({articles})',
    'filings.recipient.expected': 'Goes to: {office}',
    'filings.recipient.any': 'The local police office',
    'filings.submissions': '{at} (submission {count})',
    'filings.notice.rule': '{article}: notice at least {days} days before, by {date}',
    'filings.notice.given': 'Given on {date}',
    'filings.notice.late': 'Given on {date}, too late',
    'filings.visit.rule': '{article}: visit within {days} days of receipt',
    'filings.visit.due': '{article}: the police visit the site within {days} days of receiving the filing, by {date}',
    'filings.visit.overdue': 'Site visit overdue: {article} sets {days} days from receipt, due {date}',
    'filings.overdue.title': 'The filing is past its legal deadline',
    'filings.overdue.finding': '{article} (due {date})',
    'filings.returned.title': 'Returned by the police: correct it as below and resubmit',
    'filings.action.submit': 'Submit',
    'filings.action.resubmit': 'Resubmit',
    'filings.action.discard': 'Discard draft',
    'filings.action.receive': 'Receive',
    'filings.action.scheduleVisit': 'Schedule site visit',
    'filings.action.rescheduleVisit': 'Reschedule site visit',
    'filings.action.recordVisit': 'Record site visit',
    'filings.action.accept': 'Accept',
    'filings.action.return': 'Return',
    'filings.waiting.receive': 'Waiting for {office} to receive it',
    'filings.waiting.decide': 'Received by {office}; in progress',
    'filings.discard.confirm': 'Discard this draft?',
    'filings.discarded': 'Draft discarded',
    'filings.draft.create': 'Create draft',
    'filings.draft.filled':
      'psvis fills in the unit, sites, camera count and types, point list and retention from the registry.',
    'filings.edit.title': 'Edit filing',
    'filings.changeSummary.help': 'E.g. cameras added, removed or moved; required before submitting.',
    'filings.removalDate.help': 'The day the system is (to be) removed; required before submitting.',
    'filings.reasons.help': 'Say what to correct; the unit corrects it and resubmits.',
    'filings.visitNotes.help': 'What the visit found and the guidance given.',
    'filings.submit.missing': 'These materials are missing; the submission will be refused:',
    'filings.event.draft': 'Drafted',
    'filings.event.submit': 'Submitted',
    'filings.event.receive': 'Received',
    'filings.event.schedule_visit': 'Site visit scheduled',
    'filings.event.record_visit': 'Site visited',
    'filings.event.accept': 'Accepted',
    'filings.event.return': 'Returned',
    'filings.history.none': 'No history',
    'filings.point.seq': 'No.',
    'filings.point.camera': 'Camera',
    'filings.point.deviceId': 'Device ID',
    'filings.point.site': 'Site',
    'filings.point.location': 'Location',
    'filings.point.type': 'Type',
    'filings.point.position': 'Position',
    'filings.point.direction': 'Direction',
    'filings.point.important': 'Important',
    'filings.point.signage': 'Signage',
    'filings.point.retention': 'Retention',
    'filings.points.empty': 'This system has no cameras',
  },
};
