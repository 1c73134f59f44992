import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_PATH, renderApiTypes } from '../scripts/gen-api-types.ts';

// The console's API types are generated from the server's route schemas, not written twice: a route
// changed without regenerating them fails here (fix: npm run gen:api-types).
describe('web/src/api/schema.ts', () => {
  it('matches the OpenAPI document of the current routes', async () => {
    const expected = await renderApiTypes();
    expect(readFileSync(API_TYPES_PATH, 'utf8') === expected, 'run npm run gen:api-types').toBe(true);
  }, 60_000);
});
