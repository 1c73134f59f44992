import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderComplianceDocs } from '../src/compliance/docs.ts';

/** Where the generated page goes. */
export const COMPLIANCE_DOCS_PATH = fileURLToPath(new URL('../docs/compliance.md', import.meta.url));

/** Writes docs/compliance.md from the profiles (run: npx tsx scripts/gen-compliance-docs.ts). */
export function writeComplianceDocs(path: string = COMPLIANCE_DOCS_PATH): void {
  writeFileSync(path, renderComplianceDocs());
}

// Run only when invoked as a script, so importing this module has no side effects.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeComplianceDocs();
}
