import type { Messages } from './messages.ts';

type K =
  | 'app.title'
  | 'app.short'
  | 'nav.overview'
  | 'nav.live'
  | 'nav.playback'
  | 'nav.access'
  | 'nav.filings'
  | 'nav.supervision'
  | 'nav.holds'
  | 'nav.reports'
  | 'nav.operations'
  | 'nav.registry'
  | 'nav.compliance'
  | 'nav.audit'
  | 'nav.users'
  | 'nav.menu'
  | 'header.language'
  | 'header.logout'
  | 'header.org'
  | 'header.role'
  | 'lang.zh-CN'
  | 'lang.en-US'
  | 'role.admin'
  | 'role.unit_manager'
  | 'role.unit_operator'
  | 'role.maintainer'
  | 'role.police_officer'
  | 'role.police_approver'
  | 'role.regulator'
  | 'role.auditor'
  | 'login.title'
  | 'login.subtitle'
  | 'login.username'
  | 'login.password'
  | 'login.submit'
  | 'login.required'
  | 'login.expired'
  | 'login.failed'
  | 'error.title'
  | 'error.network'
  | 'error.articles'
  | 'error.penalties'
  | 'error.code'
  | 'error.notFound'
  | 'error.forbidden'
  | 'common.save'
  | 'common.cancel'
  | 'common.create'
  | 'common.edit'
  | 'common.delete'
  | 'common.search'
  | 'common.refresh'
  | 'common.close'
  | 'common.confirm'
  | 'common.loading'
  | 'common.none'
  | 'common.yes'
  | 'common.no'
  | 'common.actions'
  | 'common.all'
  | 'common.from'
  | 'common.to'
  | 'common.time'
  | 'common.name'
  | 'common.status'
  | 'common.details'
  | 'common.exportCsv'
  | 'common.required'
  | 'common.saved'
  | 'common.loadMore';

/** Strings of the shell, login and errors shared by every page. */
export const commonMessages: Messages<K> = {
  'zh-CN': {
    'app.title': '公共安全视频图像信息系统',
    'app.short': 'psvis',
    'nav.overview': '首页',
    'nav.live': '实时预览',
    'nav.playback': '录像回放',
    'nav.access': '调阅审批',
    'nav.filings': '备案管理',
    'nav.supervision': '监督检查',
    'nav.holds': '信息保全',
    'nav.reports': '可疑信息',
    'nav.operations': '运维值守',
    'nav.registry': '系统与点位',
    'nav.compliance': '合规',
    'nav.audit': '审计',
    'nav.users': '用户',
    'nav.menu': '主菜单',
    'header.language': '语言',
    'header.logout': '退出登录',
    'header.org': '单位',
    'header.role': '角色',
    'lang.zh-CN': '中文',
    'lang.en-US': 'English',
    'role.admin': '系统管理员',
    'role.unit_manager': '单位管理员',
    'role.unit_operator': '值班操作员',
    'role.maintainer': '运维人员',
    'role.police_officer': '公安民警',
    'role.police_approver': '公安审批人',
    'role.regulator': '行业主管部门',
    'role.auditor': '审计员',
    'login.title': '登录',
    'login.subtitle': '公共安全视频图像信息系统',
    'login.username': '用户名',
    'login.password': '密码',
    'login.submit': '登录',
    'login.required': '请输入{field}',
    'login.expired': '登录已过期，请重新登录。',
    'login.failed': '登录失败：{message}',
    'error.title': '操作未完成',
    'error.network': '无法连接服务器，请检查网络后重试。',
    'error.articles': '依据条款',
    'error.penalties': '法律责任',
    'error.code': '错误代码',
    'error.notFound': '页面不存在',
    'error.forbidden': '当前角色无权访问此页面',
    'common.save': '保存',
    'common.cancel': '取消',
    'common.create': '新建',
    'common.edit': '编辑',
    'common.delete': '删除',
    'common.search': '搜索',
    'common.refresh': '刷新',
    'common.close': '关闭',
    'common.confirm': '确定',
    'common.loading': '加载中…',
    'common.none': '无',
    'common.yes': '是',
    'common.no': '否',
    'common.actions': '操作',
    'common.all': '全部',
    'common.from': '开始',
    'common.to': '结束',
    'common.time': '时间',
    'common.name': '名称',
    'common.status': '状态',
    'common.details': '详情',
    'common.exportCsv': '导出 CSV',
    'common.required': '必填',
    'common.saved': '已保存',
    'common.loadMore': '加载更多',
  },
  'en-US': {
    'app.title': 'Public Security Video Image Information System',
    'app.short': 'psvis',
    'nav.overview': 'Overview',
    'nav.live': 'Live',
    'nav.playback': 'Playback',
    'nav.access': 'Footage access',
    'nav.filings': 'Filings',
    'nav.supervision': 'Supervision',
    'nav.holds': 'Holds',
    'nav.reports': 'Reports',
    'nav.operations': 'Operations',
    'nav.registry': 'Systems & cameras',
    'nav.compliance': 'Compliance',
    'nav.audit': 'Audit',
    'nav.users': 'Users',
    'nav.menu': 'Main menu',
    'header.language': 'Language',
    'header.logout': 'Sign out',
    'header.org': 'Organization',
    'header.role': 'Role',
    'lang.zh-CN': '中文',
    'lang.en-US': 'English',
    'role.admin': 'Administrator',
    'role.unit_manager': 'Unit manager',
    'role.unit_operator': 'Operator on duty',
    'role.maintainer': 'Maintainer',
    'role.police_officer': 'Police officer',
    'role.police_approver': 'Police approver',
    'role.regulator': 'Industry regulator',
    'role.auditor': 'Auditor',
    'login.title': 'Sign in',
    'login.subtitle': 'Public security video image information system',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.required': 'Enter the {field}',
    'login.expired': 'Your session has expired; please sign in again.',
    'login.failed': 'Sign-in failed: {message}',
    'error.title': 'Not done',
    'error.network': 'Cannot reach the server; check the network and retry.',
    'error.articles': 'Articles',
    'error.penalties': 'Penalties',
    'error.code': 'Error code',
    'error.notFound': 'No such page',
    'error.forbidden': 'Your role may not open this page',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.create': 'New',
    'common.edit': 'Edit',
    'common.delete': 'Delete',
    'common.search': 'Search',
    'common.refresh': 'Refresh',
    'common.close': 'Close',
    'common.confirm': 'OK',
    'common.loading': 'Loading…',
    'common.none': 'None',
    'common.yes': 'Yes',
    'common.no': 'No',
    'common.actions': 'Actions',
    'common.all': 'All',
    'common.from': 'From',
    'common.to': 'To',
    'common.time': 'Time',
    'common.name': 'Name',
    'common.status': 'Status',
    'common.details': 'Details',
    'common.exportCsv': 'Export CSV',
    'common.required': 'Required',
    'common.saved': 'Saved',
    'common.loadMore': 'Load more',
  },
};
