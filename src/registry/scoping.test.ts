import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/scope.ts';
import { forbidden, notFound, writeOf } from './scoping.ts';

const operator: Actor = {
  userId: 'u-1',
  username: 'li',
  displayName: '李四',
  orgId: 'org-1',
  role: 'unit_operator',
  scope: { kind: 'own_org', orgId: 'org-1' },
};

describe("the registry's errors a person reads", () => {
  it('names a record not found in both languages, as the console names the record', () => {
    expect(notFound('camera', 'cam-9')).toMatchObject({
      code: 'PSVIS_ERR_NOT_FOUND',
      httpStatus: 404,
      message: '未找到摄像机 cam-9 / camera cam-9 not found',
      details: { messageZh: '未找到摄像机 cam-9', messageEn: 'camera cam-9 not found', camera: 'cam-9' },
    });
    expect(notFound('jurisdiction', 'j-1').details).toMatchObject({ messageZh: '未找到管辖区域 j-1' });
    expect(notFound('organization', 'o-1').details).toMatchObject({ messageZh: '未找到单位 o-1' });
    expect(notFound('site', 's-1').details).toMatchObject({ messageZh: '未找到场所 s-1' });
    expect(notFound('system', 'y-1').details).toMatchObject({ messageZh: '未找到视频系统 y-1' });
  });

  it('says which role may not do what, in both languages', () => {
    expect(forbidden(operator, writeOf('update', 'camera'))).toMatchObject({
      code: 'PSVIS_ERR_FORBIDDEN',
      httpStatus: 403,
      message: '值班操作员不能修改摄像机 / role unit_operator may not change cameras',
      details: {
        messageZh: '值班操作员不能修改摄像机',
        messageEn: 'role unit_operator may not change cameras',
        role: 'unit_operator',
        action: 'change cameras',
      },
    });
    expect(writeOf('create', 'jurisdiction')).toEqual({ zh: '新建管辖区域', en: 'create jurisdictions' });
    expect(writeOf('delete', 'system')).toEqual({ zh: '删除视频系统', en: 'delete systems' });
  });
});
