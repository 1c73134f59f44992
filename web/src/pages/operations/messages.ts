import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'operations.title'
  | 'operations.sep'
  | 'operations.tab.duty'
  | 'operations.tab.faults'
  | 'operations.tab.maintenance'
  | 'operations.tab.training'
  | 'operations.tab.agreements'
  | 'operations.field.org'
  | 'operations.field.system'
  | 'operations.field.camera'
  | 'operations.field.notes'
  | 'operations.field.period'
  | 'operations.field.performedBy'
  | 'operations.duty.create'
  | 'operations.duty.from'
  | 'operations.duty.to'
  | 'operations.duty.shift'
  | 'operations.duty.site'
  | 'operations.duty.staff'
  | 'operations.duty.staffHelp'
  | 'operations.duty.events'
  | 'operations.duty.eventCount'
  | 'operations.duty.eventAt'
  | 'operations.duty.eventText'
  | 'operations.duty.eventCamera'
  | 'operations.duty.eventRemove'
  | 'operations.duty.eventAdd'
  | 'operations.fault.create'
  | 'operations.fault.openedAt'
  | 'operations.fault.openedBy'
  | 'operations.fault.description'
  | 'operations.fault.state.open'
  | 'operations.fault.state.repaired'
  | 'operations.fault.measure'
  | 'operations.fault.measureAction'
  | 'operations.fault.measureTitle'
  | 'operations.fault.measureHelp'
  | 'operations.fault.repairAction'
  | 'operations.fault.repairTitle'
  | 'operations.fault.repairedAt'
  | 'operations.fault.repairNote'
  | 'operations.maintenance.create'
  | 'operations.maintenance.performedAt'
  | 'operations.maintenance.kind'
  | 'operations.maintenance.kind.periodic_check'
  | 'operations.maintenance.kind.repair'
  | 'operations.maintenance.kind.upgrade'
  | 'operations.maintenance.kind.other'
  | 'operations.maintenance.fromFault'
  | 'operations.maintenance.description'
  | 'operations.maintenance.agreement'
  | 'operations.maintenance.cameraHelp'
  | 'operations.training.heldAt'
  | 'operations.training.topic'
  | 'operations.training.kinds'
  | 'operations.training.kind.job_skills'
  | 'operations.training.kind.confidentiality'
  | 'operations.training.kind.security'
  | 'operations.training.kind.vetting'
  | 'operations.training.attendees'
  | 'operations.training.evidenceRef'
  | 'operations.training.recordWhere'
  | 'operations.agreement.create'
  | 'operations.agreement.reference'
  | 'operations.agreement.contractor'
  | 'operations.agreement.contractorOrg'
  | 'operations.agreement.contractorOrgHelp'
  | 'operations.agreement.kind'
  | 'operations.agreement.kind.maintenance'
  | 'operations.agreement.kind.operation'
  | 'operations.agreement.kind.maintenance_and_operation'
  | 'operations.agreement.systems'
  | 'operations.agreement.signedAt'
  | 'operations.agreement.validFrom'
  | 'operations.agreement.validUntil'
  | 'operations.agreement.valid'
  | 'operations.agreement.openEnded'
  | 'operations.agreement.clauses'
  | 'operations.agreement.clausesHelp'
  | 'operations.agreement.clauseText'
  | 'operations.agreement.standing.active'
  | 'operations.agreement.standing.pending'
  | 'operations.agreement.standing.expired'
  | 'operations.agreement.standing.terminated'
  | 'operations.agreement.terminate'
  | 'operations.agreement.terminateTitle'
  | 'operations.agreement.terminatedAt'
  | 'operations.agreement.terminateReason'
  | 'operations.clause.safe_operation'
  | 'operations.clause.network_security'
  | 'operations.clause.data_security'
  | 'operations.clause.personal_information'
  | 'operations.clause.confidentiality'
  | 'operations.rule.future'
  | 'operations.rule.shift'
  | 'operations.rule.eventInShift'
  | 'operations.rule.staff'
  | 'operations.rule.staffCount'
  | 'operations.rule.staffName'
  | 'operations.rule.repairAfterOpen'
  | 'operations.rule.endsAfterStart'
  | 'operations.rule.oneUnit';

