import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { profileChain } from '../registry/scoping.ts';
import { placeCategory } from './categories.ts';
import { NATIONAL_PROFILE_ID, retentionFloorDays } from './effective.ts';

/** A camera's retention floor with the article that sets it, as the recorder's retention reads it. */
export interface CameraFloor {
  days: number;
  article: string;
}

/** True when a place is one of 国家 第七条's, whose systems the national floor binds (国家 第九条第二款). */
export function isArticle7Place(placeCode: string, governmentBuilt: boolean): boolean {
  return (
    governmentBuilt || (placeCategory(placeCode)?.mandatory.some((m) => m.profileId === NATIONAL_PROFILE_ID) ?? false)
  );
}

/**
 * The effective retention floor of a camera as of a date: the strictest floor of the profiles of
 * its organization's jurisdiction chain (国家 第十七条 30 days; 辽宁 第十四条(七) 15 days before
 * 2025-04-01, one year for important footage). A camera no longer in the registry keeps the
 * national floor for important footage: deleting a camera must not shorten what its footage is owed.
 */
export function cameraRetentionFloor(db: Kysely<Database>) {
  return async (cameraId: string, asOf: Date): Promise<CameraFloor> => {
    const cam = await db
      .selectFrom('cameras')
      .innerJoin('systems', 'systems.id', 'cameras.system_id')
      .innerJoin('sites', 'sites.id', 'cameras.site_id')
      .innerJoin('organizations', 'organizations.id', 'cameras.org_id')
      .select([
        'cameras.important',
        'systems.government_built',
        'sites.place_category',
        'organizations.jurisdiction_id',
      ])
      .where('cameras.id', '=', cameraId)
      .executeTakeFirst();
    const profileIds = cam === undefined ? [] : await profileChain(db, cam.jurisdiction_id);
    const floor = retentionFloorDays(profileIds, asOf, {
      important: cam === undefined ? true : cam.important === 1,
      article7System: cam === undefined ? true : isArticle7Place(cam.place_category, cam.government_built === 1),
    });
    // No floor at all: a 第九条 system in a place no local text covers (国家 第九条第二款 lifts 第十七条).
    return { days: floor.days, article: floor.articles.join('、') || '国家 第九条第二款' };
  };
}
