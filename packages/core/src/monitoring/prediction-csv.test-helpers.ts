import { type ParsedPredictions, PredictionCsvParser } from './prediction-csv.parser';
import type { PredictionCsvOptions } from './csv-columns';

/** Parses CSV text in one chunk, or in chunks of `chunkBytes`. Test helper. */
export function parseCsvText(
  text: string | Buffer,
  options: PredictionCsvOptions = {},
  chunkBytes = Number.POSITIVE_INFINITY,
): ParsedPredictions {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const parser = new PredictionCsvParser(options);
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    parser.push(bytes.subarray(offset, Math.min(bytes.length, offset + chunkBytes)));
  }
  return parser.finish();
}

/** A small, valid log in the default layout (spec §0), for tests to vary. */
export const sampleCsv = [
  'prediction_id,scored_at,score,label,sex,race_ethnicity,age_group,payer,site,lactate,heart_rate,age',
  '1,2024-01-01T00:00:20Z,0.036029,0,F,White,18-39,Commercial,SITE_D,1.16,91,37',
  '2,2024-01-01T00:00:32Z,0.844813,1,M,Black,65-79,Commercial,SITE_D,1.76,93,66',
  '3,2024-02-01T10:30:00Z,0.5,,F,White,40-64,Medicare,SITE_A,,84,70',
  '4,2024-03-15T23:59:59Z,0.25,0,X,Asian,80+,Medicaid,SITE_B,2.5,110,85',
].join('\n');
