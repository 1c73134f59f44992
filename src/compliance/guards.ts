import { PsvisError } from '../errors/psvis-error.ts';
import { LOCATION_CATEGORIES, PLACE_CATEGORIES, placeCategory } from './categories.ts';
import {
  governmentOnlyZone,
  prohibitedLocation,
  retentionFloorDays,
  type Citation,
  type PlacementBar,
} from './effective.ts';
import { getProfile } from './profiles/index.ts';
import type { CameraPlacement, CameraRules, RegistryVocabulary } from '../registry/contracts.ts';
import type { Penalty } from './types.ts';

/** The codes of the refusals the guards return. */
export type RefusalCode =
  'PSVIS_ERR_PROHIBITED_LOCATION' | 'PSVIS_ERR_GOVERNMENT_ONLY_ZONE' | 'PSVIS_ERR_RETENTION_FLOOR';

/** A write refused by the law: code, message in both languages, the articles and the penalty ranges. */
export interface Refusal {
  code: RefusalCode;
  messageZh: string;
  messageEn: string;
  /** The citations alone, e.g. ['腾冲 第十四条(一)']. */
  articles: string[];
  citations: Citation[];
  penalties: Penalty[];
  penaltyRangeZh: string;
  penaltyRangeEn: string;
}

/** What checkCameraPlacement looks at. */
export interface PlacementInput {
  profileIds: readonly string[];
  asOf: Date;
  locationCategory: string;
  placeCategory: string;
  orgIsGovernment: boolean;
  /** A system the government built counts as the government's, whoever registers it. */
  systemGovernmentBuilt?: boolean;
}

function refusal(code: RefusalCode, messageZh: string, messageEn: string, bar: PlacementBar): Refusal {
  return {
    code,
    messageZh,
    messageEn,
    articles: bar.articles,
    citations: bar.citations,
    penalties: bar.penalties,
    penaltyRangeZh: bar.penalties.map((p) => `${p.article}：${p.rangeZh}`).join('；'),
    penaltyRangeEn: bar.penalties.map((p) => `${p.article}: ${p.rangeEn}`).join('; '),
  };
}

const articles = (bar: PlacementBar): string => bar.articles.join('、');

/**
 * The write-time camera guard: null when the placement is lawful on asOf; otherwise a refusal
 * citing every article in force that bars it (prohibited location first, then government-only zone).
 */
export function checkCameraPlacement(input: PlacementInput): Refusal | null {
  const banned = prohibitedLocation(input.profileIds, input.asOf, input.locationCategory);
  if (banned) {
    const name = LOCATION_CATEGORIES.find((l) => l.code === input.locationCategory);
    return refusal(
      'PSVIS_ERR_PROHIBITED_LOCATION',
      `禁止在${name?.nameZh ?? input.locationCategory}安装图像采集设备（${articles(banned)}）`,
      `cameras are prohibited at a ${name?.nameEn ?? input.locationCategory} (${articles(banned)})`,
      banned,
    );
  }
  if (input.orgIsGovernment || input.systemGovernmentBuilt === true) return null;
  const zone = governmentOnlyZone(input.profileIds, input.asOf, input.placeCategory);
  if (zone) {
    const name = PLACE_CATEGORIES.find((p) => p.code === input.placeCategory);
    return refusal(
      'PSVIS_ERR_GOVERNMENT_ONLY_ZONE',
      `${name?.nameZh ?? input.placeCategory}由政府组织建设，其他单位和个人不得安装（${articles(zone)}）`,
      `${name?.nameEn ?? input.placeCategory} are built by the government; nobody else may install cameras there (${articles(zone)})`,
      zone,
    );
  }
  return null;
}

/**
 * The retention guard: null when `days` meets the floor in force for this camera; otherwise a
 * refusal citing the article(s) that set the floor.
 */
export function checkRetentionDays(
  profileIds: readonly string[],
  asOf: Date,
  days: number,
  important: boolean,
  opts: { article7System?: boolean } = {},
): Refusal | null {
  const floor = retentionFloorDays(profileIds, asOf, { important, ...opts });
  if (days >= floor.days) return null;
  const cites = floor.articles.join('、');
  const citations = floor.articles.map((article) => ({
    article,
    textZh:
      getProfile(profileIdOf(article))?.rules.find((r) => r.article === article && r.kind === 'retention')
        ?.statementZh ?? '',
  }));
  const penalties = floor.articles.flatMap((article) => {
    const p = getProfile(profileIdOf(article))?.rules.find((r) => r.article === article && r.kind === 'retention')
      ?.params.penalty;
    return p ? [p] : [];
  });
  return refusal(
    'PSVIS_ERR_RETENTION_FLOOR',
    `保存期限${days}日少于法定最低${floor.days}日（${cites}）`,
    `a retention of ${days} days is under the ${floor.days}-day floor (${cites})`,
    { articles: floor.articles, citations, penalties },
  );
}

const SHORT_TO_ID: Readonly<Record<string, string>> = {
  威海: 'weihai-2014',
  安徽: 'anhui-2017',
  腾冲: 'tengchong-2017',
  辽宁: 'liaoning-2008',
  青岛: 'qingdao-2010-rev2020',
  国家: 'national-2025',
};
function profileIdOf(article: string): string {
  return SHORT_TO_ID[article.split(' ')[0] ?? ''] ?? '';
}

/** The refusal as the error the API answers with: HTTP 422, details carrying the citations and penalties. */
export function refusalError(r: Refusal): PsvisError {
  return new PsvisError(
    r.code,
    `${r.messageZh} / ${r.messageEn}`,
    {
      messageZh: r.messageZh,
      messageEn: r.messageEn,
      articles: r.articles,
      citations: r.citations,
      penalties: r.penalties,
      penaltyRangeZh: r.penaltyRangeZh,
      penaltyRangeEn: r.penaltyRangeEn,
    },
    422,
  );
}

/** The registry's camera rules (src/registry/contracts.ts), filled from the guards above. */
export const complianceCameraRules: CameraRules = {
  checkCamera(p: CameraPlacement): PsvisError | null {
    const placement = checkCameraPlacement({
      profileIds: p.profileIds,
      asOf: p.asOf,
      locationCategory: p.locationCategory,
      placeCategory: p.placeCategory,
      orgIsGovernment: p.orgIsGovernment,
      systemGovernmentBuilt: p.systemGovernmentBuilt,
    });
    if (placement) return refusalError(placement);
    if (p.retentionDays === null) return null;
    // 国家 第九条第二款: the national floor binds systems at 第七条 places (and government-built ones).
    const article7System =
      p.systemGovernmentBuilt ||
      (placeCategory(p.placeCategory)?.mandatory.some((m) => m.profileId === 'national-2025') ?? false);
    const retention = checkRetentionDays(p.profileIds, p.asOf, p.retentionDays, p.important, { article7System });
    return retention ? refusalError(retention) : null;
  },
};

/** The registry's vocabulary (src/registry/contracts.ts): the category codes and profile ids psvis knows. */
export const complianceVocabulary: RegistryVocabulary = {
  hasPlaceCategory: (code) => PLACE_CATEGORIES.some((c) => c.code === code),
  hasLocationCategory: (code) => LOCATION_CATEGORIES.some((c) => c.code === code),
  hasProfile: (id) => getProfile(id) !== undefined,
};
