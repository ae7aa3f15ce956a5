// IMF Finance Department, "Fund Arrangements since 1952" (MONA; IMF Financial Activities), via
// kevinkuruc/IMFCrises (2019): one row per lending arrangement approved 1952-06-19 … 2017-06-19.
import { z } from 'zod';
import { CountryLookupError } from '../core/errors.js';
import { bundled, type ImportContext } from './context.js';
import { int, num, optDate, optNum, text, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const IMF_ARRANGEMENTS = 'imf_fund_arrangements';

// Excel errors left in the IMF sheet ("#VALUE!", "#DIV/0!" where a duration is 0) are missing values;
// the published text stays in attributes.
const EXCEL_ERRORS = ['#VALUE!', '#DIV/0!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!'];
const optNumber = optNum(EXCEL_ERRORS);

/** Y / N where reported; empty = not reported. */
const yesNo = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === '' || EXCEL_ERRORS.includes(t)) return null;
  if (t === 'Y') return true;
  if (t === 'N') return false;
  ctx.addIssue({ code: 'custom', message: `expected Y or N: "${v}"` });
  return z.NEVER;
});

const date = optDate.refine((d) => d !== null, { message: 'missing value' });

const shape = {
  country: text,
  imf_dept: text,
  ifs_code: int,
  account: text,
  arrangement_type: text,
  exceptional_access: yesNo,
  precautionary: yesNo,
  date_of_arrangement: date,
  year,
  expiration_date: optDate,
  extended_expiration_date: optDate,
  cancellation_date: optDate,
  actual_expiration_date: optDate,
  original_duration_months: optNumber,
  actual_duration_months: optNumber,
  quota_at_approval_sdr_mn: optNumber,
  current_quota_sdr_mn: optNumber,
  total_amount_approved: num,
  approved_pct_of_quota_at_approval: optNumber,
  avg_annual_access_pct_of_quota: optNumber,
  first_disbursement_pct_quota: optNumber,
  first_6m_disbursements_pct_quota: optNumber,
  first_year_disbursements_pct_quota: optNumber,
  total_drawn_pct_quota: optNumber,
  total_amount_disbursed_sdr_mn: optNumber,
  ngdp_sdr_bn_at_approval_year: optNumber,
  access_pct_of_gdp: optNumber,
  approved_pct_of_current_quota: optNumber,
};
const columns = Object.keys(shape);

// The original record travels with the parsed one so that attributes keep every column exactly as published.
const row = z.preprocess(
  (record) => ({ ...(record as Record<string, string>), attributes: JSON.stringify(record) }),
  z.object({ ...shape, attributes: z.string() }),
);
type ArrangementRow = z.infer<typeof row>;

export function imfArrangementsImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${IMF_ARRANGEMENTS}/imf_fund_arrangements_since_1952.csv.gz`),
): Importer {
  const byName = (r: ArrangementRow): string | undefined => {
    try {
      return ctx.countries.resolve(r.country, { year: r.year }).code;
    } catch (err) {
      if (err instanceof CountryLookupError) return undefined;
      throw err;
    }
  };
  /**
   * The IFS code (or, without one, the name) gives the member as it is today; the IMF kept codes and names
   * through successions (935: Czechoslovakia, then the Czech Republic; 942: Serbia & Montenegro, then Serbia;
   * "Yugoslavia, FR" for the SFRY's arrangements of 1961–1990). So step back to the predecessor that was the
   * member in the year of approval, when the later entity did not exist yet or the published name says so.
   */
  const country = (r: ArrangementRow): string | undefined => {
    const named = byName(r);
    let code = ctx.countries.fromImf(r.ifs_code) ?? named;
    while (code) {
      const current = code;
      const earlier = ctx.countries
        .predecessors(current)
        .filter((p) => p.year > r.year && ctx.countries.existedIn(p.code, r.year));
      const pick = earlier.length === 1 ? earlier[0] : earlier.find((p) => p.code === named);
      if (!pick || (ctx.countries.existedIn(current, r.year) && pick.code !== named)) break;
      code = pick.code;
    }
    return code;
  };
  return {
    dataset: IMF_ARRANGEMENTS,
    tables: ['imf_arrangement'],
    files: [
      {
        ...file,
        columns,
        schema: row,
        key: {
          fields: 'ifs_code, arrangement_type, date_of_arrangement',
          of: (r: ArrangementRow) => `${r.ifs_code},${r.arrangement_type},${r.date_of_arrangement}`,
        },
        map: (r: ArrangementRow, emit) => {
          if (Number(r.date_of_arrangement!.slice(0, 4)) !== r.year) {
            return reject('year', `year ${r.year} differs from date_of_arrangement ${r.date_of_arrangement}`);
          }
          const code = country(r);
          if (!code) return reject('ifs_code', `unknown IFS code ${r.ifs_code} and country "${r.country}" in ${r.year}`);
          emit('imf_arrangement', {
            dataset: IMF_ARRANGEMENTS,
            country: code,
            arrangement_type: r.arrangement_type,
            account: r.account,
            approved: r.date_of_arrangement,
            year: r.year,
            expiration: r.expiration_date,
            actual_expiration: r.actual_expiration_date,
            cancellation: r.cancellation_date,
            duration_months: r.original_duration_months,
            quota_sdr_mn: r.quota_at_approval_sdr_mn,
            amount_approved: r.total_amount_approved,
            // The IMF table gives amounts in US$ million to 1971 and in SDR million from 1972.
            amount_unit: r.year < 1972 ? 'USD mn' : 'SDR mn',
            approved_pct_quota: r.approved_pct_of_quota_at_approval,
            disbursed_sdr_mn: r.total_amount_disbursed_sdr_mn,
            precautionary: r.precautionary,
            exceptional_access: r.exceptional_access,
            attributes: r.attributes,
          });
        },
      },
    ],
  };
}
