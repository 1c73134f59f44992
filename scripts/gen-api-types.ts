import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import pino from 'pino';
import { systemClock } from '../src/clock.ts';
import { complianceCameraRules, complianceVocabulary } from '../src/compliance/guards.ts';
import { loadConfig } from '../src/config/config.ts';
import { createPsvis } from '../src/main.ts';

/** Where the web console's API types go. */
export const API_TYPES_PATH = fileURLToPath(new URL('../web/src/api/schema.ts', import.meta.url));

/**
 * The server's OpenAPI document, built from the routes' zod schemas: psvis is wired (not started)
 * on a throw-away data directory, so no database or port is touched.
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'psvis-openapi-'));
  try {
    const config = loadConfig({
      file: null,
      env: { PSVIS_DATA_DIR: dataDir, PSVIS_DEMO_CAMERA: 'false', PSVIS_RESTREAM: 'false' },
    });
    const psvis = await createPsvis({
      config,
      log: pino({ level: 'silent' }),
      clock: systemClock,
      vocabulary: complianceVocabulary,
      cameraRules: complianceCameraRules,
    });
    await psvis.http.ready();
    const doc = psvis.http.swagger() as unknown as Record<string, unknown>;
    await psvis.http.close();
    await psvis.database.close();
    return doc;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The web console's API types (the `paths` of openapi-fetch), generated from the OpenAPI document. */
export async function renderApiTypes(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0]);
  return (
    "// Generated from the server's OpenAPI document by `npx tsx scripts/gen-api-types.ts`; do not edit.\n" +
    '// test/api-types.test.ts fails when the routes change and this file was not regenerated.\n' +
    astToString(ast)
  );
}

// Run only when invoked as a script, so importing this module has no side effects.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(API_TYPES_PATH, await renderApiTypes());
}
