import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inBundledRanges, parseCmsCodeFile } from '../shared/diagnoses/cms-code-file';
import { serialiseCodeTable } from '../shared/diagnoses/code-table';

/*
 * Rebuilds the bundled ICD-10-CM table from an official CMS file:
 *
 *   npx tsx scripts/build-icd10cm-table.ts icd10cm_order_2026.txt "FY2026 (April 1, 2026 update)" \
 *     shared/diagnoses/icd10cm-2026.json
 *
 * The file is icd10cm_order_<year>.txt (or icd10cm_codes_<year>.txt) from the "Code Descriptions
 * in Tabular Order" archive on the CMS ICD-10 page. Keeps the billable codes of chapter 5
 * (F01–F99) and Z55–Z65, Z69–Z76, with their long titles, in the file's order.
 */
const [input, edition, output] = process.argv.slice(2);
if (!input || !edition || !output) {
  console.error('usage: build-icd10cm-table.ts <CMS order or code file> <edition> <output.json>');
  process.exit(2);
}
const codes = parseCmsCodeFile(readFileSync(input, 'latin1')).filter((row) => inBundledRanges(row.code));
writeFileSync(output, serialiseCodeTable({ edition, source: basename(input), codes }));
console.error(`${codes.length} codes written to ${output}`);
