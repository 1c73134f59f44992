import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'registry.title'
  | 'registry.tab.jurisdictions'
  | 'registry.tab.organizations'
  | 'registry.tab.sites'
  | 'registry.tab.systems'
  | 'registry.tab.cameras'
  | 'registry.jurisdiction.create'
  | 'registry.jurisdiction.edit'
  | 'registry.organization.create'
  | 'registry.organization.edit'
  | 'registry.site.create'
  | 'registry.site.edit'
  | 'registry.system.create'
  | 'registry.system.edit'
  | 'registry.camera.create'
  | 'registry.camera.edit'
  | 'registry.search'
  | 'registry.shown'
  | 'registry.deleteConfirm'
  | 'registry.deleted'
  | 'registry.prohibitedTag'
  | 'registry.prohibitedBy'
  | 'registry.field.level'
  | 'registry.field.parent'
  | 'registry.field.code'
  | 'registry.field.profile'
  | 'registry.field.kind'
  | 'registry.field.industry'
  | 'registry.field.jurisdiction'
  | 'registry.field.isGovernment'
  | 'registry.field.creditCode'
  | 'registry.field.address'
  | 'registry.field.contactName'
  | 'registry.field.contactPhone'
  | 'registry.field.contact'
  | 'registry.field.organization'
  | 'registry.field.placeCategory'
  | 'registry.field.latitude'
  | 'registry.field.longitude'
  | 'registry.field.isPublic'
  | 'registry.field.builderOrg'
  | 'registry.field.maintainerOrg'
  | 'registry.field.maintenanceAgreementRef'
  | 'registry.field.governmentBuilt'
  | 'registry.field.lifecycle'
  | 'registry.field.plannedAt'
  | 'registry.field.builtAt'
  | 'registry.field.acceptedAt'
  | 'registry.field.inUseAt'
  | 'registry.field.removedAt'
  | 'registry.field.changedAt'
  | 'registry.field.system'
  | 'registry.field.site'
  | 'registry.field.deviceId'
  | 'registry.field.locationCategory'
  | 'registry.field.mainStreamUrl'
  | 'registry.field.subStreamUrl'
  | 'registry.field.important'
  | 'registry.field.signage'
  | 'registry.field.enabled'
  | 'registry.field.retentionDays'
  | 'registry.field.directionDeg'
  | 'registry.level.province'
  | 'registry.level.city'
  | 'registry.level.district'
  | 'registry.level.police_station'
  | 'registry.kind.unit'
  | 'registry.kind.builder'
  | 'registry.kind.maintainer'
  | 'registry.kind.police'
  | 'registry.kind.state_security'
  | 'registry.kind.regulator'
  | 'registry.lifecycle.planned'
  | 'registry.lifecycle.built'
  | 'registry.lifecycle.accepted'
  | 'registry.lifecycle.in_use'
  | 'registry.lifecycle.removed'
  | 'registry.enabled.true'
  | 'registry.enabled.false'
  | 'registry.public.true'
  | 'registry.public.false'
  | 'registry.days'
  | 'registry.help.profile'
  | 'registry.help.cameraOrg'
  | 'registry.help.deviceId'
  | 'registry.help.streamUrl'
  | 'registry.help.retentionDays'
  | 'registry.help.important'
  | 'registry.help.maintenanceAgreement'
  | 'registry.help.isPublic'
  | 'registry.help.systemFixed'
  | 'registry.rule.select'
  | 'registry.rule.deviceIdDigits'
  | 'registry.rule.deviceIdType'
  | 'registry.rule.streamUrl'
  | 'registry.section.location'
  | 'registry.section.stream'
  | 'registry.section.dates';

