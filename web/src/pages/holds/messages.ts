import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'holds.title'
  | 'holds.create'
  | 'holds.place'
  | 'holds.empty'
  | 'holds.includeReleased'
  | 'holds.unknownPlacer'
  | 'holds.releasedWhy'
  | 'holds.field.camera'
  | 'holds.field.range'
  | 'holds.field.kind'
  | 'holds.field.reference'
  | 'holds.field.reason'
  | 'holds.field.until'
  | 'holds.field.placedBy'
  | 'holds.field.newUntil'
  | 'holds.field.extendReason'
  | 'holds.field.releaseReason'
  | 'holds.kind.case'
  | 'holds.kind.important'
  | 'holds.kind.legal_order'
  | 'holds.state.active'
  | 'holds.state.released'
  | 'holds.state.expired'
  | 'holds.help.reference'
  | 'holds.help.until'
  | 'holds.extend'
  | 'holds.extend.title'
  | 'holds.extend.current'
  | 'holds.release'
  | 'holds.release.title'
  | 'holds.release.help'
  | 'holds.rule.range'
  | 'holds.rule.rangeOrder'
  | 'holds.rule.untilFuture'
  | 'holds.rule.untilAfterRange'
  | 'holds.rule.extendLater';

/** Strings of the holds page. */
export const holdsMessages: Messages<K> = {
  'zh-CN': {
    'holds.title': '信息保全',
    'holds.create': '新建保全',
    'holds.place': '保全',
    'holds.empty': '暂无保全记录',
    'holds.includeReleased': '含已解除',
    'holds.unknownPlacer': '未记录',
    'holds.releasedWhy': '{at} 解除：{reason}',
    'holds.field.camera': '摄像机',
    'holds.field.range': '保全时段',
    'holds.field.kind': '保全事由',
    'holds.field.reference': '依据编号',
    'holds.field.reason': '保全原因',
    'holds.field.until': '保全期限',
    'holds.field.placedBy': '保全人',
    'holds.field.newUntil': '新的保全期限',
    'holds.field.extendReason': '延长原因',
    'holds.field.releaseReason': '解除原因',
    'holds.kind.case': '案件',
    'holds.kind.important': '重要信息',
    'holds.kind.legal_order': '依法调取',
    'holds.state.active': '保全中',
    'holds.state.released': '已解除',
    'holds.state.expired': '已到期',
    'holds.help.reference': '案件编号、调取文书编号或内部登记号。',
    'holds.help.until':
      '可不填：重要信息按施行规定的保存期限（如辽宁 第十四条(七) 一年），其他默认保全至时段结束后一年。',
    'holds.extend': '延长',
    'holds.extend.title': '延长保全：{reference}',
    'holds.extend.current': '当前保全期限：{until}',
    'holds.release': '解除',
    'holds.release.title': '解除保全：{reference}',
    'holds.release.help': '保全目的已实现的方可解除；解除后该时段录像按保存期限正常清理（国家 第十七条）。',
    'holds.rule.range': '请选择保全时段',
    'holds.rule.rangeOrder': '结束时间须晚于开始时间',
    'holds.rule.untilFuture': '保全期限须晚于当前时间',
    'holds.rule.untilAfterRange': '保全期限须晚于保全时段结束时间',
    'holds.rule.extendLater': '新的保全期限须晚于当前期限和当前时间',
  },
  'en-US': {
    'holds.title': 'Holds',
    'holds.create': 'New hold',
    'holds.place': 'Place hold',
    'holds.empty': 'No holds',
    'holds.includeReleased': 'Include released',
    'holds.unknownPlacer': 'Not recorded',
    'holds.releasedWhy': 'Released {at}: {reason}',
    'holds.field.camera': 'Camera',
    'holds.field.range': 'Footage range',
    'holds.field.kind': 'Reason kind',
    'holds.field.reference': 'Reference',
    'holds.field.reason': 'Reason',
    'holds.field.until': 'Held until',
    'holds.field.placedBy': 'Placed by',
    'holds.field.newUntil': 'New end',
    'holds.field.extendReason': 'Why extend',
    'holds.field.releaseReason': 'Why release',
    'holds.kind.case': 'Case',
    'holds.kind.important': 'Important footage',
    'holds.kind.legal_order': 'Legal order',
    'holds.state.active': 'Held',
    'holds.state.released': 'Released',
    'holds.state.expired': 'Expired',
    'holds.help.reference': 'Case number, order number or internal register number.',
    'holds.help.until':
      'Optional: important footage defaults to the period in force (e.g. 辽宁 第十四条(七): one year); others to one year after the range.',
    'holds.extend': 'Extend',
    'holds.extend.title': 'Extend hold: {reference}',
    'holds.extend.current': 'Held until: {until}',
    'holds.release': 'Release',
    'holds.release.title': 'Release hold: {reference}',
    'holds.release.help':
      'Release only once its purpose is served; the footage then follows its retention period again (国家 第十七条).',
    'holds.rule.range': 'Choose the footage range',
    'holds.rule.rangeOrder': 'The end must be after the start',
    'holds.rule.untilFuture': 'The end must be in the future',
    'holds.rule.untilAfterRange': 'The hold must end after the footage range',
    'holds.rule.extendLater': 'The new end must be later than the current end and now',
  },
};
