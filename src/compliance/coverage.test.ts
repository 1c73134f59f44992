import { describe, expect, it } from 'vitest';
import { articleExists } from './articles/index.ts';
import { LOCATION_CATEGORIES, PLACE_CATEGORIES } from './categories.ts';
import { coverage, EXPLICIT_COVERAGE, unmappedArticles } from './coverage.ts';
import { allRules } from './profiles/index.ts';

describe('coverage of the six texts', () => {
  it('accounts for every indexed article (rule, category, feature or a reason it is not for software)', () => {
    expect(unmappedArticles()).toEqual([]);
    expect(coverage().size).toBe(33 + 28 + 35 + 27 + 36 + 34);
  });

  it('explicit entries name existing articles, rules and categories, and give reasons', () => {
    const rules = new Set(allRules().map((r) => r.id));
    const categories = new Set([...PLACE_CATEGORIES, ...LOCATION_CATEGORIES].map((c) => c.code));
    for (const [article, entries] of Object.entries(EXPLICIT_COVERAGE)) {
      expect(articleExists(article), article).toBe(true);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        if ('rule' in e) expect(rules.has(e.rule), e.rule).toBe(true);
        if ('category' in e) expect(categories.has(e.category), e.category).toBe(true);
        if ('feature' in e) expect(e.feature.length).toBeGreaterThan(10);
        if ('notForSoftware' in e) expect(e.notForSoftware.length).toBeGreaterThan(10);
      }
    }
  });

  it('maps 辽宁 第十四条 to its rules and 国家 第八条 to its location categories', () => {
    const ln14 = coverage().get('辽宁 第十四条') ?? [];
    expect(ln14).toContainEqual({ rule: 'ln.retention' });
    expect(ln14).toContainEqual({ rule: 'ln.retention.important' });
    expect(coverage().get('国家 第八条')).toContainEqual({ category: 'restaurant_private_room' });
  });
});
