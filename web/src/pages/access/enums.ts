// The access workflow's enumerations as lists. Each is written as a Record over the API's union
// type, so a value the server adds fails to compile here until the console knows it.
import type {
  AuthorityRequester,
  CitizenIdType,
  CitizenReason,
  CitizenRelation,
  CredentialKind,
  DirectConnectionBody,
  FootageAccessKind,
  RequestStatus,
  RequestType,
} from './types.ts';

const keysOf = <T extends string>(r: Record<T, true>): T[] => Object.keys(r) as T[];

/** Request states. */
export const REQUEST_STATUSES = keysOf<RequestStatus>({ pending: true, approved: true, refused: true, revoked: true });
/** Request types. */
export const REQUEST_TYPES = keysOf<RequestType>({ footage: true, direct_connection: true, citizen: true });
/** Who an authority's footage request is made as. */
export const AUTHORITY_REQUESTERS = keysOf<AuthorityRequester>({
  police: true,
  state_security: true,
  other_department: true,
  emergency: true,
});
/** Who may ask to connect to a unit's system (安徽 第二十条, 辽宁 第十七条). */
export const DIRECT_REQUESTERS = keysOf<DirectConnectionBody['requesterKind']>({ police: true, state_security: true });
/** 查阅, 复制, 调取. */
export const FOOTAGE_ACCESS_KINDS = keysOf<FootageAccessKind>({ view: true, copy: true, retrieve: true });
/** 工作证件, 执法证件. */
export const CREDENTIAL_KINDS = keysOf<CredentialKind>({ work_id: true, law_enforcement_id: true });
/** 本人, 近亲属, 监护人, 看护人, 代管人 (国家 第二十一条). */
export const CITIZEN_RELATIONS = keysOf<CitizenRelation>({
  self: true,
  close_relative: true,
  guardian: true,
  carer: true,
  custodian: true,
});
/** Identity documents a citizen shows. */
export const CITIZEN_ID_TYPES = keysOf<CitizenIdType>({ resident_id: true, passport: true, other: true });
/** 为保护生命健康 / 财产安全. */
export const CITIZEN_REASONS = keysOf<CitizenReason>({ life_health: true, property: true });

/** Requester kinds as the API reports them (the authority kinds and 'citizen'). */
export const REQUESTER_KINDS = [...AUTHORITY_REQUESTERS, 'citizen'] as const;
/** Access kinds as the API reports them (the footage kinds and 'connect'). */
export const ACCESS_KINDS = [...FOOTAGE_ACCESS_KINDS, 'connect'] as const;
/** How a route is approved (src/compliance/types.ts Approval['by']). */
export const APPROVALS = ['none', 'unit_consent', 'own_head', 'police_head'] as const;
/** Jurisdiction levels an approving organ may be of. */
export const LEVELS = ['province', 'city', 'district', 'police_station'] as const;
/** What a register row records (src/delivery/access-register.ts). */
export const REGISTER_ACTIONS = ['view_live', 'playback', 'snapshot', 'export'] as const;
/** The register fields a profile may name (src/compliance/types.ts AccessField). */
export const REGISTER_FIELDS = [
  'accessorNames',
  'accessorUnit',
  'at',
  'purpose',
  'destination',
  'recordedBy',
  'content',
] as const;
