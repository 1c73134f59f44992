import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'access.title'
  | 'access.tab.awaiting'
  | 'access.tab.mine'
  | 'access.tab.all'
  | 'access.new.footage'
  | 'access.new.direct'
  | 'access.new.citizen'
  | 'access.submit'
  | 'access.filter.status'
  | 'access.filter.type'
  | 'access.filter.emergency'
  | 'access.status.pending'
  | 'access.status.approved'
  | 'access.status.refused'
  | 'access.status.revoked'
  | 'access.status.active'
  | 'access.status.lapsed'
  | 'access.type.footage'
  | 'access.type.direct_connection'
  | 'access.type.citizen'
  | 'access.requester.police'
  | 'access.requester.state_security'
  | 'access.requester.other_department'
  | 'access.requester.emergency'
  | 'access.requester.citizen'
  | 'access.kind.view'
  | 'access.kind.copy'
  | 'access.kind.retrieve'
  | 'access.kind.connect'
  | 'access.credential.work_id'
  | 'access.credential.law_enforcement_id'
  | 'access.relation.self'
  | 'access.relation.close_relative'
  | 'access.relation.guardian'
  | 'access.relation.carer'
  | 'access.relation.custodian'
  | 'access.idType.resident_id'
  | 'access.idType.passport'
  | 'access.idType.other'
  | 'access.reason.life_health'
  | 'access.reason.property'
  | 'access.approval.none'
  | 'access.approval.unit_consent'
  | 'access.approval.own_head'
  | 'access.approval.police_head'
  | 'access.level.province'
  | 'access.level.city'
  | 'access.level.district'
  | 'access.level.police_station'
  | 'access.list.sep'
  | 'access.paren'
  | 'access.emergency.banner'
  | 'access.emergency.show'
  | 'access.emergency.tag'
  | 'access.emergency.unapproved'
  | 'access.emergency.drawer'
  | 'access.emergency.hint'
  | 'access.field.createdAt'
  | 'access.field.type'
  | 'access.field.requestingUnit'
  | 'access.field.unitOrg'
  | 'access.field.purpose'
  | 'access.field.article'
  | 'access.field.requesterKind'
  | 'access.field.accessKind'
  | 'access.field.legalBasis'
  | 'access.field.legalBasisHint'
  | 'access.field.caseNo'
  | 'access.field.certificateRef'
  | 'access.field.destination'
  | 'access.field.destinationHint'
  | 'access.field.validUntil'
  | 'access.field.validUntilHint'
  | 'access.field.valid'
  | 'access.field.camera'
  | 'access.field.cameras'
  | 'access.field.camerasHint'
  | 'access.valid.notYet'
  | 'access.organ.current'
  | 'access.section.organ'
  | 'access.section.footage'
  | 'access.section.cameras'
  | 'access.section.officers'
  | 'access.section.document'
  | 'access.section.citizen'
  | 'access.section.decision'
  | 'access.section.route'
  | 'access.item.camera'
  | 'access.item.range'
  | 'access.item.rangeEnd'
  | 'access.item.remove'
  | 'access.item.add'
  | 'access.item.live'
  | 'access.range.lastHour'
  | 'access.range.last24h'
  | 'access.range.today'
  | 'access.officer.username'
  | 'access.officer.credentialKind'
  | 'access.officer.credentialNo'
  | 'access.officer.remove'
  | 'access.officer.add'
  | 'access.officer.name'
  | 'access.officer.account'
  | 'access.officer.credential'
  | 'access.officer.number'
  | 'access.rule.range'
  | 'access.rule.rangeOrder'
  | 'access.rule.rangeTooLong'
  | 'access.rule.future'
  | 'access.rule.items'
  | 'access.rule.camera'
  | 'access.rule.officers'
  | 'access.rule.credentialKind'
  | 'access.scan.label'
  | 'access.scan.pick'
  | 'access.scan.type'
  | 'access.scan.size'
  | 'access.scan.createHint'
  | 'access.scan.approveHint'
  | 'access.scan.have'
  | 'access.scan.none'
  | 'access.scan.download'
  | 'access.scan.upload'
  | 'access.scan.replace'
  | 'access.scan.uploaded'
  | 'access.scan.failedAfterCreate'
  | 'access.citizen.hint'
  | 'access.citizen.name'
  | 'access.citizen.idType'
  | 'access.citizen.idNumber'
  | 'access.citizen.relation'
  | 'access.citizen.subjectName'
  | 'access.citizen.subjectNameHint'
  | 'access.citizen.reason'
  | 'access.citizen.contact'
  | 'access.drawer.title'
  | 'access.drawer.facts'
  | 'access.drawer.sitting'
  | 'access.drawer.register'
  | 'access.action.approve'
  | 'access.action.consent'
  | 'access.action.refuse'
  | 'access.action.refuseCitizen'
  | 'access.action.revoke'
  | 'access.action.awaiting'
  | 'access.approve.title'
  | 'access.approve.hint'
  | 'access.approve.validUntilHint'
  | 'access.consent.title'
  | 'access.refuse.title'
  | 'access.revoke.title'
  | 'access.decision.by'
  | 'access.decision.at'
  | 'access.decision.note'
  | 'access.decision.reason'
  | 'access.document.number'
  | 'access.document.issuer'
  | 'access.document.date'
  | 'access.route.article'
  | 'access.route.approval'
  | 'access.route.role'
  | 'access.route.noApproval'
  | 'access.route.levels'
  | 'access.route.anyLevel'
  | 'access.route.organizations'
  | 'access.route.approvers'
  | 'access.route.approveAfter'
  | 'access.route.approveAfterText'
  | 'access.route.persons'
  | 'access.route.minPersons'
  | 'access.route.credentials'
  | 'access.route.anyCredential'
  | 'access.sitting.intro'
  | 'access.sitting.citizenIntro'
  | 'access.sitting.needsScan'
  | 'access.sitting.supersedes'
  | 'access.sitting.open'
  | 'access.sitting.openTitle'
  | 'access.sitting.citizenHint'
  | 'access.sitting.identityChecked'
  | 'access.sitting.identityRequired'
  | 'access.sitting.partnerHint'
  | 'access.sitting.partner'
  | 'access.sitting.partnerOption'
  | 'access.sitting.partnerRequired'
  | 'access.sitting.password'
  | 'access.sitting.passwordHint'
  | 'access.sitting.passwordRequired'
  | 'access.sitting.unitHandler'
  | 'access.sitting.unitHandlerHint'
  | 'access.sitting.notApproved'
  | 'access.sitting.refused'
  | 'access.sitting.revoked'
  | 'access.sitting.lapsed'
  | 'access.sitting.notNamed'
  | 'access.sitting.inProgress'
  | 'access.sitting.who'
  | 'access.sitting.openedAt'
  | 'access.sitting.expiresAt'
  | 'access.sitting.close'
  | 'access.sitting.item'
  | 'access.sitting.itemOption'
  | 'access.sitting.viewOnly'
  | 'access.timeline.recorded'
  | 'access.timeline.none'
  | 'access.timeline.zoomIn'
  | 'access.timeline.zoomOut'
  | 'access.timeline.whole'
  | 'access.timeline.granted'
  | 'access.timeline.label'
  | 'access.export.title'
  | 'access.export.hint'
  | 'access.export.range'
  | 'access.export.rangeEnd'
  | 'access.export.outsideGrant'
  | 'access.export.tooLong'
  | 'access.export.start'
  | 'access.export.progress'
  | 'access.export.failed'
  | 'access.export.sha256'
  | 'access.export.download'
  | 'access.live.camera'
  | 'access.live.only'
  | 'access.live.unsupported'
  | 'access.live.offline'
  | 'access.live.error'
  | 'access.register.intro'
  | 'access.register.action'
  | 'access.register.action.view_live'
  | 'access.register.action.playback'
  | 'access.register.action.snapshot'
  | 'access.register.action.export'
  | 'access.register.empty'
  | 'access.register.print'
  | 'access.register.printHint'
  | 'access.registerField.accessorNames'
  | 'access.registerField.accessorUnit'
  | 'access.registerField.at'
  | 'access.registerField.purpose'
  | 'access.registerField.destination'
  | 'access.registerField.recordedBy'
  | 'access.registerField.content';

