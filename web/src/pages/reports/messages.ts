import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'reports.title'
  | 'reports.create'
  | 'reports.button'
  | 'reports.submit'
  | 'reports.create.help'
  | 'reports.empty'
  | 'reports.listSeparator'
  | 'reports.overdue'
  | 'reports.overdueOnly'
  | 'reports.overdue.banner'
  | 'reports.overdue.bannerUnit'
  | 'reports.overdue.show'
  | 'reports.field.reportedAt'
  | 'reports.field.unit'
  | 'reports.field.camera'
  | 'reports.field.occurredAt'
  | 'reports.field.source'
  | 'reports.field.description'
  | 'reports.field.dueBy'
  | 'reports.field.reportedBy'
  | 'reports.field.police'
  | 'reports.field.regulators'
  | 'reports.field.basis'
  | 'reports.field.hold'
  | 'reports.field.note'
  | 'reports.field.outcome'
  | 'reports.help.outcome'
  | 'reports.source.live'
  | 'reports.source.playback'
  | 'reports.status.reported'
  | 'reports.status.acknowledged'
  | 'reports.status.handled'
  | 'reports.byAt'
  | 'reports.holdRange'
  | 'reports.holdReleased'
  | 'reports.holdLink'
  | 'reports.drawer.title'
  | 'reports.drawer.titleOf'
  | 'reports.notes'
  | 'reports.notes.empty'
  | 'reports.action.acknowledge'
  | 'reports.action.handle'
  | 'reports.action.note'
  | 'reports.action.acknowledge.title'
  | 'reports.action.handle.title'
  | 'reports.action.note.title'
  | 'reports.rule.future';

/** Strings of the reports page. */
export const reportsMessages: Messages<K> = {
  'zh-CN': {
    'reports.title': '可疑信息',
    'reports.create': '上报可疑信息',
    'reports.button': '上报可疑信息',
    'reports.submit': '上报',
    'reports.create.help':
      '上报后报送辖区公安机关（依规定同时报送行业主管部门），所报时间前后各 2 分钟的录像自动按案件保全。',
    'reports.empty': '暂无可疑信息报告',
    'reports.listSeparator': '、',
    'reports.overdue': '逾期未处理',
    'reports.overdueOnly': '只看逾期未处理',
    'reports.overdue.banner': '有 {n} 条可疑信息超过 {hours} 小时未处理（安徽 第二十七条(五)），请及时受理处理。',
    'reports.overdue.bannerUnit': '有 {n} 条上报的可疑信息超过 {hours} 小时公安机关尚未处理。',
    'reports.overdue.show': '查看',
    'reports.field.reportedAt': '上报时间',
    'reports.field.unit': '上报单位',
    'reports.field.camera': '摄像机',
    'reports.field.occurredAt': '发现时间',
    'reports.field.source': '发现方式',
    'reports.field.description': '情况描述',
    'reports.field.dueBy': '处理时限',
    'reports.field.reportedBy': '上报人',
    'reports.field.police': '接收公安机关',
    'reports.field.regulators': '接收主管部门',
    'reports.field.basis': '报告依据',
    'reports.field.hold': '录像保全',
    'reports.field.note': '备注',
    'reports.field.outcome': '处理结果',
    'reports.help.outcome': '写明处理情况，如出警、立案、移交或经核查无异常。',
    'reports.source.live': '实时预览',
    'reports.source.playback': '录像回放',
    'reports.status.reported': '待受理',
    'reports.status.acknowledged': '已受理',
    'reports.status.handled': '已处理',
    'reports.byAt': '{name}，{at}',
    'reports.holdRange': '{from} 至 {to}，保全至 {until}',
    'reports.holdReleased': '（已于 {at} 解除）',
    'reports.holdLink': '查看信息保全',
    'reports.drawer.title': '可疑信息',
    'reports.drawer.titleOf': '可疑信息：{camera}',
    'reports.notes': '处理记录',
    'reports.notes.empty': '暂无处理记录',
    'reports.action.acknowledge': '受理',
    'reports.action.handle': '登记处理结果',
    'reports.action.note': '补充说明',
    'reports.action.acknowledge.title': '受理可疑信息',
    'reports.action.handle.title': '登记处理结果',
    'reports.action.note.title': '补充说明',
    'reports.rule.future': '发现时间不能晚于当前时间',
  },
  'en-US': {
    'reports.title': 'Suspicious information',
    'reports.create': 'Report',
    'reports.button': 'Report suspicious',
    'reports.submit': 'Send report',
    'reports.create.help':
      'The report goes to the police of the jurisdiction (and the industry regulator where the rules say so); two minutes of footage either side of the time are held as a case at once.',
    'reports.empty': 'No reports',
    'reports.listSeparator': ', ',
    'reports.overdue': 'Overdue',
    'reports.overdueOnly': 'Overdue only',
    'reports.overdue.banner':
      '{n} reports have not been handled within {hours} hours (安徽 第二十七条(五)); acknowledge and handle them.',
    'reports.overdue.bannerUnit': '{n} of your reports have not been handled by the police within {hours} hours.',
    'reports.overdue.show': 'Show',
    'reports.field.reportedAt': 'Reported',
    'reports.field.unit': 'Unit',
    'reports.field.camera': 'Camera',
    'reports.field.occurredAt': 'Seen at',
    'reports.field.source': 'Seen in',
    'reports.field.description': 'What was seen',
    'reports.field.dueBy': 'Handle by',
    'reports.field.reportedBy': 'Reported by',
    'reports.field.police': 'Police',
    'reports.field.regulators': 'Regulators',
    'reports.field.basis': 'Articles',
    'reports.field.hold': 'Clip held',
    'reports.field.note': 'Note',
    'reports.field.outcome': 'Outcome',
    'reports.help.outcome': 'Say how it was handled: officers sent, a case opened, passed on, or nothing found.',
    'reports.source.live': 'Live',
    'reports.source.playback': 'Playback',
    'reports.status.reported': 'Reported',
    'reports.status.acknowledged': 'Acknowledged',
    'reports.status.handled': 'Handled',
    'reports.byAt': '{name}, {at}',
    'reports.holdRange': '{from} to {to}, held until {until}',
    'reports.holdReleased': '(released {at})',
    'reports.holdLink': 'View holds',
    'reports.drawer.title': 'Report',
    'reports.drawer.titleOf': 'Report: {camera}',
    'reports.notes': 'Notes',
    'reports.notes.empty': 'No notes yet',
    'reports.action.acknowledge': 'Acknowledge',
    'reports.action.handle': 'Record outcome',
    'reports.action.note': 'Add note',
    'reports.action.acknowledge.title': 'Acknowledge the report',
    'reports.action.handle.title': 'Record how it was handled',
    'reports.action.note.title': 'Add a note',
    'reports.rule.future': 'The time cannot be in the future',
  },
};
