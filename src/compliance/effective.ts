import { chinaDate } from './calendar.ts';
import { GOVERNMENT_ZONE_ARTICLES, locationCategory, placeCategory } from './categories.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import { getProfile } from './profiles/index.ts';
import type { Penalty, Profile, Rule } from './types.ts';

/** The national 条例: the floor under every profile from 2025-04-01, whether or not a chain names it. */
export const NATIONAL_PROFILE_ID = 'national-2025';

/** True when the profile is in force on asOf's Beijing date (effectiveTo inclusive). */
export function inForce(profile: Profile, asOf: Date): boolean {
  const day = chinaDate(asOf);
  return day >= profile.effectiveFrom && (profile.effectiveTo === undefined || day <= profile.effectiveTo);
}

/**
 * The profiles in force on asOf, leaf to root, national last. Lapsed ones drop out (威海 after
 * 2024-11-30, 腾冲 after 2022-09-04), so an old inspection replays under the rules of its day.
 */
export function profilesInForce(profileIdsFromLeafToRoot: readonly string[], asOf: Date): Profile[] {
  const ids = [
    ...new Set([...profileIdsFromLeafToRoot.filter((id) => id !== NATIONAL_PROFILE_ID), NATIONAL_PROFILE_ID]),
  ];
  return ids
    .map((id) => {
      const profile = getProfile(id);
      if (!profile) {
        throw new PsvisError('PSVIS_ERR_UNKNOWN_PROFILE', `unknown regulation profile "${id}"`, { profileId: id }, 400);
      }
      return profile;
    })
    .filter((p) => inForce(p, asOf));
}

/**
 * The rules in force: every rule of every profile in force (local rules add duties), except
 * that of rules with the same floor topic only the strictest stay — a local profile never
 * weakens the national floor (RULES.md, "How the profiles combine"): 辽宁's 15-day retention
 * gives way to the national 30 days from 2025-04-01 while its 1-year rule for important footage stays.
 */
export function effectiveRules(profileIdsFromLeafToRoot: readonly string[], asOf: Date): Rule[] {
  return effectiveRulesFor(profileIdsFromLeafToRoot, asOf, true);
}

/** A retention floor and the articles that set it. */
export interface RetentionFloor {
  days: number;
  articles: string[];
}

/**
 * The minimum retention in days for a camera: the strictest floor in force, and for footage of
 * important value the longer period too (辽宁 第十四条(七): one year). National rules bind only
 * 第七条 systems (国家 第九条第二款); pass article7System false for a system outside those places.
 */
export function retentionFloorDays(
  profileIds: readonly string[],
  asOf: Date,
  opts: { important: boolean; article7System?: boolean },
): RetentionFloor {
  const topics = opts.important ? ['retention', 'retention.important'] : ['retention'];
  const applicable = effectiveRulesFor(profileIds, asOf, opts.article7System ?? true).filter(
    (r) => r.kind === 'retention' && r.floor !== undefined && topics.includes(r.floor.topic),
  );
  const days = Math.max(0, ...applicable.map((r) => r.floor?.value ?? 0));
  return { days, articles: [...new Set(applicable.filter((r) => r.floor?.value === days).map((r) => r.article))] };
}

/**
 * effectiveRules for one class of system. For a system outside the places of 国家 第七条
 * (article7System false) the national rules that 国家 第九条第二款 lifts are dropped before the
 * strictest floor is chosen, so such a system keeps its local floor.
 */
export function effectiveRulesFor(profileIds: readonly string[], asOf: Date, article7System: boolean): Rule[] {
  const all = profilesInForce(profileIds, asOf)
    .flatMap((p) => p.rules)
    .filter((r) => article7System || r.article7Only !== true);
  const strictest = new Map<string, number>();
  for (const r of all) {
    if (r.floor) strictest.set(r.floor.topic, Math.max(strictest.get(r.floor.topic) ?? 0, r.floor.value));
  }
  return all.filter((r) => !r.floor || r.floor.value === strictest.get(r.floor.topic));
}

/** One article behind a refusal or finding, with what it says. */
export interface Citation {
  article: string;
  textZh: string;
}

/** Why a placement is unlawful: the articles in force and the penalty ranges they carry. */
export interface PlacementBar {
  /** The article citations alone, in profile order (local first, national last). */
  articles: string[];
  citations: Citation[];
  penalties: Penalty[];
}

/** null when the location is allowed on asOf; else every article in force that prohibits it, with penalties. */
export function prohibitedLocation(
  profileIds: readonly string[],
  asOf: Date,
  locationCode: string,
): PlacementBar | null {
  const category = locationCategory(locationCode);
  if (!category) return null;
  const profiles = profilesInForce(profileIds, asOf);
  const citations: Citation[] = [];
  const penalties: Penalty[] = [];
  for (const p of profiles) {
    const entries = category.prohibitedBy.filter((e) => e.profileId === p.id);
    if (entries.length === 0) continue;
    const rule = p.rules.find((r) => r.kind === 'prohibition' && r.params.locations?.includes(locationCode));
    for (const e of entries) citations.push({ article: e.article, textZh: rule?.statementZh ?? category.nameZh });
    if (rule?.params.penalty) penalties.push(rule.params.penalty);
  }
  return citations.length === 0 ? null : { articles: citations.map((c) => c.article), citations, penalties };
}

/**
 * null unless the place category is one the government builds under a profile in force that
 * keeps everyone else out (辽宁 第七条, 国家 第七条第三款, 安徽 第九条第三款, 青岛/威海 第八条第三款).
 */
export function governmentOnlyZone(profileIds: readonly string[], asOf: Date, placeCode: string): PlacementBar | null {
  const category = placeCategory(placeCode);
  if (!category) return null;
  const citations: Citation[] = [];
  const penalties: Penalty[] = [];
  for (const p of profilesInForce(profileIds, asOf)) {
    const exclusive = GOVERNMENT_ZONE_ARTICLES[p.id];
    const governmentBuilt = category.mandatory.some((m) => m.profileId === p.id && m.builder === 'government');
    if (!exclusive || !governmentBuilt) continue;
    citations.push(exclusive);
    const rule = p.rules.find((r) => r.article === exclusive.article);
    if (rule?.params.penalty) penalties.push(rule.params.penalty);
  }
  return citations.length === 0 ? null : { articles: citations.map((c) => c.article), citations, penalties };
}