/** Strings of the footage access page. */
export const accessMessages: Messages<K> = {
  'zh-CN': {
    'access.title': '调阅审批',
    'access.tab.awaiting': '待我审批',
    'access.tab.mine': '我的申请',
    'access.tab.all': '全部',
    'access.new.footage': '调阅申请',
    'access.new.direct': '接入申请',
    'access.new.citizen': '公民查阅登记',
    'access.submit': '提交申请',
    'access.filter.status': '状态',
    'access.filter.type': '申请类型',
    'access.filter.emergency': '仅看紧急待补批',
    'access.status.pending': '待审批',
    'access.status.approved': '已批准',
    'access.status.refused': '未批准',
    'access.status.revoked': '已撤销',
    'access.status.active': '授权有效',
    'access.status.lapsed': '已失效',
    'access.type.footage': '调阅录像',
    'access.type.direct_connection': '接入使用',
    'access.type.citizen': '公民查阅',
    'access.requester.police': '公安机关',
    'access.requester.state_security': '国家安全机关',
    'access.requester.other_department': '其他有关部门',
    'access.requester.emergency': '紧急情况',
    'access.requester.citizen': '公民',
    'access.kind.view': '查阅',
    'access.kind.copy': '复制',
    'access.kind.retrieve': '调取',
    'access.kind.connect': '接入使用',
    'access.credential.work_id': '工作证件',
    'access.credential.law_enforcement_id': '执法证件',
    'access.relation.self': '本人',
    'access.relation.close_relative': '近亲属',
    'access.relation.guardian': '监护人',
    'access.relation.carer': '看护人',
    'access.relation.custodian': '代管人',
    'access.idType.resident_id': '居民身份证',
    'access.idType.passport': '护照',
    'access.idType.other': '其他证件',
    'access.reason.life_health': '为保护生命健康',
    'access.reason.property': '为保护财产安全',
    'access.approval.none': '依法直接查阅，无需审批',
    'access.approval.unit_consent': '经管理单位同意',
    'access.approval.own_head': '经本机关负责人批准',
    'access.approval.police_head': '经公安机关负责人批准',
    'access.level.province': '省级',
    'access.level.city': '地市级',
    'access.level.district': '区县级',
    'access.level.police_station': '派出所',
    'access.list.sep': '、',
    'access.paren': '（{text}）',
    'access.emergency.banner': '有 {n} 项紧急调取已先行开始、尚未补办审批',
    'access.emergency.show': '只看这些',
    'access.emergency.tag': '紧急',
    'access.emergency.unapproved': '紧急·待补批',
    'access.emergency.drawer': '紧急情况下已先行调取，须依{article}尽快补办审批手续。',
    'access.emergency.hint': '紧急情况：条例允许的情形下可先行调取，事后补办审批；在批准前本申请一直以红色标示。',
    'access.field.createdAt': '申请时间',
    'access.field.type': '类型',
    'access.field.requestingUnit': '申请单位/人',
    'access.field.unitOrg': '被调阅单位',
    'access.field.purpose': '事由/用途',
    'access.field.article': '依据条款',
    'access.field.requesterKind': '申请主体',
    'access.field.accessKind': '调阅方式',
    'access.field.legalBasis': '法律依据',
    'access.field.legalBasisHint': '所依据的法律及条款，如《中华人民共和国刑事诉讼法》第五十四条',
    'access.field.caseNo': '案件编号',
    'access.field.certificateRef': '本机关证明文件编号',
    'access.field.destination': '去向',
    'access.field.destinationHint': '复制、调取的录像资料的去向，登记备查',
    'access.field.validUntil': '授权截止时间',
    'access.field.validUntilHint': '不填则按默认期限；最长 30 天，审批人可缩短',
    'access.field.valid': '授权期限',
    'access.field.camera': '摄像机',
    'access.field.cameras': '接入摄像机',
    'access.field.camerasHint': '一次申请限同一使用单位的摄像机',
    'access.valid.notYet': '尚未生效',
    'access.organ.current': '申请机关：{name}（以当前登录单位名义申请）',
    'access.section.organ': '申请机关与事由',
    'access.section.footage': '调阅范围',
    'access.section.cameras': '接入范围',
    'access.section.officers': '办理人员',
    'access.section.document': '证明文件',
    'access.section.citizen': '查阅人信息',
    'access.section.decision': '审批结果',
    'access.section.route': '审批路径',
    'access.item.camera': '摄像机 {n}',
    'access.item.range': '时间范围 {n}',
    'access.item.rangeEnd': '时间范围 {n} 结束时间',
    'access.item.remove': '删除第 {n} 项',
    'access.item.add': '添加摄像机',
    'access.item.live': '实时（接入期间）',
    'access.range.lastHour': '最近 1 小时',
    'access.range.last24h': '最近 24 小时',
    'access.range.today': '今天',
    'access.officer.username': '民警 {n} 账号',
    'access.officer.credentialKind': '民警 {n} 证件类型',
    'access.officer.credentialNo': '民警 {n} 证件号码',
    'access.officer.remove': '删除民警 {n}',
    'access.officer.add': '添加办理人员',
    'access.officer.name': '姓名',
    'access.officer.account': '账号',
    'access.officer.credential': '证件类型',
    'access.officer.number': '证件号码',
    'access.rule.range': '请选择时间范围',
    'access.rule.rangeOrder': '开始时间须早于结束时间',
    'access.rule.rangeTooLong': '单个时间范围不得超过 62 天',
    'access.rule.future': '须晚于当前时间',
    'access.rule.items': '至少选择一个摄像机及时间范围',
    'access.rule.camera': '请选择摄像机',
    'access.rule.officers': '办理人员不得少于 {n} 人',
    'access.rule.credentialKind': '请选择证件类型',
    'access.scan.label': '批准文件扫描件',
    'access.scan.pick': '选择文件（PDF/JPG/PNG）',
    'access.scan.type': '仅支持 PDF、JPEG、PNG 文件',
    'access.scan.size': '文件不得超过 10 MB',
    'access.scan.createHint': '已取得批准文件的可一并上传；也可在审批后由审批人或办理人员上传',
    'access.scan.approveHint': '办理人员调阅前须出示批准文件，请上传扫描件',
    'access.scan.have': '已上传：{name}；重新选择将替换',
    'access.scan.none': '未上传',
    'access.scan.download': '下载扫描件',
    'access.scan.upload': '上传批准文件扫描件',
    'access.scan.replace': '替换批准文件扫描件',
    'access.scan.uploaded': '扫描件已上传',
    'access.scan.failedAfterCreate': '申请已提交，但批准文件扫描件未能上传，请在下方重新上传。',
    'access.citizen.hint':
      '依据国家 第二十一条：本人或其近亲属等为保护生命健康、财产安全，经管理单位同意，可以现场查阅涉及本人的录像，不得复制；所获信息不得向他人提供。',
    'access.citizen.name': '查阅人姓名',
    'access.citizen.idType': '证件类型',
    'access.citizen.idNumber': '证件号码',
    'access.citizen.relation': '与当事人关系',
    'access.citizen.subjectName': '当事人姓名',
    'access.citizen.subjectNameHint': '查阅人非本人时填写',
    'access.citizen.reason': '查阅原因',
    'access.citizen.contact': '联系方式',
    'access.drawer.title': '调阅申请',
    'access.drawer.facts': '申请详情',
    'access.drawer.sitting': '调阅',
    'access.drawer.register': '登记记录',
    'access.action.approve': '批准',
    'access.action.consent': '同意查阅',
    'access.action.refuse': '不予批准',
    'access.action.refuseCitizen': '不同意',
    'access.action.revoke': '撤销授权',
    'access.action.awaiting': '等待审批：{who}（{article}）',
    'access.approve.title': '批准调阅（{article}）',
    'access.approve.hint': '审批依据：{approval}。请填写批准文件信息。',
    'access.approve.validUntilHint': '不填则按申请的期限或默认期限',
    'access.consent.title': '同意公民现场查阅',
    'access.refuse.title': '不予批准',
    'access.revoke.title': '撤销授权',
    'access.decision.by': '审批人',
    'access.decision.at': '审批时间',
    'access.decision.note': '审批意见',
    'access.decision.reason': '理由',
    'access.document.number': '批准文件文号',
    'access.document.issuer': '签发机关',
    'access.document.date': '签发日期',
    'access.route.article': '依据条款',
    'access.route.approval': '审批方式',
    'access.route.role': '审批角色',
    'access.route.noApproval': '无需审批',
    'access.route.levels': '审批机关层级',
    'access.route.anyLevel': '不限',
    'access.route.organizations': '审批机关',
    'access.route.approvers': '可审批人',
    'access.route.approveAfter': '紧急先行',
    'access.route.approveAfterText': '紧急情况下可先行调取，事后补办审批',
    'access.route.persons': '办理人数',
    'access.route.minPersons': '不少于 {n} 人',
    'access.route.credentials': '出示证件',
    'access.route.anyCredential': '工作证件或执法证件',
    'access.sitting.intro':
      '授权有效期至 {until}。调阅须由两名办理人员共同进行：由您开始调阅，另一名办理人员输入本人密码确认。',
    'access.sitting.citizenIntro': '已同意查阅，有效期至 {until}。核验查阅人身份后开始现场查阅，仅可查看，不得复制。',
    'access.sitting.needsScan': '尚未上传批准文件扫描件，办理人员出示批准文件后方可调阅。',
    'access.sitting.supersedes': '开始本次调阅将结束您正在进行的其他调阅。',
    'access.sitting.open': '开始调阅',
    'access.sitting.openTitle': '开始调阅：第二名办理人员确认',
    'access.sitting.citizenHint': '请核验查阅人的身份证件及与当事人的关系；查阅在单位现场进行，以本单位账号操作。',
    'access.sitting.identityChecked': '已核验查阅人身份及关系',
    'access.sitting.identityRequired': '请先核验查阅人身份',
    'access.sitting.partnerHint':
      '{me} 开始调阅。依据{articles}，调阅须两人以上共同进行：请第二名办理人员本人选择账号并输入自己的密码。',
    'access.sitting.partner': '第二名办理人员',
    'access.sitting.partnerOption': '{name}（{username}，证件号 {no}）',
    'access.sitting.partnerRequired': '请选择第二名办理人员',
    'access.sitting.password': '第二名办理人员的密码',
    'access.sitting.passwordHint': '由第二名办理人员本人输入',
    'access.sitting.passwordRequired': '请第二名办理人员输入密码',
    'access.sitting.unitHandler': '单位经办人（录制人员）',
    'access.sitting.unitHandlerHint': '使用单位现场配合的工作人员，记入登记表',
    'access.sitting.notApproved': '申请尚未批准，批准后方可调阅',
    'access.sitting.refused': '申请未获批准',
    'access.sitting.revoked': '授权已撤销',
    'access.sitting.lapsed': '授权已过期，如需继续请重新申请',
    'access.sitting.notNamed': '只有申请中列明的办理人员（或公民查阅时的本单位人员）可以调阅',
    'access.sitting.inProgress': '调阅中',
    'access.sitting.who': '调阅人员',
    'access.sitting.openedAt': '开始时间',
    'access.sitting.expiresAt': '结束时限',
    'access.sitting.close': '结束调阅',
    'access.sitting.item': '授权范围',
    'access.sitting.itemOption': '{camera}：{from} 至 {to}',
    'access.sitting.viewOnly': '本次授权仅限查阅，不能复制',
    'access.timeline.recorded': '有录像',
    'access.timeline.none': '无录像',
    'access.timeline.zoomIn': '放大',
    'access.timeline.zoomOut': '缩小',
    'access.timeline.whole': '全部授权范围',
    'access.timeline.granted': '授权范围：{from} 至 {to}',
    'access.timeline.label': '{name} 授权范围内的录像时间轴',
    'access.export.title': '复制录像：{name}',
    'access.export.hint': '导出为带签名的证据包，用途、去向、申请单位和案件编号取自本申请，并记入登记表。',
    'access.export.range': '复制时间范围',
    'access.export.rangeEnd': '复制结束时间',
    'access.export.outsideGrant': '超出授权范围',
    'access.export.tooLong': '单次复制不得超过 24 小时',
    'access.export.start': '开始复制',
    'access.export.progress': '复制进度',
    'access.export.failed': '复制失败',
    'access.export.sha256': '证据包 SHA-256',
    'access.export.download': '下载证据包',
    'access.live.camera': '接入摄像机',
    'access.live.only': '接入授权仅限实时查看',
    'access.live.unsupported': '浏览器无法解码该视频流',
    'access.live.offline': '摄像机离线',
    'access.live.error': '连接中断，正在重试…',
    'access.register.intro': '本申请下的每次查阅、复制均已登记，列出本地区法规要求登记的全部事项（表头下为依据条款）。',
    'access.register.action': '方式',
    'access.register.action.view_live': '实时查看',
    'access.register.action.playback': '回放查阅',
    'access.register.action.snapshot': '截图查阅',
    'access.register.action.export': '复制（导出）',
    'access.register.empty': '尚无调阅记录',
    'access.register.print': '打印登记表：{camera}',
    'access.register.printHint': '该摄像机在授权期间的全部查阅、复制登记（含本申请以外的记录）',
    'access.registerField.accessorNames': '人员',
    'access.registerField.accessorUnit': '单位',
    'access.registerField.at': '时间',
    'access.registerField.purpose': '用途/事由',
    'access.registerField.destination': '去向',
    'access.registerField.recordedBy': '录制人员',
    'access.registerField.content': '内容',
  },
  'en-US': {
    'access.title': 'Footage access',
    'access.tab.awaiting': 'Awaiting me',
    'access.tab.mine': 'Mine',
    'access.tab.all': 'All',
    'access.new.footage': 'Request footage',
    'access.new.direct': 'Request a direct connection',
    'access.new.citizen': "Record a citizen's request",
    'access.submit': 'Submit',
    'access.filter.status': 'Status',
    'access.filter.type': 'Type',
    'access.filter.emergency': 'Unapproved emergencies only',
    'access.status.pending': 'Pending',
    'access.status.approved': 'Approved',
    'access.status.refused': 'Refused',
    'access.status.revoked': 'Revoked',
    'access.status.active': 'In force',
    'access.status.lapsed': 'Lapsed',
    'access.type.footage': 'Footage',
    'access.type.direct_connection': 'Direct connection',
    'access.type.citizen': 'Citizen',
    'access.requester.police': 'Police',
    'access.requester.state_security': 'State security',
    'access.requester.other_department': 'Other department',
    'access.requester.emergency': 'Emergency',
    'access.requester.citizen': 'Citizen',
    'access.kind.view': 'View',
    'access.kind.copy': 'Copy',
    'access.kind.retrieve': 'Retrieve',
    'access.kind.connect': 'Connect',
    'access.credential.work_id': 'Work ID',
    'access.credential.law_enforcement_id': 'Law enforcement ID',
    'access.relation.self': 'Self',
    'access.relation.close_relative': 'Close relative',
    'access.relation.guardian': 'Guardian',
    'access.relation.carer': 'Carer',
    'access.relation.custodian': 'Custodian',
    'access.idType.resident_id': 'Resident ID card',
    'access.idType.passport': 'Passport',
    'access.idType.other': 'Other document',
    'access.reason.life_health': 'To protect life or health',
    'access.reason.property': 'To protect property',
    'access.approval.none': 'No approval needed: the text gives the right',
    'access.approval.unit_consent': 'The unit consents',
    'access.approval.own_head': 'The head of the requesting organ approves',
    'access.approval.police_head': 'The head of a police organ approves',
    'access.level.province': 'Province',
    'access.level.city': 'City',
    'access.level.district': 'District',
    'access.level.police_station': 'Police station',
    'access.list.sep': ', ',
    'access.paren': ' ({text})',
    'access.emergency.banner': '{n} emergency access(es) began before approval and still await it',
    'access.emergency.show': 'Show them',
    'access.emergency.tag': 'Emergency',
    'access.emergency.unapproved': 'Emergency · unapproved',
    'access.emergency.drawer':
      'This emergency access began before approval; it must be approved after the fact ({article}).',
    'access.emergency.hint':
      'Emergency: where the regulation allows it the grant starts at once and is approved afterwards; until then the request is flagged in red.',
    'access.field.createdAt': 'Filed',
    'access.field.type': 'Type',
    'access.field.requestingUnit': 'Requested by',
    'access.field.unitOrg': 'Unit',
    'access.field.purpose': 'Purpose',
    'access.field.article': 'Article',
    'access.field.requesterKind': 'Requesting as',
    'access.field.accessKind': 'Access',
    'access.field.legalBasis': 'Legal basis',
    'access.field.legalBasisHint': 'The law and article the organ acts under',
    'access.field.caseNo': 'Case number',
    'access.field.certificateRef': "Number of the organ's letter",
    'access.field.destination': 'Destination',
    'access.field.destinationHint': 'Where copies go; kept in the register',
    'access.field.validUntil': 'Grant ends',
    'access.field.validUntilHint': 'Leave empty for the default; at most 30 days, the approver may shorten it',
    'access.field.valid': 'Grant period',
    'access.field.camera': 'Camera',
    'access.field.cameras': 'Cameras',
    'access.field.camerasHint': 'One request covers the cameras of one unit',
    'access.valid.notYet': 'Not yet in force',
    'access.organ.current': 'Requesting organ: {name} (you ask in its name)',
    'access.section.organ': 'Organ and purpose',
    'access.section.footage': 'Cameras and ranges',
    'access.section.cameras': 'Cameras',
    'access.section.officers': 'Officers',
    'access.section.document': 'Documents',
    'access.section.citizen': 'The citizen',
    'access.section.decision': 'Decision',
    'access.section.route': 'Approval route',
    'access.item.camera': 'Camera {n}',
    'access.item.range': 'Time range {n}',
    'access.item.rangeEnd': 'End of time range {n}',
    'access.item.remove': 'Remove item {n}',
    'access.item.add': 'Add a camera',
    'access.item.live': 'Live (while connected)',
    'access.range.lastHour': 'Last hour',
    'access.range.last24h': 'Last 24 hours',
    'access.range.today': 'Today',
    'access.officer.username': 'Officer {n} user name',
    'access.officer.credentialKind': 'Officer {n} credential',
    'access.officer.credentialNo': 'Officer {n} credential number',
    'access.officer.remove': 'Remove officer {n}',
    'access.officer.add': 'Add an officer',
    'access.officer.name': 'Name',
    'access.officer.account': 'User name',
    'access.officer.credential': 'Credential',
    'access.officer.number': 'Number',
    'access.rule.range': 'Choose a time range',
    'access.rule.rangeOrder': 'The start must be before the end',
    'access.rule.rangeTooLong': 'One range may span at most 62 days',
    'access.rule.future': 'Must be in the future',
    'access.rule.items': 'Name at least one camera and range',
    'access.rule.camera': 'Choose a camera',
    'access.rule.officers': 'At least {n} officers act together',
    'access.rule.credentialKind': 'Choose the credential',
    'access.scan.label': 'Approval document scan',
    'access.scan.pick': 'Choose a file (PDF/JPG/PNG)',
    'access.scan.type': 'Only PDF, JPEG or PNG files',
    'access.scan.size': 'At most 10 MB',
    'access.scan.createHint': 'Upload it now if you have it; the approver or the officers can add it later',
    'access.scan.approveHint': 'The officers show the approval document before any footage opens: upload its scan',
    'access.scan.have': 'Uploaded: {name}; choosing another replaces it',
    'access.scan.none': 'Not uploaded',
    'access.scan.download': 'Download the scan',
    'access.scan.upload': 'Upload the approval document scan',
    'access.scan.replace': 'Replace the approval document scan',
    'access.scan.uploaded': 'Scan uploaded',
    'access.scan.failedAfterCreate': 'The request was filed, but its scan did not upload; upload it again below.',
    'access.citizen.hint':
      "国家 第二十一条: a person or their close relatives may, to protect life, health or property and with the unit's consent, view footage of that person on site; nothing is copied and nothing learnt may be passed on.",
    'access.citizen.name': "Citizen's name",
    'access.citizen.idType': 'Identity document',
    'access.citizen.idNumber': 'Document number',
    'access.citizen.relation': 'Relation to the person',
    'access.citizen.subjectName': 'Person in the footage',
    'access.citizen.subjectNameHint': 'When not the citizen themself',
    'access.citizen.reason': 'Reason',
    'access.citizen.contact': 'Contact',
    'access.drawer.title': 'Access request',
    'access.drawer.facts': 'Request',
    'access.drawer.sitting': 'Sitting',
    'access.drawer.register': 'Register',
    'access.action.approve': 'Approve',
    'access.action.consent': 'Consent',
    'access.action.refuse': 'Refuse',
    'access.action.refuseCitizen': 'Refuse',
    'access.action.revoke': 'Revoke',
    'access.action.awaiting': 'Awaiting approval by {who} ({article})',
    'access.approve.title': 'Approve ({article})',
    'access.approve.hint': 'Approval: {approval}. Enter the approval document.',
    'access.approve.validUntilHint': 'Leave empty for the period asked for, or the default',
    'access.consent.title': 'Consent to on-site viewing',
    'access.refuse.title': 'Refuse',
    'access.revoke.title': 'Revoke the grant',
    'access.decision.by': 'Decided by',
    'access.decision.at': 'Decided at',
    'access.decision.note': 'Note',
    'access.decision.reason': 'Reasons',
    'access.document.number': 'Document number',
    'access.document.issuer': 'Issued by',
    'access.document.date': 'Date',
    'access.route.article': 'Article',
    'access.route.approval': 'Approval',
    'access.route.role': 'Approving role',
    'access.route.noApproval': 'None needed',
    'access.route.levels': 'Organ level',
    'access.route.anyLevel': 'Any',
    'access.route.organizations': 'Approving organs',
    'access.route.approvers': 'Approvers',
    'access.route.approveAfter': 'Emergency first',
    'access.route.approveAfterText': 'In an emergency access may start first and be approved afterwards',
    'access.route.persons': 'Officers',
    'access.route.minPersons': 'At least {n}',
    'access.route.credentials': 'Credentials',
    'access.route.anyCredential': 'Work ID or law enforcement ID',
    'access.sitting.intro':
      'The grant runs until {until}. Two officers act together: you open the sitting, the second officer confirms it with their own password.',
    'access.sitting.citizenIntro':
      "Consent given until {until}. Check the citizen's identity, then open the on-site viewing; nothing is copied.",
    'access.sitting.needsScan':
      "Upload the approval document's scan first: the officers show it before any footage opens.",
    'access.sitting.supersedes': 'Opening this sitting ends your other open sitting.',
    'access.sitting.open': 'Open the sitting',
    'access.sitting.openTitle': 'Open the sitting: the second officer confirms',
    'access.sitting.citizenHint':
      "Check the citizen's identity document and relation to the person; the viewing is on site, under the unit's account.",
    'access.sitting.identityChecked': "I checked the citizen's identity and relation",
    'access.sitting.identityRequired': "Check the citizen's identity first",
    'access.sitting.partnerHint':
      '{me} opens the sitting. Under {articles} officers act together: the second officer picks their account and types their own password.',
    'access.sitting.partner': 'Second officer',
    'access.sitting.partnerOption': '{name} ({username}, credential {no})',
    'access.sitting.partnerRequired': 'Choose the second officer',
    'access.sitting.password': "The second officer's password",
    'access.sitting.passwordHint': 'Typed by the second officer themself',
    'access.sitting.passwordRequired': 'The second officer types their password',
    'access.sitting.unitHandler': 'Unit staff handing over (recorded by)',
    'access.sitting.unitHandlerHint': "The unit's staff member present; kept in the register",
    'access.sitting.notApproved': 'Not approved yet: footage opens after approval',
    'access.sitting.refused': 'The request was refused',
    'access.sitting.revoked': 'The grant was revoked',
    'access.sitting.lapsed': 'The grant has ended; file a new request if the work needs more',
    'access.sitting.notNamed':
      "Only the officers the request names (or the unit's staff, for a citizen) open a sitting",
    'access.sitting.inProgress': 'In sitting',
    'access.sitting.who': 'Sitting',
    'access.sitting.openedAt': 'Opened',
    'access.sitting.expiresAt': 'Ends by',
    'access.sitting.close': 'Close the sitting',
    'access.sitting.item': 'Granted range',
    'access.sitting.itemOption': '{camera}: {from} to {to}',
    'access.sitting.viewOnly': 'This grant is for viewing only; no copies',
    'access.timeline.recorded': 'Recorded',
    'access.timeline.none': 'No footage',
    'access.timeline.zoomIn': 'Zoom in',
    'access.timeline.zoomOut': 'Zoom out',
    'access.timeline.whole': 'Whole grant',
    'access.timeline.granted': 'Granted: {from} to {to}',
    'access.timeline.label': 'Recording timeline of {name} in the grant',
    'access.export.title': 'Copy footage: {name}',
    'access.export.hint':
      'Exported as a signed evidence package; its purpose, destination, organ and case come from this request and go into the register.',
    'access.export.range': 'Range to copy',
    'access.export.rangeEnd': 'End of the range to copy',
    'access.export.outsideGrant': 'Outside the granted range',
    'access.export.tooLong': 'At most 24 hours per copy',
    'access.export.start': 'Start the copy',
    'access.export.progress': 'Copy progress',
    'access.export.failed': 'The copy failed',
    'access.export.sha256': 'Package SHA-256',
    'access.export.download': 'Download the package',
    'access.live.camera': 'Camera',
    'access.live.only': 'A connection grant is live viewing only',
    'access.live.unsupported': 'The browser cannot decode this stream',
    'access.live.offline': 'The camera is offline',
    'access.live.error': 'Connection lost; retrying…',
    'access.register.intro':
      'Every view and copy under this request, with every field the regulations in force name (articles under each heading).',
    'access.register.action': 'Access',
    'access.register.action.view_live': 'Live view',
    'access.register.action.playback': 'Playback',
    'access.register.action.snapshot': 'Snapshot',
    'access.register.action.export': 'Copy (export)',
    'access.register.empty': 'No access yet',
    'access.register.print': 'Print the register: {camera}',
    'access.register.printHint':
      "Every access to this camera in the grant's period (including other than this request's)",
    'access.registerField.accessorNames': 'Persons',
    'access.registerField.accessorUnit': 'Unit',
    'access.registerField.at': 'Time',
    'access.registerField.purpose': 'Purpose',
    'access.registerField.destination': 'Destination',
    'access.registerField.recordedBy': 'Recorded by',
    'access.registerField.content': 'Content',
  },
};
