// The compliance module's public face: what the registry, governance, HTTP and CLI call.

export { articleExists, findArticle, TEXT_INDEXES } from './articles/index.ts';
export { addWorkingDays, chinaDate, deadline, isWorkingDay, makeCalendar } from './calendar.ts';
export type { Calendar, CalendarData } from './calendar.ts';
export { CHINA_HOLIDAYS_2024_2026 } from './calendar-cn.ts';
export { GOVERNMENT_ZONE_ARTICLES, LOCATION_CATEGORIES, PLACE_CATEGORIES } from './categories.ts';
export type { LocationCategory, PlaceCategory } from './categories.ts';
export { formatCitation, parseCitation, TEXT_IDS } from './citation.ts';
export type { TextId } from './citation.ts';
export { coverage, unmappedArticles } from './coverage.ts';
export { renderComplianceDocs } from './docs.ts';
export {
  effectiveRules,
  effectiveRulesFor,
  governmentOnlyZone,
  NATIONAL_PROFILE_ID,
  prohibitedLocation,
  profilesInForce,
  retentionFloorDays,
} from './effective.ts';
export type { Citation, PlacementBar, RetentionFloor } from './effective.ts';
export { evaluate } from './evaluate.ts';
export {
  checkCameraPlacement,
  checkRetentionDays,
  complianceCameraRules,
  complianceVocabulary,
  refusalError,
} from './guards.ts';
export type { PlacementInput, Refusal, RefusalCode } from './guards.ts';
export { allRules, getProfile, PROFILES } from './profiles/index.ts';
export type * from './subject.ts';
export type { Finding, FindingState, Penalty, Profile, Rule, RuleKind } from './types.ts';
