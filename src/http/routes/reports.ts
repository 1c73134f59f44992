// Suspicious-information report routes (可疑信息报告): operators report from the live wall or
// playback, the clip is held; the police acknowledge and handle; the overdue list feeds the police
// overview (安徽 第二十七条(五)).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ackBody, createBody, listQuery, noteBody, reportView } from '../../governance/reports/schemas.ts';
import type { SuspiciousReports } from '../../governance/reports/service.ts';
import type { Identity } from '../../identity/identity.ts';
import { actorOf, requireSession } from '../app.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** Registers the report routes. */
export function reportRoutes(app: FastifyInstance, deps: { identity: Identity; reports: SuspiciousReports }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['reports'];
  const svc = deps.reports;

  r.post(
    '/api/v1/reports',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Report suspicious information seen on a camera (unit_operator, unit_manager) to the police and, where the profile says so, the industry regulator; the two minutes either side are held as a case',
        body: createBody,
        response: { 201: reportView },
      },
    },
    async (req, reply) => {
      const view = await svc.create(actorOf(req), req.body);
      void reply.status(201).header('location', `/api/v1/reports/${view.id}`);
      return view;
    },
  );

  r.get(
    '/api/v1/reports',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Reports of units in your scope, newest first; overdue=true keeps those the police have not handled in time (安徽 第二十七条(五))',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(reportView), overdueAfterHours: z.number() }) },
      },
    },
    async (req) => {
      const q = req.query;
      const items = await svc.list(actorOf(req), {
        orgId: q.orgId,
        cameraId: q.cameraId,
        status: q.status,
        overdue: q.overdue === 'true',
        limit: q.limit,
      });
      return { items, overdueAfterHours: svc.overdueHours };
    },
  );

  r.get(
    '/api/v1/reports/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'One report', params: idParams, response: { 200: reportView } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );

  r.post(
    '/api/v1/reports/:id/acknowledge',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'A police office the report went to acknowledges it',
        params: idParams,
        body: ackBody.default({}),
        response: { 200: reportView },
      },
    },
    async (req) => svc.acknowledge(actorOf(req), req.params.id, req.body.note),
  );

  r.post(
    '/api/v1/reports/:id/handle',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'A police office the report went to records how it handled it',
        params: idParams,
        body: noteBody,
        response: { 200: reportView },
      },
    },
    async (req) => svc.handle(actorOf(req), req.params.id, req.body.note),
  );

  r.post(
    '/api/v1/reports/:id/notes',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Add a note: the reporting unit (more of what it saw) or a police office the report went to',
        params: idParams,
        body: noteBody,
        response: { 200: reportView },
      },
    },
    async (req) => svc.addNote(actorOf(req), req.params.id, req.body.note),
  );
}
