import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Identity } from '../../identity/identity.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Page, Registry } from '../../registry/registry.ts';
import * as S from '../../registry/schemas.ts';
import { actorOf, requireSession } from '../app.ts';

/** The five operations of one registry collection, bound to the service. */
interface Collection<C, U, V, F> {
  path: string;
  noun: string;
  create: z.ZodType<C>;
  update: z.ZodType<U>;
  view: z.ZodType<V>;
  filter: z.ZodType<F>;
  list(actor: Actor, f: F): Promise<Page<V>>;
  get(actor: Actor, id: string): Promise<V>;
  add(actor: Actor, body: C): Promise<V>;
  change(actor: Actor, id: string, body: U): Promise<V>;
  remove(actor: Actor, id: string): Promise<void>;
}

const idParams = z.object({ id: z.string().min(1).max(64) });

function collectionRoutes<C, U, V, F>(app: FastifyInstance, identity: Identity, c: Collection<C, U, V, F>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const authenticate = requireSession(identity);
  const tags = ['registry'];
  r.get(
    c.path,
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: `List ${c.noun}s in your scope (cursor pagination)`,
        querystring: c.filter,
        response: { 200: S.pageOf(c.view) },
      },
    },
    (req) => c.list(actorOf(req), req.query as F),
  );
  r.get(
    `${c.path}/:id`,
    {
      onRequest: authenticate,
      schema: { tags, summary: `One ${c.noun}`, params: idParams, response: { 200: c.view } },
    },
    (req) => c.get(actorOf(req), req.params.id),
  );
  r.post(
    c.path,
    {
      onRequest: authenticate,
      schema: { tags, summary: `Register a ${c.noun}`, body: c.create, response: { 201: c.view } },
    },
    async (req, reply) => {
      const v = await c.add(actorOf(req), req.body as C);
      void reply.status(201);
      return v;
    },
  );
  r.patch(
    `${c.path}/:id`,
    {
      onRequest: authenticate,
      schema: { tags, summary: `Change a ${c.noun}`, params: idParams, body: c.update, response: { 200: c.view } },
    },
    (req) => c.change(actorOf(req), req.params.id, req.body as U),
  );
  r.delete(
    `${c.path}/:id`,
    {
      onRequest: authenticate,
      schema: { tags, summary: `Delete a ${c.noun}`, params: idParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await c.remove(actorOf(req), req.params.id);
      void reply.status(204);
      return null;
    },
  );
}

/** REST CRUD under /api/v1 for jurisdictions, organizations, sites, systems and cameras. */
export function registryRoutes(app: FastifyInstance, deps: { identity: Identity; registry: Registry }): void {
  const g = deps.registry;
  const base = '/api/v1';
  collectionRoutes(app, deps.identity, {
    path: `${base}/jurisdictions`,
    noun: 'jurisdiction',
    create: S.jurisdictionCreate,
    update: S.jurisdictionUpdate,
    view: S.jurisdictionView,
    filter: S.filters.jurisdictions,
    list: (a, f) => g.listJurisdictions(a, f),
    get: (a, id) => g.getJurisdiction(a, id),
    add: (a, b) => g.createJurisdiction(a, b),
    change: (a, id, b) => g.updateJurisdiction(a, id, b),
    remove: (a, id) => g.deleteJurisdiction(a, id),
  });
  collectionRoutes(app, deps.identity, {
    path: `${base}/organizations`,
    noun: 'organization',
    create: S.organizationCreate,
    update: S.organizationUpdate,
    view: S.organizationView,
    filter: S.filters.organizations,
    list: (a, f) => g.listOrganizations(a, f),
    get: (a, id) => g.getOrganization(a, id),
    add: (a, b) => g.createOrganization(a, b),
    change: (a, id, b) => g.updateOrganization(a, id, b),
    remove: (a, id) => g.deleteOrganization(a, id),
  });
  collectionRoutes(app, deps.identity, {
    path: `${base}/sites`,
    noun: 'site',
    create: S.siteCreate,
    update: S.siteUpdate,
    view: S.siteView,
    filter: S.filters.sites,
    list: (a, f) => g.listSites(a, f),
    get: (a, id) => g.getSite(a, id),
    add: (a, b) => g.createSite(a, b),
    change: (a, id, b) => g.updateSite(a, id, b),
    remove: (a, id) => g.deleteSite(a, id),
  });
  collectionRoutes(app, deps.identity, {
    path: `${base}/systems`,
    noun: 'system',
    create: S.systemCreate,
    update: S.systemUpdate,
    view: S.systemView,
    filter: S.filters.systems,
    list: (a, f) => g.listSystems(a, f),
    get: (a, id) => g.getSystem(a, id),
    add: (a, b) => g.createSystem(a, b),
    change: (a, id, b) => g.updateSystem(a, id, b),
    remove: (a, id) => g.deleteSystem(a, id),
  });
  collectionRoutes(app, deps.identity, {
    path: `${base}/cameras`,
    noun: 'camera',
    create: S.cameraCreate,
    update: S.cameraUpdate,
    view: S.cameraView,
    filter: S.filters.cameras,
    list: (a, f) => g.listCameras(a, f),
    get: (a, id) => g.getCamera(a, id),
    add: (a, b) => g.createCamera(a, b),
    change: (a, id, b) => g.updateCamera(a, id, b),
    remove: (a, id) => g.deleteCamera(a, id),
  });
}
