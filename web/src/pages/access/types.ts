// The access workflow's types, read from the generated API description (schema.ts).
import type { paths } from '../../api/schema.ts';

type Requests = paths['/api/v1/access-requests'];

/** An access request as the API shows it. */
export type AccessRequest = Requests['post']['responses'][201]['content']['application/json'];
/** The body of POST /access-requests (footage, direct connection or citizen). */
export type CreateBody = Requests['post']['requestBody']['content']['application/json'];
/** A request for footage by an authority. */
export type FootageBody = Extract<CreateBody, { type: 'footage' }>;
/** A request to connect to a unit's system. */
export type DirectConnectionBody = Extract<CreateBody, { type: 'direct_connection' }>;
/** A citizen's request, recorded by the unit. */
export type CitizenBody = Extract<CreateBody, { type: 'citizen' }>;
/** The list filters of GET /access-requests. */
export type ListQuery = NonNullable<Requests['get']['parameters']['query']>;
/** The body of POST /access-requests/:id/approve. */
export type ApproveBody =
  paths['/api/v1/access-requests/{id}/approve']['post']['requestBody']['content']['application/json'];
/** The body of POST /access-requests/:id/consent. */
export type ConsentBody =
  paths['/api/v1/access-requests/{id}/consent']['post']['requestBody']['content']['application/json'];
/** The body of POST /access-requests/:id/sittings. */
export type SittingBody =
  paths['/api/v1/access-requests/{id}/sittings']['post']['requestBody']['content']['application/json'];
/** A sitting as the API shows it. */
export type Sitting =
  paths['/api/v1/access-requests/{id}/sittings']['post']['responses'][201]['content']['application/json'];
/** The register of one request. */
export type RegisterSheet =
  paths['/api/v1/access-requests/{id}/register']['get']['responses'][200]['content']['application/json'];
/** One row of a request's register. */
export type RegisterRow = RegisterSheet['rows'][number];

/** Request states. */
export type RequestStatus = AccessRequest['status'];
/** Request types. */
export type RequestType = AccessRequest['type'];
/** Requester kinds an authority's footage request may name. */
export type AuthorityRequester = FootageBody['requesterKind'];
/** Accesses to footage: 查阅, 复制, 调取. */
export type FootageAccessKind = FootageBody['accessKind'];
/** Credentials officers show. */
export type CredentialKind = FootageBody['officers'][number]['credentialKind'];
/** Who a citizen is to the person in the footage. */
export type CitizenRelation = CitizenBody['citizen']['relation'];
/** A citizen's identity document. */
export type CitizenIdType = CitizenBody['citizen']['idType'];
/** Why a citizen asks. */
export type CitizenReason = CitizenBody['citizen']['reason'];
