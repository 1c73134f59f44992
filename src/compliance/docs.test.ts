import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_DOCS_PATH } from '../../scripts/gen-compliance-docs.ts';
import { renderComplianceDocs } from './docs.ts';
import { allRules } from './profiles/index.ts';

describe('docs/compliance.md', () => {
  it('is up to date with the generator (run npx tsx scripts/gen-compliance-docs.ts)', () => {
    expect(existsSync(COMPLIANCE_DOCS_PATH)).toBe(true);
    expect(readFileSync(COMPLIANCE_DOCS_PATH, 'utf8')).toBe(renderComplianceDocs());
  });

  it('lists every rule with its article, per jurisdiction', () => {
    const page = renderComplianceDocs();
    for (const r of allRules()) expect(page).toContain(`\`${r.id}\``);
    expect(page).toContain('## 辽宁省 — Liaoning Province (`liaoning-2008`)');
    expect(page).toContain('| 辽宁 第十四条(七) | retention | `ln.retention` |');
  });
});
