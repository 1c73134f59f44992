import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'supervision.title'
  | 'supervision.tab.inspections'
  | 'supervision.tab.orders'
  | 'supervision.tab.decisions'
  | 'supervision.listSeparator'
  | 'supervision.more'
  | 'supervision.less'
  | 'supervision.yuan'
  | 'supervision.amount'
  | 'supervision.field.unit'
  | 'supervision.field.plannedFor'
  | 'supervision.field.kind'
  | 'supervision.field.inspectors'
  | 'supervision.field.notes'
  | 'supervision.field.order'
  | 'supervision.field.basis'
  | 'supervision.field.asOf'
  | 'supervision.field.items'
  | 'supervision.field.completedAt'
  | 'supervision.field.summary'
  | 'supervision.field.deadline'
  | 'supervision.field.orderItems'
  | 'supervision.field.documentNo'
  | 'supervision.field.orderNote'
  | 'supervision.field.issuedAt'
  | 'supervision.field.articles'
  | 'supervision.field.decidedAt'
  | 'supervision.field.article'
  | 'supervision.field.offender'
  | 'supervision.field.offenderKind'
  | 'supervision.field.offenderName'
  | 'supervision.field.tier'
  | 'supervision.field.amount'
  | 'supervision.field.warning'
  | 'supervision.field.range'
  | 'supervision.field.offenceDate'
  | 'supervision.field.facts'
  | 'supervision.field.seriousConsequences'
  | 'supervision.field.otherMeasures'
  | 'supervision.help.inspectors'
  | 'supervision.help.reinspection'
  | 'supervision.help.deadline'
  | 'supervision.help.offenceDate'
  | 'supervision.help.amount'
  | 'supervision.help.decisionOrder'
  | 'supervision.help.seriousConsequences'
  | 'supervision.kind.routine'
  | 'supervision.kind.special'
  | 'supervision.kind.reinspection'
  | 'supervision.status.planned'
  | 'supervision.status.completed'
  | 'supervision.orderStatus.open'
  | 'supervision.orderStatus.rectified'
  | 'supervision.orderStatus.escalated'
  | 'supervision.reinspection.open'
  | 'supervision.reinspection.rectified'
  | 'supervision.reinspection.escalated'
  | 'supervision.result.compliant'
  | 'supervision.result.non_compliant'
  | 'supervision.result.not_applicable'
  | 'supervision.prefill.violated'
  | 'supervision.prefill.overdue'
  | 'supervision.prefill.due'
  | 'supervision.prefill.needs_evidence'
  | 'supervision.prefill.ok'
  | 'supervision.prefill.not_known'
  | 'supervision.prefill.not_applicable'
  | 'supervision.heading.construction'
  | 'supervision.heading.upgrade'
  | 'supervision.heading.operation'
  | 'supervision.heading.filing'
  | 'supervision.heading.other'
  | 'supervision.offender.unit'
  | 'supervision.offender.individual'
  | 'supervision.offender.person_in_charge'
  | 'supervision.tier.profit_with_gains'
  | 'supervision.tier.profit_without_gains'
  | 'supervision.tier.non_profit'
  | 'supervision.tier.business'
  | 'supervision.tier.non_business'
  | 'supervision.inspection.plan'
  | 'supervision.inspection.planSubmit'
  | 'supervision.inspection.reinspect'
  | 'supervision.inspection.open'
  | 'supervision.inspection.title'
  | 'supervision.inspection.empty'
  | 'supervision.inspection.complete'
  | 'supervision.complete.clean'
  | 'supervision.complete.withFindings'
  | 'supervision.checklist.seq'
  | 'supervision.checklist.duty'
  | 'supervision.checklist.known'
  | 'supervision.checklist.result'
  | 'supervision.checklist.note'
  | 'supervision.checklist.resultOf'
  | 'supervision.checklist.noteOf'
  | 'supervision.checklist.due'
  | 'supervision.checklist.omitted'
  | 'supervision.checklist.penalty'
  | 'supervision.checklist.suggest'
  | 'supervision.checklist.noResult'
  | 'supervision.checklist.save'
  | 'supervision.checklist.saved'
  | 'supervision.checklist.help'
  | 'supervision.order.issue'
  | 'supervision.order.sign'
  | 'supervision.order.option'
  | 'supervision.order.overdue'
  | 'supervision.order.overdueOnly'
  | 'supervision.order.empty'
  | 'supervision.order.found'
  | 'supervision.order.penalty'
  | 'supervision.order.inspection'
  | 'supervision.order.ofInspection'
  | 'supervision.order.awaitingApprover'
  | 'supervision.pdf.notice'
  | 'supervision.pdf.order'
  | 'supervision.decision.create'
  | 'supervision.decision.sign'
  | 'supervision.decision.empty'
  | 'supervision.decision.unitFirst'
  | 'supervision.decision.allowed'
  | 'supervision.decision.measures'
  | 'supervision.decision.factsLine'
  | 'supervision.decision.consequencesLine'
  | 'supervision.range.between'
  | 'supervision.range.upTo'
  | 'supervision.range.fixed'
  | 'supervision.range.none'
  | 'supervision.range.needsTier'
  | 'supervision.rule.inspectors'
  | 'supervision.rule.inspectorsMax'
  | 'supervision.rule.inspectorName'
  | 'supervision.rule.noteNeeded'
  | 'supervision.rule.notesMissing'
  | 'supervision.rule.openLines'
  | 'supervision.rule.orderItems'
  | 'supervision.rule.amount'
  | 'supervision.rule.measuresMax'
  | 'supervision.rule.measureLength';

