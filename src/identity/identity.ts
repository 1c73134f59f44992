import { createHash, randomBytes } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import { translateConstraintError } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { bilingualError } from '../errors/bilingual.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { ROLES, type Role } from './roles.ts';
import { scopeFor, type Actor } from './scope.ts';

/** A user as the API shows it (never the hash). */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  role: Role;
  disabled: boolean;
}

/** What a successful login hands back: the cookie token and the CSRF token for the session. */
export interface LoginResult {
  token: string;
  csrfToken: string;
  user: UserView;
  expiresAt: string;
}

/** An authenticated session: the actor and the CSRF token its state-changing requests must echo. */
export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
  expiresAt: string;
}

/** Name of the organization the first admin belongs to. */
export const INSTALLATION_ORG_NAME = '本系统 psvis installation';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Users, passwords, sessions and login throttling. */
export class Identity {
  readonly throttle: LoginThrottle;

  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly sessionTtlMs: number,
  ) {
    this.throttle = new LoginThrottle(clock);
  }

  get db() {
    return this.audit.db;
  }

  /** Creates the first admin (and the installation's own organization) when there are no users. */
  async ensureAdmin(password: string | undefined): Promise<{ username: string; password: string } | null> {
    const any = await this.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (any !== undefined) return null;
    const chosen = password ?? randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(chosen);
    const now = this.clock.now().toISOString();
    await this.audit.transaction(async (trx, record) => {
      const orgId = newId();
      await trx
        .insertInto('organizations')
        .values({
          id: orgId,
          name: INSTALLATION_ORG_NAME,
          kind: 'unit',
          industry: null,
          jurisdiction_id: null,
          is_government: 0,
          credit_code: null,
          address: null,
          contact_name: null,
          contact_phone: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const userId = newId();
      await trx
        .insertInto('users')
        .values({
          id: userId,
          username: 'admin',
          display_name: 'Administrator 管理员',
          org_id: orgId,
          role: 'admin',
          password_hash: passwordHash,
          disabled: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await record({
        action: 'identity.bootstrap',
        targetType: 'user',
        targetId: userId,
        details: { username: 'admin' },
      });
    });
    return { username: 'admin', password: chosen };
  }

  /** Creates a user; `actor` is null when the CLI does it on the host. */
  async createUser(
    input: { username: string; displayName?: string | undefined; orgId: string; role: Role; password: string },
    actor: Actor | null,
  ): Promise<UserView> {
    if (!(ROLES as readonly string[]).includes(input.role)) {
      throw bilingualError(
        'PSVIS_ERR_VALIDATION',
        {
          zh: `未知的角色 ${input.role}，可选角色：${ROLES.join('、')}`,
          en: `unknown role ${input.role}; one of ${ROLES.join(', ')}`,
        },
        { field: 'role' },
      );
    }
    const org = await this.db.selectFrom('organizations').select('id').where('id', '=', input.orgId).executeTakeFirst();
    if (org === undefined)
      // Named as the console's user form names it (所属单位).
      throw bilingualError(
        'PSVIS_ERR_NOT_FOUND',
        { zh: `未找到单位 ${input.orgId}`, en: `organization ${input.orgId} not found` },
        { field: 'orgId' },
        404,
      );
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now().toISOString();
    const id = newId();
    try {
      await this.audit.transaction(async (trx, record) => {
        await trx
          .insertInto('users')
          .values({
            id,
            username: input.username,
            display_name: input.displayName ?? input.username,
            org_id: input.orgId,
            role: input.role,
            password_hash: passwordHash,
            disabled: 0,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await record({
          actorUserId: actor?.userId ?? null,
          actorOrgId: actor?.orgId ?? null,
          action: 'identity.user.create',
          targetType: 'user',
          targetId: id,
          details: {
            username: input.username,
            role: input.role,
            orgId: input.orgId,
            via: actor === null ? 'cli' : 'api',
          },
        });
      });
    } catch (err) {
      // Named as the console's user management names a user (用户名).
      throw translateConstraintError(err, { zh: `用户名为 ${input.username} 的用户`, en: `user ${input.username}` });
    }
    return {
      id,
      username: input.username,
      displayName: input.displayName ?? input.username,
      orgId: input.orgId,
      role: input.role,
      disabled: false,
    };
  }

  /** Sets a user's password and ends their sessions. */
  async setPassword(username: string, password: string, actor: Actor | null): Promise<void> {
    const user = await this.db.selectFrom('users').select(['id']).where('username', '=', username).executeTakeFirst();
    if (user === undefined) throw noUserNamed(username);
    const passwordHash = await hashPassword(password);
    await this.audit.transaction(async (trx, record) => {
      await trx
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: this.clock.now().toISOString() })
        .where('id', '=', user.id)
        .execute();
      await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
      await record({
        actorUserId: actor?.userId ?? null,
        actorOrgId: actor?.orgId ?? null,
        action: 'identity.user.password',
        targetType: 'user',
        targetId: user.id,
        details: { username, via: actor === null ? 'cli' : 'api' },
      });
    });
  }

  /** Checks a password, throttled per account and address; every attempt is audited. */
  async login(username: string, password: string, ip: string): Promise<LoginResult> {
    const waitMs = this.throttle.retryAfterMs(username, ip);
    if (waitMs > 0) {
      await this.audit.append({
        action: 'auth.login.throttled',
        targetType: 'user',
        targetId: null,
        details: { username, ip },
      });
      const minutes = Math.ceil(waitMs / 60000);
      throw bilingualError(
        'PSVIS_ERR_RATE_LIMITED',
        {
          zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
          en: `too many failed logins; try again in ${minutes} minute(s)`,
        },
        { retryAfterSeconds: Math.ceil(waitMs / 1000) },
        429,
      );
    }
    const user = await this.verifyCredentials(username, password, ip, 'auth.login.failed', 'api');
    if (user === null) {
      // One message for an unknown user and a wrong password: a login never tells which accounts exist.
      throw bilingualError(
        'PSVIS_ERR_LOGIN_FAILED',
        { zh: '用户名或密码错误', en: 'wrong user name or password' },
        {},
        401,
      );
    }
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs).toISOString();
    await this.audit.transaction(async (trx, record) => {
      await trx
        .insertInto('sessions')
        .values({
          id: tokenHash(token),
          user_id: user.id,
          csrf_token: csrfToken,
          ip,
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      await record({
        actorUserId: user.id,
        actorOrgId: user.org_id,
        action: 'auth.login',
        targetType: 'user',
        targetId: user.id,
        details: { ip },
      });
    });
    return { token, csrfToken, user: toView(user), expiresAt };
  }

  /**
   * Checks a user's password for a protocol that carries it itself (RTSP Basic on the restream):
   * throttled and audited like a login, but no session is made.
   */
  async checkPassword(username: string, password: string, ip: string, via: string): Promise<boolean> {
    if (this.throttle.retryAfterMs(username, ip) > 0) return false;
    return (await this.verifyCredentials(username, password, ip, 'auth.password.failed', via)) !== null;
  }

  /**
   * The user whose password this is, or null. A failure counts toward the throttle and is audited
   * (which of user name, password or disabled account failed goes to the audit trail only).
   */
  private async verifyCredentials(username: string, password: string, ip: string, failedAction: string, via: string) {
    const user = await this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    const ok =
      user === undefined ? await verifyAgainstDummy(password) : await verifyPassword(user.password_hash, password);
    if (user === undefined || !ok || user.disabled === 1) {
      this.throttle.fail(username, ip);
      await this.audit.append({
        actorUserId: user?.id ?? null,
        actorOrgId: user?.org_id ?? null,
        action: failedAction,
        targetType: 'user',
        targetId: user?.id ?? null,
        details: { username, ip, via, reason: user === undefined ? 'unknown_user' : ok ? 'disabled' : 'bad_password' },
      });
      return null;
    }
    this.throttle.succeed(username);
    return user;
  }

  /** Ends a session. */
  async logout(token: string): Promise<void> {
    const session = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.id', 'users.id as userId', 'users.org_id'])
      .where('sessions.id', '=', tokenHash(token))
      .executeTakeFirst();
    if (session === undefined) return;
    await this.audit.transaction(async (trx, record) => {
      await trx.deleteFrom('sessions').where('id', '=', session.id).execute();
      await record({
        actorUserId: session.userId,
        actorOrgId: session.org_id,
        action: 'auth.logout',
        targetType: 'user',
        targetId: session.userId,
      });
    });
  }

  /** The session behind a cookie token, sliding its expiry; null when absent or expired. */
  async authenticate(token: string): Promise<SessionInfo | null> {
    const id = tokenHash(token);
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.csrf_token',
        'sessions.expires_at',
        'users.id as userId',
        'users.username',
        'users.display_name',
        'users.org_id',
        'users.role',
        'users.disabled',
      ])
      .where('sessions.id', '=', id)
      .executeTakeFirst();
    const now = this.clock.now();
    if (row === undefined || row.disabled === 1) return null;
    if (row.expires_at <= now.toISOString()) {
      await this.db.deleteFrom('sessions').where('id', '=', id).execute();
      return null;
    }
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs).toISOString();
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString(), expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
    const role = row.role as Role;
    return {
      actor: {
        userId: row.userId,
        username: row.username,
        displayName: row.display_name,
        orgId: row.org_id,
        role,
        scope: await scopeFor(this.db, role, row.org_id),
      },
      csrfToken: row.csrf_token,
      expiresAt,
    };
  }

  /** The actor of a user by name, for work the CLI does on the host in that user's name. */
  async actorFor(username: string): Promise<Actor> {
    const u = await this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    if (u === undefined) throw noUserNamed(username);
    const role = u.role as Role;
    return {
      userId: u.id,
      username: u.username,
      displayName: u.display_name,
      orgId: u.org_id,
      role,
      scope: await scopeFor(this.db, role, u.org_id),
    };
  }

  /** Users visible to an admin (all) or to anyone else (their own organization's). */
  async listUsers(actor: Actor): Promise<UserView[]> {
    let q = this.db.selectFrom('users').selectAll().orderBy('id');
    if (actor.role !== 'admin') q = q.where('org_id', '=', actor.orgId);
    return (await q.execute()).map(toView);
  }

  /** Drops expired sessions (called periodically by the composition root). */
  async sweepSessions(): Promise<number> {
    const r = await this.db
      .deleteFrom('sessions')
      .where('expires_at', '<=', this.clock.now().toISOString())
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}

/** No user by that name, named as the console's user management names a user (用户名). */
const noUserNamed = (username: string) =>
  bilingualError(
    'PSVIS_ERR_NOT_FOUND',
    { zh: `未找到用户名为 ${username} 的用户`, en: `no user named ${username}` },
    {},
    404,
  );

function toView(u: {
  id: string;
  username: string;
  display_name: string;
  org_id: string;
  role: string;
  disabled: number;
}): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    orgId: u.org_id,
    role: u.role as Role,
    disabled: u.disabled === 1,
  };
}
