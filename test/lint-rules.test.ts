import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rule that keeps protocol code pure (DESIGN.md principle 5) must stay in force: this test
// lints snippets as if they lived in src/media/ and fails if the rule stops firing.

describe('pure protocol folders lint rule', () => {
  const eslint = new ESLint({
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-globals',
  });
  const lint = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter(
      (m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals',
    );
  };

  it.each([
    ["import net from 'node:net';", 'node:net'],
    ["import { createSocket } from 'node:dgram';", 'node:dgram'],
    ["import { readFileSync } from 'fs';", 'fs'],
    ["import { setTimeout as wait } from 'node:timers/promises';", 'timers'],
  ])('refuses %s in src/media', async (code) => {
    expect((await lint(`${code}\nexport const x = 1;\n`, 'src/media/example.ts')).length).toBeGreaterThan(0);
  });

  it('refuses setTimeout in src/rtsp/codec', async () => {
    expect(
      (await lint('export const t = setTimeout(() => undefined, 1);\n', 'src/rtsp/codec/example.ts')).length,
    ).toBeGreaterThan(0);
  });

  it('allows the same import in an adapter folder', async () => {
    expect(
      await lint("import net from 'node:net';\nexport const s = net.createServer();\n", 'src/ingest/example.ts'),
    ).toEqual([]);
  });
});
