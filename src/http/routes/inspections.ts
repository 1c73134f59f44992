import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FINE_TIERS, OFFENDER_KINDS } from '../../governance/inspections/penalties.ts';
import type { PenaltyDecisions } from '../../governance/inspections/decisions.ts';
import type { Inspections } from '../../governance/inspections/service.ts';
import { INSPECTION_KINDS, ITEM_RESULTS } from '../../governance/inspections/views.ts';
import type { Documents } from '../../governance/pdf/documents.ts';
import type { Identity } from '../../identity/identity.ts';
import { actorOf, requireSession } from '../app.ts';

const isoDay = z.iso.date().describe('YYYY-MM-DD (Beijing date)');
const iso = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const limit = z.coerce.number().int().min(1).max(500).default(100);

const prefillState = z.enum(['ok', 'due', 'overdue', 'violated', 'needs_evidence', 'not_known', 'not_applicable']);
const itemView = z.object({
  id: z.string(),
  seq: z.number(),
  heading: z.string().describe('construction | upgrade | operation | filing | other (腾冲 第二十八条(一)–(五))'),
  ruleId: z.string(),
  article: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  penaltyArticle: z.string().nullable(),
  prefillState: prefillState.describe('what psvis knew before the inspection'),
  prefill: z.object({
    facts: z.array(
      z.object({
        subjectRef: z.string().nullable(),
        subjectName: z.string().nullable(),
        state: z.string().nullable(),
        noteZh: z.string().nullable(),
        dueDate: z.string().nullable(),
      }),
    ),
    omitted: z.number(),
  }),
  result: z.enum(ITEM_RESULTS).nullable(),
  resultNote: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string().nullable(),
});
const inspectionFields = {
  id: z.string(),
  orgId: z.string(),
  inspectorOrgId: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  orderId: z.string().nullable(),
  plannedFor: z.string(),
  asOf: z.string(),
  profileIds: z.array(z.string()),
  basis: z.array(z.object({ article: z.string(), statementZh: z.string() })),
  inspectors: z.array(z.string()),
  notes: z.string().nullable(),
  status: z.enum(['planned', 'completed']),
  summary: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
};
const inspectionView = z.object({ ...inspectionFields, items: z.array(itemView) });
const orderView = z.object({
  id: z.string(),
  orgId: z.string(),
  inspectionId: z.string(),
  documentNo: z.string().nullable(),
  items: z.array(
    z.object({
      itemId: z.string(),
      ruleId: z.string(),
      article: z.string(),
      titleZh: z.string(),
      note: z.string().nullable(),
      penaltyArticle: z.string().nullable(),
      penaltyTrigger: z.string().nullable(),
      penaltyRangeZh: z.string().nullable(),
    }),
  ),
  deadline: z.string(),
  note: z.string().nullable(),
  status: z.enum(['open', 'rectified', 'escalated']),
  issuerOrgId: z.string(),
  issuedBy: z.string(),
  issuedAt: z.string(),
  closedAt: z.string().nullable(),
  closedByInspectionId: z.string().nullable(),
});
const fine = z.object({
  offender: z.string(),
  minYuan: z.number(),
  maxYuan: z.number(),
  tier: z.string().optional(),
});
const decisionView = z.object({
  id: z.string(),
  orgId: z.string(),
  orderId: z.string().nullable(),
  documentNo: z.string().nullable(),
  article: z.string(),
  trigger: z.string(),
  offenderKind: z.enum(OFFENDER_KINDS),
  offenderName: z.string(),
  tier: z.string().nullable(),
  amountYuan: z.number().nullable(),
  warning: z.boolean(),
  otherMeasures: z.array(z.string()),
  facts: z.string(),
  seriousConsequences: z.string().nullable(),
  offenceDate: z.string(),
  rangeZh: z.string(),
  deciderOrgId: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

const sendPdf = (reply: FastifyReply, name: string, pdf: Buffer) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${name}.pdf"`)
    .header('cache-control', 'no-store')
    .send(pdf);

/**
 * Supervision: inspections with generated checklists (监督检查), rectification orders
 * (责令限期改正), penalty decisions checked against the article's range, and the printable forms
 * (inspection notice, rectification order, filing form, access register form).
 */
export function inspectionRoutes(
  app: FastifyInstance,
  deps: { identity: Identity; inspections: Inspections; decisions: PenaltyDecisions; documents: Documents },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['supervision'];
  const svc = deps.inspections;

  r.post(
    '/api/v1/inspections',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Plan an inspection of a unit in your scope (police, regulator); its checklist is generated from the rules in force and pre-filled with what psvis knows',
        body: z
          .object({
            orgId: id,
            plannedFor: isoDay,
            kind: z.enum(INSPECTION_KINDS).default('routine'),
            orderId: id.optional().describe('re-inspections: the rectification order followed up'),
            inspectors: z.array(text(100)).min(1).max(20),
            notes: z.string().trim().max(2000).optional(),
          })
          .strict(),
        response: { 201: inspectionView },
      },
    },
    async (req, reply) => {
      const out = await svc.plan(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.get(
    '/api/v1/inspections',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Inspections of units in your scope, newest first',
        querystring: z.object({ orgId: id.optional(), status: z.enum(['planned', 'completed']).optional(), limit }),
        response: { 200: z.object({ items: z.array(z.object(inspectionFields)) }) },
      },
    },
    async (req) => ({ items: await svc.list(actorOf(req), req.query) }),
  );

  r.get(
    '/api/v1/inspections/:id',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'One inspection with its checklist',
        params: z.object({ id }),
        response: { 200: inspectionView },
      },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );

  r.post(
    '/api/v1/inspections/:id/results',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Record checklist results (a non-compliant line needs a note)',
        params: z.object({ id }),
        body: z
          .object({
            results: z
              .array(
                z
                  .object({ itemId: id, result: z.enum(ITEM_RESULTS), note: z.string().trim().max(2000).optional() })
                  .strict(),
              )
              .min(1)
              .max(500),
          })
          .strict(),
        response: { 200: inspectionView },
      },
    },
    async (req) => svc.recordResults(actorOf(req), req.params.id, req.body.results),
  );

  r.post(
    '/api/v1/inspections/:id/complete',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Complete an inspection once every line has a result; a re-inspection closes its order, or escalates it when still not corrected after the deadline',
        params: z.object({ id }),
        body: z
          .object({ summary: z.string().trim().max(4000).optional() })
          .strict()
          .default({}),
        response: { 200: inspectionView.extend({ order: orderView.nullable() }) },
      },
    },
    async (req) => svc.complete(actorOf(req), req.params.id, req.body.summary),
  );

  r.get(
    '/api/v1/inspections/:id/notice.pdf',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The inspection notice (监督检查通知书) with its checklist and results, as a PDF',
        params: z.object({ id }),
      },
    },
    async (req, reply) =>
      sendPdf(reply, `inspection-${req.params.id}`, await deps.documents.inspectionNotice(actorOf(req), req.params.id)),
  );

  r.post(
    '/api/v1/rectification-orders',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Order the non-compliant lines of a completed inspection corrected by a deadline (责令限期改正; police_approver)',
        body: z
          .object({
            inspectionId: id,
            deadline: isoDay.describe('last day to correct; a later day than today'),
            itemIds: z.array(id).min(1).max(500).optional().describe('default: every non-compliant line'),
            documentNo: z.string().trim().min(1).max(100).optional(),
            note: z.string().trim().max(2000).optional(),
          })
          .strict(),
        response: { 201: orderView },
      },
    },
    async (req, reply) => {
      const out = await svc.issueOrder(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.get(
    '/api/v1/rectification-orders',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Rectification orders of units in your scope, newest first',
        querystring: z.object({
          orgId: id.optional(),
          status: z.enum(['open', 'rectified', 'escalated']).optional(),
          limit,
        }),
        response: { 200: z.object({ items: z.array(orderView) }) },
      },
    },
    async (req) => ({ items: await svc.listOrders(actorOf(req), req.query) }),
  );

  r.get(
    '/api/v1/rectification-orders/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'One rectification order', params: z.object({ id }), response: { 200: orderView } },
    },
    async (req) => svc.getOrder(actorOf(req), req.params.id),
  );

  r.get(
    '/api/v1/rectification-orders/:id/order.pdf',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The rectification order (责令限期改正通知书) as a PDF',
        params: z.object({ id }),
      },
    },
    async (req, reply) =>
      sendPdf(reply, `order-${req.params.id}`, await deps.documents.rectificationOrder(actorOf(req), req.params.id)),
  );

  r.get(
    '/api/v1/penalty-articles',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Penalty articles in force for a unit on a date: trigger, measures, fine ranges per offender and tier, and the rules they punish',
        querystring: z.object({ orgId: id, date: isoDay.optional().describe('the offence date; default today') }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                article: z.string(),
                trigger: z.string(),
                measuresZh: z.array(z.string()).readonly(),
                fines: z.array(fine).readonly(),
                rangeZh: z.string(),
                rangeEn: z.string(),
                profileId: z.string(),
                punishes: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await deps.decisions.penaltyArticles(actorOf(req), req.query.orgId, req.query.date) }),
  );

  r.post(
    '/api/v1/penalty-decisions',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          "Record a penalty decision (police_approver): the article must be in force for the unit on the offence date, its trigger met, and the amount inside the article's range for the offender (PSVIS_ERR_PENALTY_ARTICLE, _PRECONDITION, _RANGE; audited)",
        body: z
          .object({
            orgId: id,
            orderId: id.optional().describe('the escalated order, for articles that fine after a missed deadline'),
            documentNo: z.string().trim().min(1).max(100).optional(),
            article: text(60).describe("as the texts cite it, e.g. '辽宁 第二十二条', '安徽 第二十五条'"),
            offenderKind: z.enum(OFFENDER_KINDS),
            offenderName: text(200),
            tier: z
              .enum(FINE_TIERS as [string, ...string[]])
              .optional()
              .describe('where the article tiers fines: 安徽 第二十五条 profit tiers, 青岛 business or not'),
            amountYuan: z.number().int().positive().max(10_000_000).optional(),
            warning: z.boolean().optional(),
            otherMeasures: z.array(text(200)).max(20).optional(),
            facts: text(4000).describe('违法事实'),
            seriousConsequences: z.string().trim().max(4000).optional(),
            offenceDate: isoDay.optional().describe('the rules in force that day apply; default today'),
          })
          .strict(),
        response: { 201: decisionView },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const out = await deps.decisions.decide(actorOf(req), {
        ...b,
        tier: b.tier as (typeof FINE_TIERS)[number] | undefined,
      });
      void reply.status(201);
      return out;
    },
  );

  r.get(
    '/api/v1/penalty-decisions',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Penalty decisions of units in your scope, newest first',
        querystring: z.object({ orgId: id.optional(), limit }),
        response: { 200: z.object({ items: z.array(decisionView) }) },
      },
    },
    async (req) => ({ items: await deps.decisions.listDecisions(actorOf(req), req.query) }),
  );

  r.get(
    '/api/v1/penalty-decisions/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'One penalty decision', params: z.object({ id }), response: { 200: decisionView } },
    },
    async (req) => deps.decisions.getDecision(actorOf(req), req.params.id),
  );

  r.get(
    '/api/v1/filings/:id/form.pdf',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The filing form (备案登记表) of a recorded filing, as a PDF',
        params: z.object({ id }),
      },
    },
    async (req, reply) =>
      sendPdf(reply, `filing-${req.params.id}`, await deps.documents.filingForm(actorOf(req), req.params.id)),
  );

  r.get(
    '/api/v1/access-register/form.pdf',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'The access register form (查阅、复制、调取登记表) of a unit or a camera over a period, as a PDF',
        querystring: z.object({
          orgId: id.optional(),
          cameraId: id.optional(),
          from: iso.optional(),
          to: iso.optional(),
        }),
      },
    },
    async (req, reply) =>
      sendPdf(reply, 'access-register', await deps.documents.accessRegisterForm(actorOf(req), req.query)),
  );
}
