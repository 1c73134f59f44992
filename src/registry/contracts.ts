import type { PsvisError } from '../errors/psvis-error.ts';

// What the registry needs from the compliance module, as interfaces the composition root fills:
// the registry stays free of regulation data, and compliance free of the database.

/** The codes the registry accepts: data from the jurisdiction profiles, not enums. */
export interface RegistryVocabulary {
  hasPlaceCategory(code: string): boolean;
  hasLocationCategory(code: string): boolean;
  hasProfile(profileId: string): boolean;
}

/** What a write-time camera check sees. */
export interface CameraPlacement {
  /** Regulation profile ids from the organization's jurisdiction up to the root. */
  profileIds: readonly string[];
  asOf: Date;
  orgIsGovernment: boolean;
  systemGovernmentBuilt: boolean;
  placeCategory: string;
  locationCategory: string;
  important: boolean;
  retentionDays: number | null;
}

/** Rules checked when a camera is registered or changed; a refusal carries its articles. */
export interface CameraRules {
  checkCamera(placement: CameraPlacement): PsvisError | null;
}
