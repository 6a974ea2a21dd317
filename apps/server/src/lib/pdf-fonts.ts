import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * DejaVu Sans for every PDF the server makes (the assessment, the evacuation plan, the lägesbild
 * report): pdfkit's built-in fonts lack –, ≥ and other characters Swedish texts use. Read once.
 */
const require = createRequire(import.meta.url);
export const pdfFonts = {
  regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
};
