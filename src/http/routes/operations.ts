// Operating records: duty-shift logs (值班记录), fault tickets and repairs, maintenance records,
// outsourced maintenance and operation agreements (国家 第十五条第二款), and the training list.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreementBody,
  agreementView,
  dutyLogBody,
  dutyLogView,
  faultBody,
  faultQuery,
  faultView,
  maintenanceBody,
  maintenanceQuery,
  maintenanceView,
  measureBody,
  rangeQuery,
  repairBody,
  terminateBody,
  trainingQuery,
  trainingView,
} from '../../governance/operations/schemas.ts';
import type { Operations } from '../../governance/operations/service.ts';
import type { Identity } from '../../identity/identity.ts';
import { actorOf, requireSession } from '../app.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const limitOnly = z.object({
  orgId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Registers the operating-record routes. */
export function operationRoutes(app: FastifyInstance, deps: { identity: Identity; operations: Operations }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(deps.identity);
  const tags = ['operations'];
  const svc = deps.operations;

  r.post(
    '/api/v1/duty-logs',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Log a duty shift of the monitoring staff (值班记录): who, from when to when, what happened',
        body: dutyLogBody,
        response: { 201: dutyLogView },
      },
    },
    async (req, reply) => {
      const out = await svc.recordDutyLog(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.get(
    '/api/v1/duty-logs',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Duty logs of organizations in your scope, latest shift first (shifts overlapping from–to)',
        querystring: rangeQuery,
        response: { 200: z.object({ items: z.array(dutyLogView) }) },
      },
    },
    async (req) => ({ items: await svc.listDutyLogs(actorOf(req), req.query) }),
  );

  r.post(
    '/api/v1/fault-tickets',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Open a fault ticket for a camera',
        body: faultBody,
        response: { 201: faultView },
      },
    },
    async (req, reply) => {
      const out = await svc.openFault(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.get(
    '/api/v1/fault-tickets',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Fault tickets of organizations in your scope, newest first',
        querystring: faultQuery,
        response: { 200: z.object({ items: z.array(faultView) }) },
      },
    },
    async (req) => ({ items: await svc.listFaults(actorOf(req), req.query) }),
  );

  r.get(
    '/api/v1/fault-tickets/:id',
    {
      onRequest: authenticate,
      schema: { tags, summary: 'One fault ticket', params: idParams, response: { 200: faultView } },
    },
    async (req) => svc.getFault(actorOf(req), req.params.id),
  );

  r.post(
    '/api/v1/fault-tickets/:id/measure',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Note the temporary measure while an open fault waits for repair (青岛 第十九条(三))',
        params: idParams,
        body: measureBody,
        response: { 200: faultView },
      },
    },
    async (req) => svc.measureFault(actorOf(req), req.params.id, req.body.temporaryMeasure),
  );

  r.post(
    '/api/v1/fault-tickets/:id/repair',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Record the repair of an open fault (a maintenance record of kind repair goes with it)',
        params: idParams,
        body: repairBody,
        response: { 200: faultView },
      },
    },
    async (req) => svc.repairFault(actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/maintenance-records',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Record maintenance of a system: periodic check, repair, upgrade',
        body: maintenanceBody,
        response: { 201: maintenanceView },
      },
    },
    async (req, reply) => {
      const out = await svc.recordMaintenance(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.get(
    '/api/v1/maintenance-records',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Maintenance records of organizations in your scope, latest first',
        querystring: maintenanceQuery,
        response: { 200: z.object({ items: z.array(maintenanceView) }) },
      },
    },
    async (req) => ({ items: await svc.listMaintenance(actorOf(req), req.query) }),
  );

  r.post(
    '/api/v1/outsourcing-agreements',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Record an outsourced maintenance or operation agreement; refused without the clauses the articles in force ask for (国家 第十五条第二款: 安全保密; PSVIS_ERR_AGREEMENT_CLAUSES)',
        body: agreementBody,
        response: { 201: agreementView },
      },
    },
    async (req, reply) => {
      const out = await svc.recordAgreement(actorOf(req), req.body);
      void reply.status(201);
      return out;
    },
  );

  r.get(
    '/api/v1/outsourcing-agreements',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'Outsourcing agreements of organizations in your scope, newest first',
        querystring: limitOnly,
        response: { 200: z.object({ items: z.array(agreementView) }) },
      },
    },
    async (req) => ({ items: await svc.listAgreements(actorOf(req), req.query) }),
  );

  r.post(
    '/api/v1/outsourcing-agreements/:id/terminate',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: 'End an agreement',
        params: idParams,
        body: terminateBody,
        response: { 200: agreementView },
      },
    },
    async (req) => svc.terminateAgreement(actorOf(req), req.params.id, req.body),
  );

  r.get(
    '/api/v1/training-records',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary:
          'Training sessions of organizations in your scope, latest first (kind: job_skills 岗位技能, confidentiality 保密, security 安全知识, vetting 入职审查)',
        querystring: trainingQuery,
        response: { 200: z.object({ items: z.array(trainingView) }) },
      },
    },
    async (req) => ({ items: await svc.listTraining(actorOf(req), req.query) }),
  );
}
