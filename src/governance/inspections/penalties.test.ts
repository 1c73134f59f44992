import { describe, expect, it } from 'vitest';
import { profilesInForce } from '../../compliance/effective.ts';
import { checkAmount, findPenalty, finesFor, penaltiesOf, sameArticle } from './penalties.ts';

/** Runs `fn` and returns what it threw, failing when it threw nothing. */
function thrown(fn: () => unknown): {
  code?: unknown;
  httpStatus?: unknown;
  message?: unknown;
  details?: Record<string, unknown>;
} {
  try {
    fn();
  } catch (err) {
    return err as { code?: unknown };
  }
  throw new Error('expected a refusal');
}

const onDay = (d: string) => new Date(`${d}T12:00:00+08:00`);
const inForce = (chain: string[], day: string) => penaltiesOf(profilesInForce(chain, onDay(day)));
const penalty = (chain: string[], day: string, article: string) => {
  const p = findPenalty(article, inForce(chain, day));
  if (p === undefined) throw new Error(`no ${article}`);
  return p.penalty;
};

describe('penalty articles in force', () => {
  it('lists each penalty article of the profiles in force once, with the rules it punishes', () => {
    const list = inForce(['liaoning-2008'], '2026-03-01');
    const articles = list.map((p) => p.penalty.article);
    expect(new Set(articles).size).toBe(articles.length);
    expect(articles).toEqual(expect.arrayContaining(['辽宁 第二十二条', '国家 第二十九条']));
    expect(list.find((p) => p.penalty.article === '辽宁 第二十二条')?.punishes).toEqual(
      expect.arrayContaining(['ln.filing.first', 'ln.filing.change']),
    );
  });

  it('drops a lapsed text: 腾冲 after 2022-09-04, and 国家 before 2025-04-01', () => {
    expect(findPenalty('腾冲 第三十条', inForce(['tengchong-2017'], '2020-01-01'))).toBeDefined();
    expect(findPenalty('腾冲 第三十条', inForce(['tengchong-2017'], '2023-01-01'))).toBeUndefined();
    expect(findPenalty('国家 第二十九条', inForce(['liaoning-2008'], '2024-12-31'))).toBeUndefined();
  });

  it('reads an item of an article (腾冲 第三十一条(五)) as the article when the profile sets one range for all items', () => {
    expect(findPenalty('腾冲 第三十一条(五)', inForce(['tengchong-2017'], '2020-01-01'))?.penalty.article).toBe(
      '腾冲 第三十一条',
    );
    expect(sameArticle('安徽 第二十四条(五)', '安徽 第二十四条')).toBe(true);
    expect(sameArticle('安徽 第二十四条', '安徽 第二十五条')).toBe(false);
  });
});

describe('checkAmount', () => {
  it('accepts 300 yuan under 辽宁 第二十二条 (200–500, unit or individual) and refuses 600', () => {
    const p = penalty(['liaoning-2008'], '2024-01-01', '辽宁 第二十二条');
    expect(checkAmount(p, { offender: 'unit', amountYuan: 300 })).toMatchObject({ minYuan: 200, maxYuan: 500 });
    expect(checkAmount(p, { offender: 'individual', amountYuan: 200 })).not.toBeNull();
    expect(thrown(() => checkAmount(p, { offender: 'unit', amountYuan: 600 }))).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
      httpStatus: 422,
    });
    // The article fines no person in charge.
    expect(thrown(() => checkAmount(p, { offender: 'person_in_charge', amountYuan: 300 }))).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
      details: {
        articles: ['辽宁 第二十二条'],
        messageZh: expect.stringMatching(/^辽宁 第二十二条对直接负责的主管人员和其他直接责任人员不设罚款（/) as unknown,
      },
    });
  });

  it('holds 辽宁 第二十四条 to its fixed amounts: 1,000 yuan for a unit, 500 for an individual', () => {
    const p = penalty(['liaoning-2008'], '2024-01-01', '辽宁 第二十四条');
    expect(checkAmount(p, { offender: 'unit', amountYuan: 1000 })).not.toBeNull();
    expect(thrown(() => checkAmount(p, { offender: 'unit', amountYuan: 999 }))).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
    });
    expect(thrown(() => checkAmount(p, { offender: 'individual', amountYuan: 1000 }))).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
    });
  });

  it('needs the profit tier under 安徽 第二十五条 and checks the tier’s range', () => {
    const p = penalty(['anhui-2017'], '2024-01-01', '安徽 第二十五条');
    const untiered = thrown(() => checkAmount(p, { offender: 'unit', amountYuan: 8000 }));
    expect(untiered).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
      message: expect.stringContaining('tier') as unknown,
      details: {
        articles: ['安徽 第二十五条'],
        // The tiers the article sets for a unit, in the console's words.
        messageZh: expect.stringMatching(
          /^安徽 第二十五条按档次设定罚款，请选择罚款档次（经营性（有违法所得）或经营性（无违法所得）或非经营性）（安徽 第二十五条：/,
        ) as unknown,
        messageEn: expect.stringContaining('安徽 第二十五条 sets fines by tier; name the tier') as unknown,
        penalties: [{ article: '安徽 第二十五条' }],
      },
    });
    expect(untiered.message).toBe(
      `${String(untiered.details?.['messageZh'])} / ${String(untiered.details?.['messageEn'])}`,
    );
    expect(checkAmount(p, { offender: 'unit', tier: 'profit_with_gains', amountYuan: 25_000 })).toMatchObject({
      minYuan: 5000,
      maxYuan: 30000,
    });
    expect(
      thrown(() => checkAmount(p, { offender: 'unit', tier: 'profit_without_gains', amountYuan: 25_000 })),
    ).toMatchObject({ code: 'PSVIS_ERR_PENALTY_RANGE' });
    expect(checkAmount(p, { offender: 'individual', tier: 'non_profit', amountYuan: 800 })).not.toBeNull();
    expect(finesFor(p, 'person_in_charge', 'profit_with_gains')).toEqual([
      { offender: 'person_in_charge', minYuan: 500, maxYuan: 1000, tier: 'profit_with_gains' },
    ]);
  });

  it('separates business use under 青岛 第二十七条 (10,000–30,000) from other use (1,000–3,000)', () => {
    const p = penalty(['qingdao-2010-rev2020'], '2024-01-01', '青岛 第二十七条');
    expect(checkAmount(p, { offender: 'unit', tier: 'business', amountYuan: 10_000 })).not.toBeNull();
    expect(
      thrown(() => checkAmount(p, { offender: 'individual', tier: 'non_business', amountYuan: 10_000 })),
    ).toMatchObject({ code: 'PSVIS_ERR_PENALTY_RANGE' });
  });

  it('reads “以下” as up to the maximum and never zero (国家 第二十九条: up to 10,000 yuan)', () => {
    const p = penalty(['national-2025'], '2026-01-01', '国家 第二十九条');
    expect(checkAmount(p, { offender: 'unit', amountYuan: 10_000 })).not.toBeNull();
    expect(thrown(() => checkAmount(p, { offender: 'unit', amountYuan: 10_001 }))).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
    });
    expect(checkAmount(p, { offender: 'unit' })).toBeNull();
  });

  it('refuses any fine under an article that sets none (国家 第十三条: 责令改正 only)', () => {
    const p = penalty(['national-2025'], '2026-01-01', '国家 第十三条');
    expect(p.fines).toEqual([]);
    expect(thrown(() => checkAmount(p, { offender: 'unit', amountYuan: 100 }))).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
    });
  });
});
