import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, messages } from '../web/src/i18n/messages.ts';

// Every string of the console goes through the i18n layer, in Chinese and English (issue #6):
// the dictionaries have the same keys, every key the code asks for exists, and no page writes
// Chinese or English text into its markup directly.
const WEB_SRC = join(import.meta.dirname, '..', 'web', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const code = sources(WEB_SRC)
  .filter((f) => !f.endsWith('messages.ts') && !f.endsWith('common.ts') && !f.endsWith('schema.ts'))
  .map((f) => ({ file: relative(WEB_SRC, f), text: readFileSync(f, 'utf8') }));
const zh = messages['zh-CN'];
const en = messages['en-US'];
const keys = Object.keys(zh);

describe('console i18n', () => {
  it('has the same keys in every language, none empty', () => {
    for (const l of LANGUAGES) {
      expect(Object.keys(messages[l]).sort()).toEqual([...keys].sort());
      const empty = Object.entries(messages[l]).filter(([, v]) => v.trim() === '');
      expect(empty, `${l}: empty messages`).toEqual([]);
    }
    expect(keys.length).toBeGreaterThan(50);
  });

  it('has every key the code asks for, in both languages', () => {
    const missing: string[] = [];
    for (const { file, text } of code) {
      // t('key') and t('key', vars); t(`prefix.${x}`) must match at least one key.
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
        const key = m[1] ?? '';
        if (!(key in zh) || !(key in en)) missing.push(`${file}: ${key}`);
      }
      for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) {
        const prefix = m[1] ?? '';
        if (!keys.some((k) => k.startsWith(prefix))) missing.push(`${file}: ${prefix}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes no Chinese text outside the dictionaries', () => {
    const found: string[] = [];
    for (const { file, text } of code) {
      text.split('\n').forEach((line, i) => {
        const trimmed = line.trim();
        // Comments may quote the law in Chinese.
        if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return;
        if (/[\u4e00-\u9fff]/.test(line.replace(/\/\/.*$/, ''))) found.push(`${file}:${i + 1}: ${trimmed}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('writes no English words as text between tags', () => {
    const found: string[] = [];
    for (const { file, text } of code.filter((c) => c.file.endsWith('.tsx'))) {
      // The `>` must close a tag, not end an arrow (`=> Promise<void>`) or compare.
      for (const m of text.matchAll(/(?<![=\s])>\s*([A-Za-z][A-Za-z ,.'!?-]{2,})\s*</g))
        found.push(`${file}: ${m[1] ?? ''}`);
    }
    expect(found).toEqual([]);
  });
});
