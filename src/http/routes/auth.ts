import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Identity } from '../../identity/identity.ts';
import { ROLES } from '../../identity/roles.ts';
import { actorOf, requireRole, requireSession, SESSION_COOKIE } from '../app.ts';

const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
});
const sessionView = z.object({ user: userView, csrfToken: z.string(), expiresAt: z.string() });

/** Login, logout, the current session, and user administration. */
export function authRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; secureCookie: boolean; sessionTtlMs: number },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const auth = requireSession(deps.identity);
  r.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an HTTP-only session cookie and returns the CSRF token to send as x-csrf-token',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) }).strict(),
        response: { 200: sessionView },
      },
    },
    async (req, reply) => {
      const result = await deps.identity.login(req.body.username, req.body.password, req.ip);
      void reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.secureCookie,
        path: '/',
        maxAge: Math.floor(deps.sessionTtlMs / 1000),
      });
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt };
    },
  );
  r.post(
    '/api/v1/auth/logout',
    {
      onRequest: auth,
      schema: { tags: ['auth'], summary: 'Sign out', response: { 200: z.object({ ok: z.literal(true) }) } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token !== undefined) await deps.identity.logout(token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
  r.get(
    '/api/v1/auth/session',
    { onRequest: auth, schema: { tags: ['auth'], summary: 'The current session', response: { 200: sessionView } } },
    (req) => {
      const a = actorOf(req);
      const s = req.session;
      return {
        user: {
          id: a.userId,
          username: a.username,
          displayName: a.displayName,
          orgId: a.orgId,
          role: a.role,
          disabled: false,
        },
        csrfToken: s?.csrfToken ?? '',
        expiresAt: s?.expiresAt ?? '',
      };
    },
  );
  r.get(
    '/api/v1/auth/state',
    {
      schema: {
        tags: ['auth'],
        summary:
          'The current session or null: what a page asks at load, answered 200 either way (GET /api/v1/auth/session answers 401 without one)',
        response: { 200: z.object({ session: sessionView.nullable() }) },
      },
    },
    async (req) => {
      const token = req.cookies[SESSION_COOKIE];
      const s = token === undefined ? null : await deps.identity.authenticate(token);
      if (s === null) return { session: null };
      const a = s.actor;
      return {
        session: {
          user: {
            id: a.userId,
            username: a.username,
            displayName: a.displayName,
            orgId: a.orgId,
            role: a.role,
            disabled: false,
          },
          csrfToken: s.csrfToken,
          expiresAt: s.expiresAt,
        },
      };
    },
  );
  r.get(
    '/api/v1/users',
    {
      onRequest: auth,
      schema: {
        tags: ['users'],
        summary: "Users (admin: all; others: their organization's)",
        response: { 200: z.object({ items: z.array(userView) }) },
      },
    },
    async (req) => ({ items: await deps.identity.listUsers(actorOf(req)) }),
  );
  r.post(
    '/api/v1/users',
    {
      onRequest: auth,
      schema: {
        tags: ['users'],
        summary: 'Create a user (admin)',
        body: z
          .object({
            username: z
              .string()
              .trim()
              .min(1)
              .max(64)
              .regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits and _ . @ -'),
            displayName: z.string().trim().min(1).max(100).optional(),
            orgId: z.string(),
            role: z.enum(ROLES),
            password: z.string(),
          })
          .strict(),
        response: { 201: userView },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ['admin'], 'create users');
      const user = await deps.identity.createUser(req.body, actor);
      void reply.status(201);
      return user;
    },
  );
}
