import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'compliance.title'
  | 'compliance.asOf'
  | 'compliance.checkedAsOf'
  | 'compliance.organization'
  | 'compliance.system'
  | 'compliance.state'
  | 'compliance.state.ok'
  | 'compliance.state.due'
  | 'compliance.state.overdue'
  | 'compliance.state.violated'
  | 'compliance.state.needs_evidence'
  | 'compliance.rule'
  | 'compliance.article'
  | 'compliance.subject'
  | 'compliance.dueDate'
  | 'compliance.penalty'
  | 'compliance.note'
  | 'compliance.count'
  | 'compliance.empty'
  | 'compliance.markDone'
  | 'compliance.markDone.title'
  | 'compliance.doneAt'
  | 'compliance.evidenceRef'
  | 'compliance.evidenceRef.help'
  | 'compliance.training.record'
  | 'compliance.training.heldAt'
  | 'compliance.training.topic'
  | 'compliance.training.kinds'
  | 'compliance.training.kindsHelp'
  | 'compliance.training.kind.job_skills'
  | 'compliance.training.kind.confidentiality'
  | 'compliance.training.kind.security'
  | 'compliance.training.kind.vetting'
  | 'compliance.training.attendees'
  | 'compliance.training.evidenceRef'
  | 'compliance.training.evidenceHelp'
  | 'compliance.filing.record'
  | 'compliance.filing.kind'
  | 'compliance.filing.kind.first'
  | 'compliance.filing.kind.change'
  | 'compliance.filing.kind.removal'
  | 'compliance.filing.kind.pre_existing'
  | 'compliance.filing.submittedAt'
  | 'compliance.filing.noticeGivenAt'
  | 'compliance.filing.noticeHelp'
  | 'compliance.filing.reference'
  | 'compliance.filing.channel'
  | 'compliance.filing.channelHelp'
  | 'compliance.save';

/** Strings of the compliance page. */
export const complianceMessages: Messages<K> = {
  'zh-CN': {
    'compliance.title': '合规检查',
    'compliance.asOf': '核查日期',
    'compliance.checkedAsOf': '按 {date} 施行的法规核查',
    'compliance.organization': '单位',
    'compliance.system': '视频系统',
    'compliance.state': '状态',
    'compliance.state.ok': '合规',
    'compliance.state.due': '待办',
    'compliance.state.overdue': '已逾期',
    'compliance.state.violated': '违规',
    'compliance.state.needs_evidence': '待补充材料',
    'compliance.rule': '检查项',
    'compliance.article': '依据条款',
    'compliance.subject': '对象',
    'compliance.dueDate': '期限',
    'compliance.penalty': '处罚幅度',
    'compliance.note': '说明',
    'compliance.count': '{state} {count}',
    'compliance.empty': '没有符合条件的检查结果',
    'compliance.markDone': '标记完成',
    'compliance.markDone.title': '标记事项已完成',
    'compliance.doneAt': '完成日期',
    'compliance.evidenceRef': '证明材料',
    'compliance.evidenceRef.help': '文件编号、存放位置或说明，如“专家论证意见 2024-03 号，存档于保卫科”',
    'compliance.training.record': '登记培训',
    'compliance.training.heldAt': '培训日期',
    'compliance.training.topic': '培训内容',
    'compliance.training.kinds': '培训类别',
    'compliance.training.kindsHelp': '选择本次培训涵盖的全部类别；合规检查按类别核对条款要求的每一类培训',
    'compliance.training.kind.job_skills': '岗位技能',
    'compliance.training.kind.confidentiality': '保密',
    'compliance.training.kind.security': '安全知识',
    'compliance.training.kind.vetting': '入职审查',
    'compliance.training.attendees': '参训人数',
    'compliance.training.evidenceRef': '培训记录',
    'compliance.training.evidenceHelp': '签到表、课件等材料的编号或存放位置',
    'compliance.filing.record': '登记备案',
    'compliance.filing.kind': '备案类型',
    'compliance.filing.kind.first': '首次备案',
    'compliance.filing.kind.change': '变更备案',
    'compliance.filing.kind.removal': '拆除备案',
    'compliance.filing.kind.pre_existing': '已建系统补充备案',
    'compliance.filing.submittedAt': '提交日期',
    'compliance.filing.noticeGivenAt': '事先告知公安机关日期',
    'compliance.filing.noticeHelp': '拆除前告知公安机关的日期',
    'compliance.filing.reference': '备案回执编号',
    'compliance.filing.channel': '提交方式',
    'compliance.filing.channelHelp': '如：窗口递交、网上办理',
    'compliance.save': '登记',
  },
  'en-US': {
    'compliance.title': 'Compliance',
    'compliance.asOf': 'As of',
    'compliance.checkedAsOf': 'Checked against the rules in force on {date}',
    'compliance.organization': 'Organization',
    'compliance.system': 'Video system',
    'compliance.state': 'State',
    'compliance.state.ok': 'Compliant',
    'compliance.state.due': 'Due',
    'compliance.state.overdue': 'Overdue',
    'compliance.state.violated': 'Violated',
    'compliance.state.needs_evidence': 'Needs evidence',
    'compliance.rule': 'Rule',
    'compliance.article': 'Article',
    'compliance.subject': 'Subject',
    'compliance.dueDate': 'Due date',
    'compliance.penalty': 'Penalty range',
    'compliance.note': 'Note',
    'compliance.count': '{state} {count}',
    'compliance.empty': 'No findings match',
    'compliance.markDone': 'Mark done',
    'compliance.markDone.title': 'Mark the duty done',
    'compliance.doneAt': 'Done on',
    'compliance.evidenceRef': 'Evidence',
    'compliance.evidenceRef.help': 'Document number, where it is kept, or a description',
    'compliance.training.record': 'Record training',
    'compliance.training.heldAt': 'Held on',
    'compliance.training.topic': 'Topic',
    'compliance.training.kinds': 'Kinds of training',
    'compliance.training.kindsHelp':
      'Every kind the session covered; the compliance check looks for each kind the articles ask for',
    'compliance.training.kind.job_skills': 'Job skills',
    'compliance.training.kind.confidentiality': 'Confidentiality',
    'compliance.training.kind.security': 'Security',
    'compliance.training.kind.vetting': 'Vetting',
    'compliance.training.attendees': 'Attendees',
    'compliance.training.evidenceRef': 'Training record',
    'compliance.training.evidenceHelp': 'Number or location of the sign-in sheet, slides and so on',
    'compliance.filing.record': 'Record filing',
    'compliance.filing.kind': 'Filing kind',
    'compliance.filing.kind.first': 'First filing',
    'compliance.filing.kind.change': 'Change filing',
    'compliance.filing.kind.removal': 'Removal filing',
    'compliance.filing.kind.pre_existing': 'Filing of a pre-existing system',
    'compliance.filing.submittedAt': 'Submitted on',
    'compliance.filing.noticeGivenAt': 'Police told in advance on',
    'compliance.filing.noticeHelp': 'When the police were told before the removal',
    'compliance.filing.reference': 'Receipt number',
    'compliance.filing.channel': 'Channel',
    'compliance.filing.channelHelp': 'e.g. at the counter, online',
    'compliance.save': 'Record',
  },
};
