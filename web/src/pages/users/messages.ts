import type { Messages } from '../../i18n/messages.ts';

type K =
  | 'users.title'
  | 'users.create'
  | 'users.search'
  | 'users.username'
  | 'users.displayName'
  | 'users.organization'
  | 'users.role'
  | 'users.password'
  | 'users.passwordAgain'
  | 'users.state.active'
  | 'users.state.disabled'
  | 'users.count'
  | 'users.help.username'
  | 'users.help.password'
  | 'users.help.role'
  | 'users.rule.username'
  | 'users.rule.password'
  | 'users.rule.passwordAgain';

/** Strings of the users page. */
export const usersMessages: Messages<K> = {
  'zh-CN': {
    'users.title': '用户管理',
    'users.create': '新建用户',
    'users.search': '按用户名或姓名搜索',
    'users.username': '用户名',
    'users.displayName': '姓名',
    'users.organization': '所属单位',
    'users.role': '角色',
    'users.password': '初始密码',
    'users.passwordAgain': '确认密码',
    'users.state.active': '正常',
    'users.state.disabled': '已停用',
    'users.count': '共 {count} 个用户',
    'users.help.username': '字母、数字及 _ . @ -，最多 64 个字符',
    'users.help.password': '{min}–{max} 个字符；请通过安全渠道告知用户',
    'users.help.role': '角色决定可查看的范围和可执行的操作',
    'users.rule.username': '用户名只能包含字母、数字及 _ . @ -',
    'users.rule.password': '密码须为 {min}–{max} 个字符',
    'users.rule.passwordAgain': '两次输入的密码不一致',
  },
  'en-US': {
    'users.title': 'Users',
    'users.create': 'New user',
    'users.search': 'Search by user name or name',
    'users.username': 'User name',
    'users.displayName': 'Display name',
    'users.organization': 'Organization',
    'users.role': 'Role',
    'users.password': 'Initial password',
    'users.passwordAgain': 'Confirm password',
    'users.state.active': 'Active',
    'users.state.disabled': 'Disabled',
    'users.count': 'Users: {count}',
    'users.help.username': 'Letters, digits and _ . @ -, up to 64 characters',
    'users.help.password': '{min}–{max} characters; give it to the user over a secure channel',
    'users.help.role': 'The role decides what the user sees and may do',
    'users.rule.username': 'A user name has only letters, digits and _ . @ -',
    'users.rule.password': 'A password has {min} to {max} characters',
    'users.rule.passwordAgain': 'The passwords differ',
  },
};
