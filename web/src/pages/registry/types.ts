// The registry's record and body types, read from the generated API description (schema.ts).
import type { paths } from '../../api/schema.ts';

/** The five registry collections. */
export type CollectionPath =
  '/api/v1/jurisdictions' | '/api/v1/organizations' | '/api/v1/sites' | '/api/v1/systems' | '/api/v1/cameras';

/** One record of a collection as the API lists it. */
export type Item<P extends CollectionPath> =
  paths[P]['get']['responses'][200]['content']['application/json']['items'][number];
/** The body of POST on a collection. */
export type CreateBody<P extends CollectionPath> = paths[P]['post']['requestBody']['content']['application/json'];
/** The body of PATCH on one record of a collection. */
export type UpdateBody<P extends CollectionPath> =
  paths[`${P}/{id}`]['patch']['requestBody']['content']['application/json'];
/** The list filters of a collection, without the paging parameters. */
export type ListFilters<P extends CollectionPath> = Omit<
  NonNullable<paths[P]['get']['parameters']['query']>,
  'limit' | 'cursor'
>;
/** A page of a collection. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Jurisdiction = Item<'/api/v1/jurisdictions'>;
export type Organization = Item<'/api/v1/organizations'>;
export type Site = Item<'/api/v1/sites'>;
export type VideoSystem = Item<'/api/v1/systems'>;
export type Camera = Item<'/api/v1/cameras'>;

type Categories = paths['/api/v1/categories']['get']['responses'][200]['content']['application/json'];
/** A place category (a site's placeCategory). */
export type PlaceCategory = Categories['places'][number];
/** A camera location category, with the articles prohibiting it. */
export type LocationCategory = Categories['locations'][number];
/** A regulation profile (a jurisdiction's profileId). */
export type Profile =
  paths['/api/v1/compliance/profiles']['get']['responses'][200]['content']['application/json']['items'][number];

/** Jurisdiction levels, top to bottom. */
export type JurisdictionLevel = CreateBody<'/api/v1/jurisdictions'>['level'];
/** Organization kinds. */
export type OrgKind = CreateBody<'/api/v1/organizations'>['kind'];
/** System lifecycle steps. */
export type Lifecycle = NonNullable<CreateBody<'/api/v1/systems'>['lifecycle']>;

/** Sends a form's values; a rejection is the server's refusal, shown in the form. */
export type SubmitForm<V> = (values: V) => Promise<unknown>;

/** What a create-or-edit form is open for: a new record, or this one. */
export type FormTarget<T> = { mode: 'create' } | { mode: 'edit'; record: T };
