// The CJK font psvis prints with: Noto Sans SC (SIL Open Font License 1.1) from the npm package
// @expo-google-fonts/noto-sans-sc, a dependency, so a fresh `npm ci` brings it and no system
// font is needed. Static TrueType (glyf) files: pdfkit subsets them into each PDF, so a form
// carries only the glyphs it uses, and the 30,890 characters it covers (CJK Unified Ideographs
// and Extension A) include the rarer ones of names and addresses (喆, 堃, 昇).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PsvisError } from '../../errors/psvis-error.ts';

/** The npm package that ships the font files. */
export const CJK_FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** The regular and bold faces, as bytes. */
export interface CjkFont {
  regular: Buffer;
  bold: Buffer;
}

let cached: CjkFont | null = null;

/** Loads the font once; PSVIS_ERR_PDF_FONT when the package is not installed. */
export function cjkFont(): CjkFont {
  if (cached !== null) return cached;
  let root: string;
  try {
    root = dirname(createRequire(import.meta.url).resolve(`${CJK_FONT_PACKAGE}/package.json`));
  } catch {
    throw new PsvisError(
      'PSVIS_ERR_PDF_FONT',
      `the Chinese font package ${CJK_FONT_PACKAGE} is not installed; run npm ci`,
      { package: CJK_FONT_PACKAGE },
      500,
    );
  }
  cached = {
    regular: readFileSync(join(root, '400Regular', 'NotoSansSC_400Regular.ttf')),
    bold: readFileSync(join(root, '700Bold', 'NotoSansSC_700Bold.ttf')),
  };
  return cached;
}
