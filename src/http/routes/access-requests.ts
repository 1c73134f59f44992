// Access request routes: footage access by the police and other organs (查阅/复制/调取), direct
// connection to a unit's system, citizens' requests; approval routed by the jurisdiction's profile,
// the approval document and its scan, two-officer sittings, and each request's register as JSON.
import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionBinding } from '../../delivery/footage-gate.ts';
import { MAX_SCAN_BYTES, SCAN_TYPES } from '../../governance/access/policy.ts';
import {
  approveBody,
  consentBody,
  createBody,
  listQuery,
  reasonBody,
  registerSheet,
  requestView,
  sittingBody,
  sittingView,
} from '../../governance/access/schemas.ts';
import type { AccessGovernance } from '../../governance/access/service.ts';
import { bilingualError } from '../../governance/refusal.ts';
import type { Identity } from '../../identity/identity.ts';
import { SESSION_COOKIE, actorOf, requireSession } from '../app.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** Registers the access request routes. */
export function accessRequestRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; access: AccessGovernance },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['access requests'];
  const svc = deps.access.requests;

  r.post(
    '/api/v1/access-requests',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Request footage access (查阅/复制/调取), a direct connection, or record a citizen’s request; routed to the approver the jurisdiction’s profile names',
        body: createBody,
        response: { 201: requestView },
      },
    },
    async (req, reply) => {
      const view = await svc.create(actorOf(req), req.body);
      void reply.status(201).header('location', `/api/v1/access-requests/${view.id}`);
      return view;
    },
  );

  r.get(
    '/api/v1/access-requests',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Access requests you may see (your unit’s, your organ’s, routed to you, in your jurisdiction), newest first',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(requestView) }) },
      },
    },
    async (req) => {
      const q = req.query;
      const items = await svc.list(actorOf(req), {
        status: q.status,
        type: q.type,
        awaitingMe: q.awaitingMe === 'true',
        emergencyUnapproved: q.emergencyUnapproved === 'true',
        limit: q.limit,
      });
      return { items };
    },
  );

  r.get(
    '/api/v1/access-requests/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'One access request', params: idParams, response: { 200: requestView } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );

  r.post(
    '/api/v1/access-requests/:id/approve',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Approve an organ’s request with the approval document (批准文件); only the routed role and organ level may',
        params: idParams,
        body: approveBody,
        response: { 200: requestView },
      },
    },
    async (req) => svc.approve(actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/access-requests/:id/consent',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The unit agrees to a citizen’s request (国家 第二十一条)',
        params: idParams,
        body: consentBody,
        response: { 200: requestView },
      },
    },
    async (req) => svc.consent(actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/access-requests/:id/refuse',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Refuse a pending request, with reasons',
        params: idParams,
        body: reasonBody,
        response: { 200: requestView },
      },
    },
    async (req) => svc.refuse(actorOf(req), req.params.id, req.body.reason),
  );

  r.post(
    '/api/v1/access-requests/:id/revoke',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'End an approved grant early, with reasons',
        params: idParams,
        body: reasonBody,
        response: { 200: requestView },
      },
    },
    async (req) => svc.revoke(actorOf(req), req.params.id, req.body.reason),
  );

  // The scan is sent as itself (PDF, JPEG, PNG), not as JSON: a scanned document outgrows the JSON body limit.
  void app.register((scoped, _opts, done) => {
    scoped.addContentTypeParser(
      Object.keys(SCAN_TYPES),
      { parseAs: 'buffer', bodyLimit: MAX_SCAN_BYTES },
      (_req, body, next) => {
        next(null, body);
      },
    );
    scoped.withTypeProvider<ZodTypeProvider>().put(
      '/api/v1/access-requests/:id/approval-document',
      {
        onRequest: authenticate,
        schema: {
          tags,
          summary:
            'Upload the approval document’s scan (Content-Type application/pdf, image/jpeg or image/png; ?filename=); kept by its SHA-256',
          params: idParams,
          querystring: z.object({ filename: z.string().trim().min(1).max(200).optional() }),
          response: { 200: requestView },
        },
      },
      async (req) => {
        const body: unknown = req.body;
        if (!Buffer.isBuffer(body)) {
          throw bilingualError(
            'PSVIS_ERR_APPROVAL_DOCUMENT',
            { zh: '请以请求正文发送扫描件', en: 'send the scan as the request body' },
            {},
            415,
          );
        }
        const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
        return svc.storeScan(actorOf(req), req.params.id, {
          bytes: body,
          contentType,
          filename: req.query.filename ?? null,
        });
      },
    );
    done();
  });

  r.get(
    '/api/v1/access-requests/:id/approval-document',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'The approval document’s scan', params: idParams },
    },
    async (req, reply) => {
      const scan = await svc.scan(actorOf(req), req.params.id);
      void reply
        .header('content-type', scan.contentType)
        .header('content-length', String(scan.bytes))
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="approval-${req.params.id}"${scan.filename !== null ? `; filename*=UTF-8''${encodeURIComponent(scan.filename)}` : ''}`,
        );
      return reply.send(createReadStream(scan.path));
    },
  );

  r.post(
    '/api/v1/access-requests/:id/sittings',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Open a sitting in this session: a named officer with the second officer’s password (or a unit handler with a citizen); footage opens only inside it',
        params: idParams,
        body: sittingBody,
        response: { 201: sittingView },
      },
    },
    async (req, reply) => {
      const binding = sessionBinding(req.cookies[SESSION_COOKIE]);
      if (binding === null) {
        throw bilingualError('PSVIS_ERR_UNAUTHENTICATED', { zh: '请先登录', en: 'sign in first' }, {}, 401);
      }
      const sitting = await deps.access.sittings.open(actorOf(req), binding, req.ip, req.params.id, req.body);
      void reply.status(201);
      return sitting;
    },
  );

  r.post(
    '/api/v1/access-requests/:id/sittings/:sittingId/close',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Close a sitting',
        params: z.object({ id: z.string().min(1).max(64), sittingId: z.string().min(1).max(64) }),
        response: { 200: sittingView },
      },
    },
    async (req) => deps.access.sittings.close(actorOf(req), req.params.id, req.params.sittingId),
  );

  r.get(
    '/api/v1/access-requests/:id/register',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'The access register of one request (every view and copy under it) with the fields its jurisdiction names, for the printed register form',
        params: idParams,
        response: { 200: registerSheet },
      },
    },
    async (req) => deps.access.registerSheet(actorOf(req), req.params.id),
  );
}
