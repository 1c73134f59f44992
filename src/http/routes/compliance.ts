import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { LOCATION_CATEGORIES, PLACE_CATEGORIES } from '../../compliance/categories.ts';
import { PROFILES } from '../../compliance/profiles/index.ts';
import type { ComplianceService } from '../../compliance/service.ts';
import type { ComplianceRecords } from '../../governance/records.ts';
import { TRAINING_KINDS } from '../../governance/operations/schemas.ts';
import type { Identity } from '../../identity/identity.ts';
import type { Registry } from '../../registry/registry.ts';
import { scopeOrgIds } from '../../registry/scoping.ts';
import { actorOf, requireSession } from '../app.ts';

const isoDay = z.iso.date().describe('YYYY-MM-DD (Beijing date)');
const instant = z.iso.datetime({ offset: true }).or(z.iso.date());
const created = z.object({ id: z.string() });

const penalty = z
  .object({
    article: z.string(),
    trigger: z.string(),
    rangeZh: z.string(),
    rangeEn: z.string(),
    measuresZh: z.array(z.string()).readonly(),
  })
  .loose();
const finding = z.object({
  ruleId: z.string(),
  article: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  state: z.enum(['ok', 'due', 'overdue', 'violated', 'needs_evidence']),
  dueDate: z.string().optional(),
  subjectRef: z.string(),
  noteZh: z.string().optional(),
  noteEn: z.string().optional(),
  penalty: penalty.optional(),
});

// The shapes of src/compliance/categories.ts, so the console's selects are typed.
const placeCategory = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  mandatory: z
    .array(z.object({ profileId: z.string(), article: z.string(), builder: z.enum(['government', 'unit']) }))
    .readonly(),
});
const locationCategory = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  prohibitedBy: z.array(z.object({ profileId: z.string(), article: z.string() })).readonly(),
});

/** Categories, profiles, findings, and the records that show duties done. */
export function complianceRoutes(
  app: FastifyInstance,
  deps: {
    identity: Identity;
    registry: Registry;
    compliance: ComplianceService;
    records: ComplianceRecords;
    /** Today, for findings asked without asOf: the installation's clock, so a moved clock moves the findings. */
    clock: Clock;
  },
): void {
  const clock = deps.clock;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['compliance'];

  r.get(
    '/api/v1/categories',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Place and location category codes, with the articles that require or prohibit cameras there',
        response: { 200: z.object({ places: z.array(placeCategory), locations: z.array(locationCategory) }) },
      },
    },
    () => ({ places: [...PLACE_CATEGORIES], locations: [...LOCATION_CATEGORIES] }),
  );

  r.get(
    '/api/v1/compliance/profiles',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Jurisdiction profiles with their effective dates and rules',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                jurisdictionZh: z.string(),
                jurisdictionEn: z.string(),
                instrumentZh: z.string(),
                effectiveFrom: z.string(),
                effectiveTo: z.string().nullable(),
                rules: z.array(
                  z.object({
                    id: z.string(),
                    article: z.string(),
                    kind: z.string(),
                    titleZh: z.string(),
                    titleEn: z.string(),
                    statementZh: z.string(),
                    statementEn: z.string(),
                    psvisDoes: z.string(),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    () => ({
      items: Object.values(PROFILES).map((p) => ({
        id: p.id,
        jurisdictionZh: p.jurisdictionZh,
        jurisdictionEn: p.jurisdictionEn,
        instrumentZh: p.instrumentZh,
        effectiveFrom: p.effectiveFrom,
        effectiveTo: p.effectiveTo ?? null,
        rules: p.rules.map((x) => ({
          id: x.id,
          article: x.article,
          kind: x.kind,
          titleZh: x.titleZh,
          titleEn: x.titleEn,
          statementZh: x.statementZh,
          statementEn: x.statementEn,
          psvisDoes: x.psvisDoes,
        })),
      })),
    }),
  );

  r.get(
    '/api/v1/compliance/findings',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Findings per organization in your scope: rule, article, state, due date, penalty range',
        querystring: z.object({
          orgId: z.string().optional(),
          systemId: z.string().optional(),
          asOf: isoDay.optional().describe('replay the rules in force on a past date; default today'),
          state: z.enum(['ok', 'due', 'overdue', 'violated', 'needs_evidence']).optional(),
        }),
        response: {
          200: z.object({
            asOf: z.string(),
            organizations: z.array(
              z.object({
                orgId: z.string(),
                orgName: z.string(),
                profileIds: z.array(z.string()),
                findings: z.array(finding),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      let orgIds: string[] | null;
      if (q.systemId !== undefined) orgIds = [(await deps.registry.getSystem(actor, q.systemId)).orgId];
      else if (q.orgId !== undefined) orgIds = [(await deps.registry.getOrganization(actor, q.orgId)).id];
      else orgIds = await scopeOrgIds(deps.identity.db, actor.scope);
      const asOf = q.asOf === undefined ? clock.now() : new Date(`${q.asOf}T12:00:00+08:00`);
      const organizations = await deps.compliance.findings(orgIds, asOf, { systemId: q.systemId });
      return {
        asOf: asOf.toISOString(),
        organizations: organizations.map((o) => ({
          ...o,
          // Finding's readonly arrays are what the response schema validates; only the type differs.
          findings: (q.state === undefined
            ? o.findings
            : o.findings.filter((f) => f.state === q.state)) as unknown as z.infer<typeof finding>[],
        })),
      };
    },
  );

  r.post(
    '/api/v1/compliance/advisory-marks',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Mark an advisory duty (专家论证, 资质, 同步设计…) done with its evidence',
        body: z
          .object({
            orgId: z.string().optional(),
            ruleId: z.string(),
            doneAt: instant,
            evidenceRef: z.string().trim().min(1).max(500),
          })
          .strict(),
        response: { 201: created },
      },
    },
    async (req, reply) => {
      const out = await deps.records.markAdvisory(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.post(
    '/api/v1/training-records',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Record a training session of monitoring and management staff',
        body: z
          .object({
            orgId: z.string().optional(),
            heldAt: instant,
            topic: z.string().trim().min(1).max(300),
            kinds: z
              .array(z.enum(TRAINING_KINDS))
              .max(TRAINING_KINDS.length)
              .optional()
              .describe('job_skills 岗位技能, confidentiality 保密, security 安全知识, vetting 入职审查'),
            attendees: z.number().int().min(1).max(100_000),
            evidenceRef: z.string().trim().max(500).optional(),
          })
          .strict(),
        response: { 201: created },
      },
    },
    async (req, reply) => {
      const out = await deps.records.recordTraining(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.post(
    '/api/v1/filings',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Record a filing (备案) submitted to the police for a system',
        body: z
          .object({
            systemId: z.string(),
            kind: z.enum(['first', 'change', 'removal', 'pre_existing']),
            submittedAt: instant.optional(),
            noticeGivenAt: instant
              .optional()
              .describe('removals: when the police were told in advance (安徽 第十五条)'),
            reference: z.string().trim().max(200).optional(),
            channel: z.string().trim().max(50).optional(),
          })
          .strict(),
        response: { 201: created },
      },
    },
    async (req, reply) => {
      const out = await deps.records.recordFiling(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );
}
