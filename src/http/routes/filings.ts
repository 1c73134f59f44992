// Filing (备案) routes: a unit drafts a filing of a system (filled from the registry), attaches the
// materials its jurisdiction asks for, submits it; the receiving police office records receipt,
// schedules and records the site visit, and accepts or returns it. (The printed form is
// GET /api/v1/filings/:id/form.pdf in inspections.ts; POST /api/v1/filings in compliance.ts records
// a filing made outside psvis.)
import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FilingChannel, FilingMaterial } from '../../compliance/types.ts';
import { MATERIAL_TYPES, MAX_MATERIAL_BYTES } from '../../governance/filings/materials.ts';
import {
  acceptBody,
  draftBody,
  filingView,
  listQuery,
  materialKind,
  noteBody,
  recordVisitBody,
  returnBody,
  scheduleVisitBody,
  submitBody,
  updateBody,
} from '../../governance/filings/schemas.ts';
import type { Filings } from '../../governance/filings/service.ts';
import { bilingualError } from '../../governance/refusal.ts';
import type { Identity } from '../../identity/identity.ts';
import { actorOf, requireSession } from '../app.ts';

const id = z.string().min(1).max(64);
const idParams = z.object({ id });

/** Registers the filing routes. */
export function filingRoutes(app: FastifyInstance, deps: { identity: Identity; filings: Filings }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['filings'];
  const svc = deps.filings;

  r.post(
    '/api/v1/systems/:id/filings',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Draft a filing (备案) of a system — first, change, removal or pre-existing — filled from the registry: unit, locations, camera count, types and point list, retention (unit_manager)',
        params: idParams,
        body: draftBody,
        response: { 201: filingView },
      },
    },
    async (req, reply) => {
      const view = await svc.draft(actorOf(req), req.params.id, req.body);
      void reply.status(201).header('location', `/api/v1/filings/${view.id}`);
      return view;
    },
  );

  r.get(
    '/api/v1/filings',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Filings of units in your scope, newest first, with their deadlines from the compliance engine (awaitingMe: addressed to your police office; overdue: past the deadline or the site visit)',
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(filingView) }) },
      },
    },
    async (req) => {
      const q = req.query;
      return {
        items: await svc.list(actorOf(req), {
          orgId: q.orgId,
          systemId: q.systemId,
          status: q.status,
          kind: q.kind,
          awaitingMe: q.awaitingMe === 'true',
          overdue: q.overdue === 'true',
          limit: q.limit,
        }),
      };
    },
  );

  r.get(
    '/api/v1/filings/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'One filing', params: idParams, response: { 200: filingView } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );

  r.patch(
    '/api/v1/filings/:id',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Change a draft or returned filing; the registry’s facts are filled again',
        params: idParams,
        body: updateBody,
        response: { 200: filingView },
      },
    },
    async (req) => svc.update(actorOf(req), req.params.id, req.body),
  );

  r.delete(
    '/api/v1/filings/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'Discard a draft never submitted', params: idParams },
    },
    async (req, reply) => {
      await svc.discard(actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  // A material is sent as itself (PDF, JPEG, PNG, zip, .docx), not as JSON: drawings outgrow the JSON body limit.
  void app.register((scoped, _opts, done) => {
    scoped.addContentTypeParser(
      Object.keys(MATERIAL_TYPES),
      { parseAs: 'buffer', bodyLimit: MAX_MATERIAL_BYTES },
      (_req, body, next) => {
        next(null, body);
      },
    );
    scoped.withTypeProvider<ZodTypeProvider>().put(
      '/api/v1/filings/:id/materials/:kind',
      {
        onRequest: authenticate,
        schema: {
          tags,
          summary:
            'Attach a material (设计方案 design_plan, 技术检测 technical_test, 验收材料 acceptance, 图纸 drawings, 建设方案 construction_plan, 点位分布 point_distribution, 拆除情况说明 removal_statement) as the request body (Content-Type application/pdf, image/jpeg, image/png, application/zip or .docx; ?filename=); kept by its SHA-256',
          params: z.object({ id, kind: materialKind }),
          querystring: z.object({ filename: z.string().trim().min(1).max(200).optional() }),
          response: { 200: filingView },
        },
      },
      async (req) => {
        const body: unknown = req.body;
        if (!Buffer.isBuffer(body)) {
          throw bilingualError(
            'PSVIS_ERR_FILING_MATERIAL',
            { zh: '请以请求正文发送材料文件', en: 'send the file as the request body' },
            {},
            415,
          );
        }
        const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
        return svc.uploadMaterial(actorOf(req), req.params.id, req.params.kind as FilingMaterial, {
          bytes: body,
          contentType,
          filename: req.query.filename ?? null,
        });
      },
    );
    done();
  });

  r.get(
    '/api/v1/filings/:id/materials/:materialId',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'A material of a filing', params: z.object({ id, materialId: id }) },
    },
    async (req, reply) => {
      const file = await svc.material(actorOf(req), req.params.id, req.params.materialId);
      void reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.bytes))
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          `attachment; filename="material-${req.params.materialId}"${file.filename !== null ? `; filename*=UTF-8''${encodeURIComponent(file.filename)}` : ''}`,
        );
      return reply.send(createReadStream(file.path));
    },
  );

  r.delete(
    '/api/v1/filings/:id/materials/:materialId',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Take a material off a draft or returned filing',
        params: z.object({ id, materialId: id }),
        response: { 200: filingView },
      },
    },
    async (req) => svc.removeMaterial(actorOf(req), req.params.id, req.params.materialId),
  );

  r.post(
    '/api/v1/filings/:id/submit',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Submit (or resubmit) a filing to the police office the jurisdiction’s profile names; refused without the materials or by a channel the texts do not name (PSVIS_ERR_FILING_MATERIALS, PSVIS_ERR_FILING_CHANNEL)',
        params: idParams,
        body: submitBody.default({}),
        response: { 200: filingView },
      },
    },
    async (req) => svc.submit(actorOf(req), req.params.id, req.body.channel as FilingChannel | undefined),
  );

  r.post(
    '/api/v1/filings/:id/receive',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The receiving police office records receipt',
        params: idParams,
        body: noteBody.default({}),
        response: { 200: filingView },
      },
    },
    async (req) => svc.receive(actorOf(req), req.params.id, req.body.note),
  );

  r.post(
    '/api/v1/filings/:id/site-visit',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'The receiving police office schedules the site visit (安徽 第十三条第二款: within 30 days of receipt, PSVIS_ERR_FILING_VISIT_DEADLINE)',
        params: idParams,
        body: scheduleVisitBody,
        response: { 200: filingView },
      },
    },
    async (req) => svc.scheduleVisit(actorOf(req), req.params.id, req.body.plannedFor, req.body.note),
  );

  r.post(
    '/api/v1/filings/:id/site-visit/record',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The receiving police office records the site visit (实地查看、指导) and what it found',
        params: idParams,
        body: recordVisitBody,
        response: { 200: filingView },
      },
    },
    async (req) => svc.recordVisit(actorOf(req), req.params.id, req.body.visitedAt, req.body.notes),
  );

  r.post(
    '/api/v1/filings/:id/accept',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The receiving police office accepts a received filing (备案编号 optional)',
        params: idParams,
        body: acceptBody.default({}),
        response: { 200: filingView },
      },
    },
    async (req) => svc.accept(actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/filings/:id/return',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The receiving police office returns a filing with reasons; the unit corrects and resubmits it',
        params: idParams,
        body: returnBody,
        response: { 200: filingView },
      },
    },
    async (req) => svc.returnFiling(actorOf(req), req.params.id, req.body.reasons),
  );
}