/** Strings of the registry page. */
export const registryMessages: Messages<K> = {
  'zh-CN': {
    'registry.title': '系统与点位',
    'registry.tab.jurisdictions': '管辖区域',
    'registry.tab.organizations': '单位',
    'registry.tab.sites': '场所',
    'registry.tab.systems': '视频系统',
    'registry.tab.cameras': '摄像机',
    'registry.jurisdiction.create': '新建管辖区域',
    'registry.jurisdiction.edit': '编辑管辖区域',
    'registry.organization.create': '新建单位',
    'registry.organization.edit': '编辑单位',
    'registry.site.create': '新建场所',
    'registry.site.edit': '编辑场所',
    'registry.system.create': '新建视频系统',
    'registry.system.edit': '编辑视频系统',
    'registry.camera.create': '新建摄像机',
    'registry.camera.edit': '编辑摄像机',
    'registry.search': '按名称搜索',
    'registry.shown': '已显示 {count} 条',
    'registry.deleteConfirm': '确定删除“{name}”？',
    'registry.deleted': '已删除',
    'registry.prohibitedTag': '禁止安装',
    'registry.prohibitedBy': '禁止依据：{articles}',
    'registry.field.level': '级别',
    'registry.field.parent': '上级区域',
    'registry.field.code': '行政区划代码',
    'registry.field.profile': '适用法规',
    'registry.field.kind': '单位类型',
    'registry.field.industry': '所属行业',
    'registry.field.jurisdiction': '所属管辖区域',
    'registry.field.isGovernment': '政府机关',
    'registry.field.creditCode': '统一社会信用代码',
    'registry.field.address': '地址',
    'registry.field.contactName': '联系人',
    'registry.field.contactPhone': '联系电话',
    'registry.field.contact': '联系人',
    'registry.field.organization': '所属单位',
    'registry.field.placeCategory': '场所类别',
    'registry.field.latitude': '纬度',
    'registry.field.longitude': '经度',
    'registry.field.isPublic': '公共场所',
    'registry.field.builderOrg': '建设单位',
    'registry.field.maintainerOrg': '维护单位',
    'registry.field.maintenanceAgreementRef': '维护协议编号',
    'registry.field.governmentBuilt': '政府建设',
    'registry.field.lifecycle': '建设阶段',
    'registry.field.plannedAt': '规划日期',
    'registry.field.builtAt': '建成日期',
    'registry.field.acceptedAt': '验收日期',
    'registry.field.inUseAt': '投入使用日期',
    'registry.field.removedAt': '拆除日期',
    'registry.field.changedAt': '最近变更',
    'registry.field.system': '所属系统',
    'registry.field.site': '所在场所',
    'registry.field.deviceId': '设备编码',
    'registry.field.locationCategory': '安装部位',
    'registry.field.mainStreamUrl': '主码流地址',
    'registry.field.subStreamUrl': '子码流地址',
    'registry.field.important': '重要部位',
    'registry.field.signage': '已设提示标识',
    'registry.field.enabled': '启用',
    'registry.field.retentionDays': '录像保存天数',
    'registry.field.directionDeg': '朝向（度）',
    'registry.level.province': '省级',
    'registry.level.city': '地市级',
    'registry.level.district': '区县级',
    'registry.level.police_station': '派出所辖区',
    'registry.kind.unit': '使用单位',
    'registry.kind.builder': '建设单位',
    'registry.kind.maintainer': '维护单位',
    'registry.kind.police': '公安机关',
    'registry.kind.state_security': '国家安全机关',
    'registry.kind.regulator': '行业主管部门',
    'registry.lifecycle.planned': '规划中',
    'registry.lifecycle.built': '已建成',
    'registry.lifecycle.accepted': '已验收',
    'registry.lifecycle.in_use': '已投入使用',
    'registry.lifecycle.removed': '已拆除',
    'registry.enabled.true': '启用',
    'registry.enabled.false': '停用',
    'registry.public.true': '公共场所',
    'registry.public.false': '非公共场所',
    'registry.days': '{days} 天',
    'registry.help.profile': '本区域适用的法规；下级区域同时适用上级区域的法规',
    'registry.help.cameraOrg': '选择单位后，只列出该单位的场所和系统',
    'registry.help.deviceId': 'GB/T 28181 编码，20 位数字，第 11–13 位类型码为 131（摄像机）或 132（网络摄像机）',
    'registry.help.streamUrl': '如 rtsp://192.168.1.64:554/Streaming/Channels/101',
    'registry.help.retentionDays': '不得少于适用法规规定的保存期限',
    'registry.help.important': '重要部位的录像按法规保存更长期限',
    'registry.help.maintenanceAgreement': '委托维护的，应签订书面维护协议',
    'registry.help.isPublic': '公共场所须设置明显的提示标识',
    'registry.help.systemFixed': '摄像机登记后不能改到其他系统',
    'registry.rule.select': '请选择{field}',
    'registry.rule.deviceIdDigits': '设备编码须为 20 位数字',
    'registry.rule.deviceIdType': '第 11–13 位类型码为 {code}，不是摄像机；应为 131 或 132',
    'registry.rule.streamUrl': '须以 rtsp://、rtsps://、http:// 或 https:// 开头',
    'registry.section.location': '位置',
    'registry.section.stream': '视频流',
    'registry.section.dates': '建设阶段日期',
  },
  'en-US': {
    'registry.title': 'Systems & cameras',
    'registry.tab.jurisdictions': 'Jurisdictions',
    'registry.tab.organizations': 'Organizations',
    'registry.tab.sites': 'Sites',
    'registry.tab.systems': 'Video systems',
    'registry.tab.cameras': 'Cameras',
    'registry.jurisdiction.create': 'New jurisdiction',
    'registry.jurisdiction.edit': 'Edit jurisdiction',
    'registry.organization.create': 'New organization',
    'registry.organization.edit': 'Edit organization',
    'registry.site.create': 'New site',
    'registry.site.edit': 'Edit site',
    'registry.system.create': 'New video system',
    'registry.system.edit': 'Edit video system',
    'registry.camera.create': 'New camera',
    'registry.camera.edit': 'Edit camera',
    'registry.search': 'Search by name',
    'registry.shown': '{count} shown',
    'registry.deleteConfirm': 'Delete “{name}”?',
    'registry.deleted': 'Deleted',
    'registry.prohibitedTag': 'Prohibited',
    'registry.prohibitedBy': 'Prohibited by: {articles}',
    'registry.field.level': 'Level',
    'registry.field.parent': 'Parent',
    'registry.field.code': 'Administrative area code',
    'registry.field.profile': 'Regulation',
    'registry.field.kind': 'Kind',
    'registry.field.industry': 'Industry',
    'registry.field.jurisdiction': 'Jurisdiction',
    'registry.field.isGovernment': 'Government body',
    'registry.field.creditCode': 'Unified social credit code',
    'registry.field.address': 'Address',
    'registry.field.contactName': 'Contact name',
    'registry.field.contactPhone': 'Contact phone',
    'registry.field.contact': 'Contact',
    'registry.field.organization': 'Organization',
    'registry.field.placeCategory': 'Place category',
    'registry.field.latitude': 'Latitude',
    'registry.field.longitude': 'Longitude',
    'registry.field.isPublic': 'Public place',
    'registry.field.builderOrg': 'Builder',
    'registry.field.maintainerOrg': 'Maintainer',
    'registry.field.maintenanceAgreementRef': 'Maintenance agreement ref.',
    'registry.field.governmentBuilt': 'Government-built',
    'registry.field.lifecycle': 'Lifecycle step',
    'registry.field.plannedAt': 'Planned on',
    'registry.field.builtAt': 'Built on',
    'registry.field.acceptedAt': 'Accepted on',
    'registry.field.inUseAt': 'In use since',
    'registry.field.removedAt': 'Removed on',
    'registry.field.changedAt': 'Last changed',
    'registry.field.system': 'System',
    'registry.field.site': 'Site',
    'registry.field.deviceId': 'Device ID',
    'registry.field.locationCategory': 'Location category',
    'registry.field.mainStreamUrl': 'Main stream URL',
    'registry.field.subStreamUrl': 'Sub stream URL',
    'registry.field.important': 'Important location',
    'registry.field.signage': 'Signage put up',
    'registry.field.enabled': 'Enabled',
    'registry.field.retentionDays': 'Retention (days)',
    'registry.field.directionDeg': 'Direction (°)',
    'registry.level.province': 'Province',
    'registry.level.city': 'City',
    'registry.level.district': 'District',
    'registry.level.police_station': 'Police station area',
    'registry.kind.unit': 'Operating unit',
    'registry.kind.builder': 'Builder',
    'registry.kind.maintainer': 'Maintainer',
    'registry.kind.police': 'Police',
    'registry.kind.state_security': 'State security',
    'registry.kind.regulator': 'Industry regulator',
    'registry.lifecycle.planned': 'Planned',
    'registry.lifecycle.built': 'Built',
    'registry.lifecycle.accepted': 'Accepted',
    'registry.lifecycle.in_use': 'In use',
    'registry.lifecycle.removed': 'Removed',
    'registry.enabled.true': 'Enabled',
    'registry.enabled.false': 'Disabled',
    'registry.public.true': 'Public',
    'registry.public.false': 'Non-public',
    'registry.days': '{days} days',
    'registry.help.profile': 'The regulation of this area; areas below it are bound by it too',
    'registry.help.cameraOrg': "Lists only this organization's sites and systems",
    'registry.help.deviceId':
      'GB/T 28181 ID: 20 digits; digits 11–13 are the type code, 131 (camera) or 132 (IP camera)',
    'registry.help.streamUrl': 'e.g. rtsp://192.168.1.64:554/Streaming/Channels/101',
    'registry.help.retentionDays': "Not less than the applicable regulation's retention period",
    'registry.help.important': 'Footage of important locations is kept longer under the regulations',
    'registry.help.maintenanceAgreement': 'Outsourced maintenance needs a written agreement',
    'registry.help.isPublic': 'Cameras in public places need a visible sign',
    'registry.help.systemFixed': 'A registered camera cannot move to another system',
    'registry.rule.select': '{field} is required',
    'registry.rule.deviceIdDigits': 'A device ID has exactly 20 digits',
    'registry.rule.deviceIdType': 'Digits 11–13 are type code {code}, not a camera; use 131 or 132',
    'registry.rule.streamUrl': 'Must start with rtsp://, rtsps://, http:// or https://',
    'registry.section.location': 'Position',
    'registry.section.stream': 'Video stream',
    'registry.section.dates': 'Lifecycle dates',
  },
};