/** Strings of the supervision page. */
export const supervisionMessages: Messages<K> = {
  'zh-CN': {
    'supervision.title': '监督检查',
    'supervision.tab.inspections': '监督检查',
    'supervision.tab.orders': '责令限期改正',
    'supervision.tab.decisions': '行政处罚',
    'supervision.listSeparator': '、',
    'supervision.more': '展开',
    'supervision.less': '收起',
    'supervision.yuan': '元',
    'supervision.amount': '{amount} 元',
    'supervision.field.unit': '被检查单位',
    'supervision.field.plannedFor': '检查日期',
    'supervision.field.kind': '检查类型',
    'supervision.field.inspectors': '检查人员',
    'supervision.field.notes': '备注',
    'supervision.field.order': '整改通知',
    'supervision.field.basis': '检查依据',
    'supervision.field.asOf': '检查表生成时间',
    'supervision.field.items': '检查项数',
    'supervision.field.completedAt': '完成时间',
    'supervision.field.summary': '检查结论',
    'supervision.field.deadline': '整改期限',
    'supervision.field.orderItems': '责令改正事项',
    'supervision.field.documentNo': '文书编号',
    'supervision.field.orderNote': '整改要求',
    'supervision.field.issuedAt': '下达时间',
    'supervision.field.articles': '涉及条款',
    'supervision.field.decidedAt': '决定时间',
    'supervision.field.article': '处罚依据',
    'supervision.field.offender': '被处罚人',
    'supervision.field.offenderKind': '被处罚人类型',
    'supervision.field.offenderName': '被处罚人名称',
    'supervision.field.tier': '罚款档次',
    'supervision.field.amount': '罚款金额',
    'supervision.field.warning': '警告',
    'supervision.field.range': '法定幅度',
    'supervision.field.offenceDate': '违法行为发生日期',
    'supervision.field.facts': '违法事实',
    'supervision.field.seriousConsequences': '严重后果',
    'supervision.field.otherMeasures': '其他处理措施',
    'supervision.help.inspectors': '输入姓名后按回车，可填写多人（1–20 人）。',
    'supervision.help.reinspection':
      '复查针对本单位尚未整改完毕的整改通知；逾期仍未改正的，复查完成后通知转为“逾期未改正”。',
    'supervision.help.deadline': '最后改正日期，须晚于今天。',
    'supervision.help.offenceDate': '按违法行为发生当日施行的规定适用罚则。',
    'supervision.help.amount': '选择处罚依据和被处罚人后显示法定罚款幅度。',
    'supervision.help.decisionOrder': '“逾期不改正”“拒不改正”“拒不拆除”的罚款，须关联已逾期且涵盖该条款的整改通知。',
    'supervision.help.seriousConsequences': '依“造成严重后果”处罚的，须写明严重后果。',
    'supervision.kind.routine': '日常检查',
    'supervision.kind.special': '专项检查',
    'supervision.kind.reinspection': '复查',
    'supervision.status.planned': '检查中',
    'supervision.status.completed': '已完成',
    'supervision.orderStatus.open': '整改中',
    'supervision.orderStatus.rectified': '已整改',
    'supervision.orderStatus.escalated': '逾期未改正',
    'supervision.reinspection.open': '复查完成：整改期限未到，整改通知仍在整改中。',
    'supervision.reinspection.rectified': '复查完成：已全部整改，整改通知已关闭。',
    'supervision.reinspection.escalated': '复查完成：逾期仍未改正，整改通知已转为“逾期未改正”，可依法处罚。',
    'supervision.result.compliant': '符合',
    'supervision.result.non_compliant': '不符合',
    'supervision.result.not_applicable': '不适用',
    'supervision.prefill.violated': '系统发现违反',
    'supervision.prefill.overdue': '系统发现逾期',
    'supervision.prefill.due': '期限未到',
    'supervision.prefill.needs_evidence': '待提供证明',
    'supervision.prefill.ok': '系统记录符合',
    'supervision.prefill.not_known': '系统无记录',
    'supervision.prefill.not_applicable': '不涉及',
    'supervision.heading.construction': '（一）建设单位依法建设、验收、整改情况 · 腾冲 第二十八条(一)',
    'supervision.heading.upgrade': '（二）升级改造情况 · 腾冲 第二十八条(二)',
    'supervision.heading.operation': '（三）日常运行维护及信息资料管理和使用情况 · 腾冲 第二十八条(三)',
    'supervision.heading.filing': '（四）依法备案情况 · 腾冲 第二十八条(四)',
    'supervision.heading.other': '（五）其他依法需要监督检查的事项 · 腾冲 第二十八条(五)',
    'supervision.offender.unit': '单位',
    'supervision.offender.individual': '个人',
    'supervision.offender.person_in_charge': '直接负责的主管人员和其他直接责任人员',
    'supervision.tier.profit_with_gains': '经营性（有违法所得）',
    'supervision.tier.profit_without_gains': '经营性（无违法所得）',
    'supervision.tier.non_profit': '非经营性',
    'supervision.tier.business': '经营活动中',
    'supervision.tier.non_business': '非经营活动中',
    'supervision.inspection.plan': '计划检查',
    'supervision.inspection.planSubmit': '生成检查表',
    'supervision.inspection.reinspect': '安排复查',
    'supervision.inspection.open': '检查表',
    'supervision.inspection.title': '监督检查',
    'supervision.inspection.empty': '暂无监督检查',
    'supervision.inspection.complete': '完成检查',
    'supervision.complete.clean': '全部检查项均已填写，未发现不符合项。完成后检查结果不可再修改。',
    'supervision.complete.withFindings':
      '全部检查项均已填写，其中 {n} 项不符合，完成后可据此责令限期改正。完成后检查结果不可再修改。',
    'supervision.checklist.seq': '序号',
    'supervision.checklist.duty': '检查事项',
    'supervision.checklist.known': '系统掌握情况',
    'supervision.checklist.result': '检查结果',
    'supervision.checklist.note': '情况说明',
    'supervision.checklist.resultOf': '第 {seq} 项检查结果',
    'supervision.checklist.noteOf': '第 {seq} 项情况说明',
    'supervision.checklist.due': '期限 {date}',
    'supervision.checklist.omitted': '另有 {n} 条未列出',
    'supervision.checklist.penalty': '罚则 {article}',
    'supervision.checklist.suggest': '按系统掌握情况预填',
    'supervision.checklist.noResult': '未填写',
    'supervision.checklist.save': '保存检查结果',
    'supervision.checklist.saved': '已保存 {n} 项检查结果',
    'supervision.checklist.help':
      '逐项填写检查结果；“不符合”须写明发现的问题。预填只填写尚未填写的项，请现场核实后保存。',
    'supervision.order.issue': '责令限期改正',
    'supervision.order.sign': '签发',
    'supervision.order.option': '{no}（期限 {deadline}，{status}）',
    'supervision.order.overdue': '已逾期',
    'supervision.order.overdueOnly': '只看已逾期',
    'supervision.order.empty': '暂无整改通知',
    'supervision.order.found': '发现问题：{note}',
    'supervision.order.penalty': '罚则：{article}（{trigger}）{range}',
    'supervision.order.inspection': '查看检查',
    'supervision.order.ofInspection': '已责令限期改正：{n} 项，期限 {deadline}',
    'supervision.order.awaitingApprover': '本次检查有 {n} 项不符合，待公安机关负责人签发责令限期改正通知。',
    'supervision.pdf.notice': '检查通知书',
    'supervision.pdf.order': '整改通知书',
    'supervision.decision.create': '行政处罚决定',
    'supervision.decision.sign': '作出决定',
    'supervision.decision.empty': '暂无行政处罚决定',
    'supervision.decision.unitFirst': '请先选择被检查单位',
    'supervision.decision.allowed': '法定幅度：{allowed}',
    'supervision.decision.measures': '处理措施：{measures}',
    'supervision.decision.factsLine': '违法事实：{facts}',
    'supervision.decision.consequencesLine': '严重后果：{text}',
    'supervision.range.between': '{min}–{max} 元',
    'supervision.range.upTo': '{max} 元以下',
    'supervision.range.fixed': '{min} 元',
    'supervision.range.none': '该条款对此被处罚人不设罚款',
    'supervision.range.needsTier': '该条款按档次设定罚款，请先选择罚款档次',
    'supervision.rule.inspectors': '请至少填写一名检查人员',
    'supervision.rule.inspectorsMax': '检查人员最多 {max} 名',
    'supervision.rule.inspectorName': '检查人员姓名最多 {max} 个字符',
    'supervision.rule.noteNeeded': '不符合项须写明发现的问题',
    'supervision.rule.notesMissing': '以下不符合项须写明发现的问题：第 {seqs} 项',
    'supervision.rule.openLines': '还有 {n} 项未填写检查结果：第 {seqs} 项',
    'supervision.rule.orderItems': '请至少选择一项',
    'supervision.rule.amount': '罚款金额须在法定幅度内：{allowed}',
    'supervision.rule.measuresMax': '其他处理措施最多 {max} 项',
    'supervision.rule.measureLength': '每项处理措施 1–{max} 个字符',
  },
  'en-US': {
    'supervision.title': 'Supervision',
    'supervision.tab.inspections': 'Inspections',
    'supervision.tab.orders': 'Rectification orders',
    'supervision.tab.decisions': 'Penalty decisions',
    'supervision.listSeparator': ', ',
    'supervision.more': 'more',
    'supervision.less': 'less',
    'supervision.yuan': 'yuan',
    'supervision.amount': '{amount} yuan',
    'supervision.field.unit': 'Unit inspected',
    'supervision.field.plannedFor': 'Inspection date',
    'supervision.field.kind': 'Kind',
    'supervision.field.inspectors': 'Inspectors',
    'supervision.field.notes': 'Notes',
    'supervision.field.order': 'Rectification order',
    'supervision.field.basis': 'Legal basis',
    'supervision.field.asOf': 'Checklist generated',
    'supervision.field.items': 'Checklist lines',
    'supervision.field.completedAt': 'Completed',
    'supervision.field.summary': 'Summary',
    'supervision.field.deadline': 'Deadline',
    'supervision.field.orderItems': 'Lines to correct',
    'supervision.field.documentNo': 'Document no.',
    'supervision.field.orderNote': 'Requirements',
    'supervision.field.issuedAt': 'Issued',
    'supervision.field.articles': 'Articles',
    'supervision.field.decidedAt': 'Decided',
    'supervision.field.article': 'Penalty article',
    'supervision.field.offender': 'Offender',
    'supervision.field.offenderKind': 'Offender kind',
    'supervision.field.offenderName': 'Offender name',
    'supervision.field.tier': 'Fine tier',
    'supervision.field.amount': 'Fine',
    'supervision.field.warning': 'Warning',
    'supervision.field.range': 'Statutory range',
    'supervision.field.offenceDate': 'Offence date',
    'supervision.field.facts': 'Facts of the offence',
    'supervision.field.seriousConsequences': 'Serious consequences',
    'supervision.field.otherMeasures': 'Other measures',
    'supervision.help.inspectors': 'Type a name and press Enter; 1 to 20 inspectors.',
    'supervision.help.reinspection':
      'A re-inspection follows up an order of this unit not yet rectified; if still wrong after the deadline, completing it escalates the order.',
    'supervision.help.deadline': 'The last day to correct; a later day than today.',
    'supervision.help.offenceDate': 'The rules in force on that day apply.',
    'supervision.help.amount': 'Choose the article and the offender to see the range it allows.',
    'supervision.help.decisionOrder':
      'A fine after 逾期不改正, 拒不改正 or 拒不拆除 needs the escalated order that covers the article.',
    'supervision.help.seriousConsequences':
      'Required for an article that fines only on serious consequences (造成严重后果).',
    'supervision.kind.routine': 'Routine',
    'supervision.kind.special': 'Special',
    'supervision.kind.reinspection': 'Re-inspection',
    'supervision.status.planned': 'In progress',
    'supervision.status.completed': 'Completed',
    'supervision.orderStatus.open': 'Open',
    'supervision.orderStatus.rectified': 'Rectified',
    'supervision.orderStatus.escalated': 'Escalated',
    'supervision.reinspection.open': 'Re-inspection completed: the deadline has not passed; the order stays open.',
    'supervision.reinspection.rectified': 'Re-inspection completed: everything is corrected; the order is closed.',
    'supervision.reinspection.escalated':
      'Re-inspection completed: still not corrected after the deadline; the order is escalated and the penalty articles apply.',
    'supervision.result.compliant': 'Compliant',
    'supervision.result.non_compliant': 'Non-compliant',
    'supervision.result.not_applicable': 'N/A',
    'supervision.prefill.violated': 'psvis found a violation',
    'supervision.prefill.overdue': 'psvis found it overdue',
    'supervision.prefill.due': 'Due, not yet late',
    'supervision.prefill.needs_evidence': 'Needs evidence',
    'supervision.prefill.ok': 'psvis found it met',
    'supervision.prefill.not_known': 'psvis does not know',
    'supervision.prefill.not_applicable': 'Nothing to check',
    'supervision.heading.construction': '(1) Lawful building, acceptance and rectification · 腾冲 第二十八条(一)',
    'supervision.heading.upgrade': '(2) Upgrades and changes · 腾冲 第二十八条(二)',
    'supervision.heading.operation':
      '(3) Operation, maintenance, and management and use of footage · 腾冲 第二十八条(三)',
    'supervision.heading.filing': '(4) Filing · 腾冲 第二十八条(四)',
    'supervision.heading.other': '(5) Other matters the law subjects to inspection · 腾冲 第二十八条(五)',
    'supervision.offender.unit': 'Unit',
    'supervision.offender.individual': 'Individual',
    'supervision.offender.person_in_charge': 'Person in charge',
    'supervision.tier.profit_with_gains': 'For profit, with illegal gains',
    'supervision.tier.profit_without_gains': 'For profit, without illegal gains',
    'supervision.tier.non_profit': 'Not for profit',
    'supervision.tier.business': 'In business',
    'supervision.tier.non_business': 'Not in business',
    'supervision.inspection.plan': 'Plan an inspection',
    'supervision.inspection.planSubmit': 'Generate checklist',
    'supervision.inspection.reinspect': 'Re-inspect',
    'supervision.inspection.open': 'Checklist',
    'supervision.inspection.title': 'Inspection',
    'supervision.inspection.empty': 'No inspections',
    'supervision.inspection.complete': 'Complete',
    'supervision.complete.clean':
      'Every line has a result and nothing is non-compliant. Results are final once completed.',
    'supervision.complete.withFindings':
      'Every line has a result; {n} are non-compliant and can then be ordered corrected. Results are final once completed.',
    'supervision.checklist.seq': 'No.',
    'supervision.checklist.duty': 'Duty',
    'supervision.checklist.known': 'What psvis knows',
    'supervision.checklist.result': 'Result',
    'supervision.checklist.note': 'Note',
    'supervision.checklist.resultOf': 'Result of line {seq}',
    'supervision.checklist.noteOf': 'Note on line {seq}',
    'supervision.checklist.due': 'due {date}',
    'supervision.checklist.omitted': '{n} more not listed',
    'supervision.checklist.penalty': 'penalty {article}',
    'supervision.checklist.suggest': 'Pre-fill from what psvis knows',
    'supervision.checklist.noResult': 'No result',
    'supervision.checklist.save': 'Save results',
    'supervision.checklist.saved': 'Saved {n} results',
    'supervision.checklist.help':
      'Record a result for each line; a non-compliant line needs a note of what was found. Pre-filling fills only open lines; check on site before saving.',
    'supervision.order.issue': 'Order corrected',
    'supervision.order.sign': 'Sign',
    'supervision.order.option': '{no} (deadline {deadline}, {status})',
    'supervision.order.overdue': 'Overdue',
    'supervision.order.overdueOnly': 'Overdue only',
    'supervision.order.empty': 'No rectification orders',
    'supervision.order.found': 'Found: {note}',
    'supervision.order.penalty': 'Penalty: {article} ({trigger}) {range}',
    'supervision.order.inspection': 'Inspection',
    'supervision.order.ofInspection': 'Ordered corrected: {n} lines by {deadline}',
    'supervision.order.awaitingApprover':
      '{n} lines are non-compliant; a police approver signs the rectification order.',
    'supervision.pdf.notice': 'Inspection notice',
    'supervision.pdf.order': 'Order',
    'supervision.decision.create': 'Penalty decision',
    'supervision.decision.sign': 'Decide',
    'supervision.decision.empty': 'No penalty decisions',
    'supervision.decision.unitFirst': 'Choose the unit first',
    'supervision.decision.allowed': 'Allowed: {allowed}',
    'supervision.decision.measures': 'Measures: {measures}',
    'supervision.decision.factsLine': 'Facts: {facts}',
    'supervision.decision.consequencesLine': 'Serious consequences: {text}',
    'supervision.range.between': '{min}–{max} yuan',
    'supervision.range.upTo': 'up to {max} yuan',
    'supervision.range.fixed': '{min} yuan',
    'supervision.range.none': 'no fine for this offender',
    'supervision.range.needsTier': 'fines by tier: choose the tier first',
    'supervision.rule.inspectors': 'Name at least one inspector',
    'supervision.rule.inspectorsMax': 'At most {max} inspectors',
    'supervision.rule.inspectorName': 'An inspector’s name has at most {max} characters',
    'supervision.rule.noteNeeded': 'Say what was found',
    'supervision.rule.notesMissing': 'These non-compliant lines need a note: {seqs}',
    'supervision.rule.openLines': '{n} lines have no result yet: {seqs}',
    'supervision.rule.orderItems': 'Choose at least one line',
    'supervision.rule.amount': 'The fine must lie in the range: {allowed}',
    'supervision.rule.measuresMax': 'At most {max} measures',
    'supervision.rule.measureLength': 'Each measure has 1 to {max} characters',
  },
};
