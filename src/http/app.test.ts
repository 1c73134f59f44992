import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/scope.ts';
import type { SessionInfo } from '../identity/identity.ts';
import { actorOf, requireRole } from './app.ts';
import { thrown } from '../../test/support/thrown.ts';

const auditor: Actor = {
  userId: 'u-1',
  username: 'wang',
  displayName: '王五',
  orgId: 'org-1',
  role: 'auditor',
  scope: { kind: 'all' },
};

const requestOf = (actor: Actor | null) =>
  ({ session: actor === null ? null : ({ actor } as SessionInfo) }) as FastifyRequest;

describe("the routes' role check", () => {
  it('lets a role in the list through', () => {
    expect(requireRole(requestOf(auditor), ['admin', 'auditor'], 'read the audit trail')).toBe(auditor);
  });

  it('says which role may not do what, in both languages, as the console names the role', () => {
    expect(thrown(() => requireRole(requestOf(auditor), ['admin', 'unit_manager'], 'delete recordings'))).toMatchObject(
      {
        code: 'PSVIS_ERR_FORBIDDEN',
        httpStatus: 403,
        message: '审计员不能删除录像 / role auditor may not delete recordings',
        details: {
          role: 'auditor',
          action: 'delete recordings',
          messageZh: '审计员不能删除录像',
          messageEn: 'role auditor may not delete recordings',
        },
      },
    );
    const officer = { ...auditor, role: 'police_officer' } as const;
    expect(thrown(() => requireRole(requestOf(officer), ['admin'], 'create users'))).toMatchObject({
      details: { messageZh: '公安民警不能新建用户', messageEn: 'role police_officer may not create users' },
    });
  });

  it('refuses an action it has no words for in general words, still in both languages', () => {
    expect(thrown(() => requireRole(requestOf(auditor), ['admin'], 'rename the moon'))).toMatchObject({
      code: 'PSVIS_ERR_FORBIDDEN',
      httpStatus: 403,
      details: {
        role: 'auditor',
        action: 'rename the moon',
        messageZh: '审计员无权执行此操作',
        messageEn: 'role auditor may not rename the moon',
      },
    });
  });

  it('has Chinese words for every action a route guards', () => {
    const dir = join(import.meta.dirname, 'routes');
    const guarded = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) =>
        [
          ...readFileSync(join(dir, f), 'utf8').matchAll(
            /\b(?:requireRole|granted)\(\s*req\s*,[^;{}]*?'([^']+)'\s*,?\s*\)/g,
          ),
        ].map((m) => m[1] ?? ''),
      );
    expect(guarded.length).toBeGreaterThan(10);
    for (const action of new Set(guarded)) {
      const err = thrown(() => requireRole(requestOf({ ...auditor, role: 'maintainer' }), ['admin'], action));
      expect(err, action).toMatchObject({
        details: { messageZh: expect.stringMatching(/^运维人员不能\S/) as unknown },
      });
    }
  });

  it('asks a request without a session to sign in, in both languages', () => {
    expect(thrown(() => actorOf(requestOf(null)))).toMatchObject({
      code: 'PSVIS_ERR_UNAUTHENTICATED',
      httpStatus: 401,
      message: '请先登录 / sign in first',
      details: { messageZh: '请先登录', messageEn: 'sign in first' },
    });
  });
});
