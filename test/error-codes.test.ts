import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/errors.md and the code must name the same codes (as Fastify keeps its error list in sync).

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const CODE = /PSVIS_ERR_[A-Z0-9_]+/g;

describe('docs/errors.md', () => {
  const inCode = new Set(sourceFiles('src').flatMap((f) => readFileSync(f, 'utf8').match(CODE) ?? []));
  const doc = readFileSync('docs/errors.md', 'utf8');
  const rows = doc.split('\n').filter((l) => l.startsWith('| PSVIS_ERR_'));
  const documented = rows.map((l) => l.split('|')[1]?.trim() ?? '');

  it('documents every code the code uses', () => {
    expect([...inCode].filter((c) => !documented.includes(c)).sort()).toEqual([]);
  });

  it('lists no code the code does not use, and none twice', () => {
    expect(documented.filter((c) => !inCode.has(c))).toEqual([]);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('says for every code what it means', () => {
    for (const row of rows) expect((row.split('|')[3] ?? '').trim().length, row).toBeGreaterThan(20);
  });
});
