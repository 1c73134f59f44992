import type { TextId } from '../citation.ts';
import type { Profile, Rule } from '../types.ts';
import { ANHUI_2017_PROFILE } from './anhui-2017.ts';
import { LIAONING_2008_PROFILE } from './liaoning-2008.ts';
import { NATIONAL_2025_PROFILE } from './national-2025.ts';
import { QINGDAO_2010_REV2020_PROFILE } from './qingdao-2010-rev2020.ts';
import { TENGCHONG_2017_PROFILE } from './tengchong-2017.ts';
import { WEIHAI_2014_PROFILE } from './weihai-2014.ts';

/** Every jurisdiction profile, by id (the text id). */
export const PROFILES: Readonly<Record<TextId, Profile>> = {
  'weihai-2014': WEIHAI_2014_PROFILE,
  'anhui-2017': ANHUI_2017_PROFILE,
  'tengchong-2017': TENGCHONG_2017_PROFILE,
  'liaoning-2008': LIAONING_2008_PROFILE,
  'qingdao-2010-rev2020': QINGDAO_2010_REV2020_PROFILE,
  'national-2025': NATIONAL_2025_PROFILE,
};

/** The profile with this id, or undefined. */
export function getProfile(id: string): Profile | undefined {
  return Object.values(PROFILES).find((p) => p.id === id);
}

/** Every rule of every profile. */
export function allRules(): Rule[] {
  return Object.values(PROFILES).flatMap((p) => p.rules);
}