/** Strings of the operations page. */
export const operationsMessages: Messages<K> = {
  'zh-CN': {
    'operations.title': '运维值守',
    'operations.sep': '、',
    'operations.tab.duty': '值班记录',
    'operations.tab.faults': '故障工单',
    'operations.tab.maintenance': '维护记录',
    'operations.tab.training': '培训记录',
    'operations.tab.agreements': '运维协议',
    'operations.field.org': '单位',
    'operations.field.system': '视频系统',
    'operations.field.camera': '摄像机',
    'operations.field.notes': '备注',
    'operations.field.period': '时间范围',
    'operations.field.performedBy': '实施人',
    'operations.duty.create': '登记值班',
    'operations.duty.from': '接班时间',
    'operations.duty.to': '交班时间',
    'operations.duty.shift': '值班时段',
    'operations.duty.site': '监控室所在场所',
    'operations.duty.staff': '值班人员',
    'operations.duty.staffHelp': '输入姓名后按回车，可填写多人',
    'operations.duty.events': '值班事件',
    'operations.duty.eventCount': '{count} 条',
    'operations.duty.eventAt': '事件 {n} 时间',
    'operations.duty.eventText': '事件 {n} 情况',
    'operations.duty.eventCamera': '事件 {n} 摄像机',
    'operations.duty.eventRemove': '删除事件 {n}',
    'operations.duty.eventAdd': '添加值班事件',
    'operations.fault.create': '报告故障',
    'operations.fault.openedAt': '发现时间',
    'operations.fault.openedBy': '报告人',
    'operations.fault.description': '故障情况',
    'operations.fault.state.open': '待修复',
    'operations.fault.state.repaired': '已修复',
    'operations.fault.measure': '临时措施',
    'operations.fault.measureAction': '临时措施',
    'operations.fault.measureTitle': '临时应急措施：{camera}',
    'operations.fault.measureHelp': '设备未能及时修复期间采取的临时应急措施，如调整相邻摄像机角度、安排人员值守。',
    'operations.fault.repairAction': '登记修复',
    'operations.fault.repairTitle': '登记修复：{camera}',
    'operations.fault.repairedAt': '修复时间',
    'operations.fault.repairNote': '维修情况',
    'operations.maintenance.create': '登记维护',
    'operations.maintenance.performedAt': '维护时间',
    'operations.maintenance.kind': '维护类型',
    'operations.maintenance.kind.periodic_check': '定期检查',
    'operations.maintenance.kind.repair': '维修',
    'operations.maintenance.kind.upgrade': '升级改造',
    'operations.maintenance.kind.other': '其他',
    'operations.maintenance.fromFault': '故障工单',
    'operations.maintenance.description': '维护内容',
    'operations.maintenance.agreement': '依据协议',
    'operations.maintenance.cameraHelp': '针对整个系统的维护可不选',
    'operations.training.heldAt': '培训日期',
    'operations.training.topic': '培训内容',
    'operations.training.kinds': '培训类别',
    'operations.training.kind.job_skills': '岗位技能',
    'operations.training.kind.confidentiality': '保密',
    'operations.training.kind.security': '安全知识',
    'operations.training.kind.vetting': '入职审查',
    'operations.training.attendees': '参训人数',
    'operations.training.evidenceRef': '佐证材料',
    'operations.training.recordWhere': '培训记录的登记入口：',
    'operations.agreement.create': '登记运维协议',
    'operations.agreement.reference': '协议编号',
    'operations.agreement.contractor': '受托单位',
    'operations.agreement.contractorOrg': '受托单位（已登记）',
    'operations.agreement.contractorOrgHelp': '受托单位已在系统中登记为维护或建设单位时选择',
    'operations.agreement.kind': '委托内容',
    'operations.agreement.kind.maintenance': '维护',
    'operations.agreement.kind.operation': '运营',
    'operations.agreement.kind.maintenance_and_operation': '维护和运营',
    'operations.agreement.systems': '涉及系统',
    'operations.agreement.signedAt': '签订日期',
    'operations.agreement.validFrom': '生效日期',
    'operations.agreement.validUntil': '终止日期',
    'operations.agreement.valid': '有效期',
    'operations.agreement.openEnded': '长期',
    'operations.agreement.clauses': '协议条款',
    'operations.agreement.clausesHelp':
      '勾选协议中明确约定的事项。国家 第十五条第二款要求委托运维须签订安全保密协议（网络安全、数据安全、个人信息保护、保密）；地方法规另要求约定安全运行责任。',
    'operations.agreement.clauseText': '条款原文或所在章节',
    'operations.agreement.standing.active': '有效',
    'operations.agreement.standing.pending': '未生效',
    'operations.agreement.standing.expired': '已到期',
    'operations.agreement.standing.terminated': '已终止',
    'operations.agreement.terminate': '终止',
    'operations.agreement.terminateTitle': '终止协议 {reference}',
    'operations.agreement.terminatedAt': '终止日期',
    'operations.agreement.terminateReason': '终止原因',
    'operations.clause.safe_operation': '安全运行责任',
    'operations.clause.network_security': '网络安全',
    'operations.clause.data_security': '数据安全',
    'operations.clause.personal_information': '个人信息保护',
    'operations.clause.confidentiality': '保密',
    'operations.rule.future': '时间不能晚于当前时间',
    'operations.rule.shift': '交班时间须晚于接班时间，且一次值班不超过 {hours} 小时',
    'operations.rule.eventInShift': '事件时间须在值班时段内',
    'operations.rule.staff': '请填写值班人员',
    'operations.rule.staffCount': '值班人员最多 {max} 人',
    'operations.rule.staffName': '姓名不能为空且不超过 {max} 个字符',
    'operations.rule.repairAfterOpen': '修复时间不能早于发现时间（{at}）',
    'operations.rule.endsAfterStart': '终止日期不能早于生效日期',
    'operations.rule.oneUnit': '一份协议只能涉及同一单位的系统',
  },
  'en-US': {
    'operations.title': 'Operations',
    'operations.sep': ', ',
    'operations.tab.duty': 'Duty logs',
    'operations.tab.faults': 'Fault tickets',
    'operations.tab.maintenance': 'Maintenance',
    'operations.tab.training': 'Training',
    'operations.tab.agreements': 'Outsourcing agreements',
    'operations.field.org': 'Organization',
    'operations.field.system': 'Video system',
    'operations.field.camera': 'Camera',
    'operations.field.notes': 'Notes',
    'operations.field.period': 'Period',
    'operations.field.performedBy': 'Performed by',
    'operations.duty.create': 'Log a shift',
    'operations.duty.from': 'Shift start',
    'operations.duty.to': 'Shift end',
    'operations.duty.shift': 'Shift',
    'operations.duty.site': 'Monitoring room site',
    'operations.duty.staff': 'Staff on duty',
    'operations.duty.staffHelp': 'Type a name and press Enter; several names may be given',
    'operations.duty.events': 'Events',
    'operations.duty.eventCount': 'View ({count})',
    'operations.duty.eventAt': 'Event {n} time',
    'operations.duty.eventText': 'Event {n} what happened',
    'operations.duty.eventCamera': 'Event {n} camera',
    'operations.duty.eventRemove': 'Remove event {n}',
    'operations.duty.eventAdd': 'Add an event',
    'operations.fault.create': 'Report a fault',
    'operations.fault.openedAt': 'Found',
    'operations.fault.openedBy': 'Reported by',
    'operations.fault.description': 'Fault',
    'operations.fault.state.open': 'Open',
    'operations.fault.state.repaired': 'Repaired',
    'operations.fault.measure': 'Temporary measure',
    'operations.fault.measureAction': 'Measure',
    'operations.fault.measureTitle': 'Temporary measure: {camera}',
    'operations.fault.measureHelp':
      'What is done while the camera waits for repair, e.g. turning a neighbouring camera or posting a guard.',
    'operations.fault.repairAction': 'Repaired',
    'operations.fault.repairTitle': 'Record repair: {camera}',
    'operations.fault.repairedAt': 'Repaired at',
    'operations.fault.repairNote': 'Repair',
    'operations.maintenance.create': 'Record maintenance',
    'operations.maintenance.performedAt': 'Performed at',
    'operations.maintenance.kind': 'Kind',
    'operations.maintenance.kind.periodic_check': 'Periodic check',
    'operations.maintenance.kind.repair': 'Repair',
    'operations.maintenance.kind.upgrade': 'Upgrade',
    'operations.maintenance.kind.other': 'Other',
    'operations.maintenance.fromFault': 'Fault ticket',
    'operations.maintenance.description': 'Work done',
    'operations.maintenance.agreement': 'Under agreement',
    'operations.maintenance.cameraHelp': 'Leave empty for work on the whole system',
    'operations.training.heldAt': 'Held on',
    'operations.training.topic': 'Topic',
    'operations.training.kinds': 'Kinds',
    'operations.training.kind.job_skills': 'Job skills',
    'operations.training.kind.confidentiality': 'Confidentiality',
    'operations.training.kind.security': 'Security',
    'operations.training.kind.vetting': 'Vetting',
    'operations.training.attendees': 'Attendees',
    'operations.training.evidenceRef': 'Evidence',
    'operations.training.recordWhere': 'Record training on:',
    'operations.agreement.create': 'Record an agreement',
    'operations.agreement.reference': 'Agreement number',
    'operations.agreement.contractor': 'Contractor',
    'operations.agreement.contractorOrg': 'Contractor (registered)',
    'operations.agreement.contractorOrgHelp': 'Choose it when the contractor is registered as a maintainer or builder',
    'operations.agreement.kind': 'Outsourced',
    'operations.agreement.kind.maintenance': 'Maintenance',
    'operations.agreement.kind.operation': 'Operation',
    'operations.agreement.kind.maintenance_and_operation': 'Maintenance and operation',
    'operations.agreement.systems': 'Systems',
    'operations.agreement.signedAt': 'Signed on',
    'operations.agreement.validFrom': 'Valid from',
    'operations.agreement.validUntil': 'Valid until',
    'operations.agreement.valid': 'Valid',
    'operations.agreement.openEnded': 'open-ended',
    'operations.agreement.clauses': 'Clauses',
    'operations.agreement.clausesHelp':
      'Tick what the agreement sets out. 国家 第十五条第二款 requires a security and confidentiality agreement (network security, data security, personal information, confidentiality); local texts add the safe-operation duties.',
    'operations.agreement.clauseText': 'Clause wording or where it stands',
    'operations.agreement.standing.active': 'In force',
    'operations.agreement.standing.pending': 'Not yet in force',
    'operations.agreement.standing.expired': 'Expired',
    'operations.agreement.standing.terminated': 'Terminated',
    'operations.agreement.terminate': 'Terminate',
    'operations.agreement.terminateTitle': 'Terminate agreement {reference}',
    'operations.agreement.terminatedAt': 'Terminated on',
    'operations.agreement.terminateReason': 'Reason',
    'operations.clause.safe_operation': 'Safe operation',
    'operations.clause.network_security': 'Network security',
    'operations.clause.data_security': 'Data security',
    'operations.clause.personal_information': 'Personal information',
    'operations.clause.confidentiality': 'Confidentiality',
    'operations.rule.future': 'The time cannot lie in the future',
    'operations.rule.shift': 'A shift ends after it starts and lasts at most {hours} hours',
    'operations.rule.eventInShift': 'An event lies within the shift',
    'operations.rule.staff': 'Name who was on duty',
    'operations.rule.staffCount': 'At most {max} people',
    'operations.rule.staffName': 'A name is 1 to {max} characters',
    'operations.rule.repairAfterOpen': 'The repair cannot be before the fault was found ({at})',
    'operations.rule.endsAfterStart': 'An agreement ends after it starts',
    'operations.rule.oneUnit': 'An agreement covers systems of one organization',
  },
};
