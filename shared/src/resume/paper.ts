// Which paper a new resume starts on: US Letter where that is the norm, A4 everywhere else.
import { PaperSize } from './model';

/** Regions where Letter is the everyday paper size (the Americas that never took up A4). */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'PR',
  'GT',
  'CR',
  'PA',
  'DO',
  'SV',
]);

/** The paper for a BCP 47 locale ("en-US" gives Letter, "en-GB" and "de" give A4). */
export function defaultPaperForLocale(locale: string | undefined): PaperSize {
  const region = locale?.match(/[-_]([A-Za-z]{2})\b/)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? PaperSize.Letter : PaperSize.A4;
}
