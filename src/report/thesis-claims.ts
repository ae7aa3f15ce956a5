// The seed thesis's own figures about Belarus (shared/seed, sections as cited) checked against the data. Each claim
// names the metric or table that answers it; tolerances are stated with the claim (the seed's "nearly", "about").
import type { Database } from '../store/db.js';
import { groupMembers, panelValues } from '../store/queries/panel.js';
import { imfArrangements, indicatorValue, partnerRanking, visaFreeInto } from '../store/queries/report-country.js';
import { num } from './format-hypothesis.js';
import type { ThesisClaim } from './model.js';

/** agrees when |value − target| ≤ tolerance. */
export function judgeNear(value: number | null, target: number, tolerance: number): ThesisClaim['verdict'] {
  if (value === null) return 'not comparable';
  return Math.abs(value - target) <= tolerance ? 'agrees' : 'disagrees';
}

const pct = (v: number | null) => (v === null ? 'no value' : `${num(v * 100, 3)}%`);

async function share(db: Database, subject: string, counterpart: string, year: number): Promise<number | null> {
  const rows = await panelValues(db, { metrics: ['trade.share_turnover'], subjects: [subject], counterparts: [counterpart], from: year, to: year });
  return rows.find((r) => r.counterpart === counterpart)?.value ?? null;
}

export async function checkThesisClaims(db: Database): Promise<ThesisClaim[]> {
  const out: ThesisClaim[] = [];
  const ts = 'trade.share_turnover';
  const ru13 = await share(db, 'BLR', 'RUS', 2013);
  out.push({ section: '§3.5', claim: 'Russia has "nearly 50%" of Belarus\'s trade turnover (2013)', data: `Russia's share in 2013: ${pct(ru13)}`, value: ru13, ref: ts, verdict: judgeNear(ru13, 0.5, 0.05), note: 'tolerance ±5 points' });
  const ua13 = await share(db, 'BLR', 'UKR', 2013);
  out.push({ section: '§3.5', claim: 'Ukraine is second with "nearly 8%" (2013)', data: `Ukraine's share in 2013: ${pct(ua13)}`, value: ua13, ref: ts, verdict: judgeNear(ua13, 0.08, 0.015), note: 'tolerance ±1.5 points' });
  const kz13 = await share(db, 'BLR', 'KAZ', 2013);
  out.push({ section: '§3.5', claim: 'Kazakhstan "only slightly over 1%" (2013)', data: `Kazakhstan's share in 2013: ${pct(kz13)}`, value: kz13, ref: ts, verdict: kz13 === null ? 'not comparable' : kz13 >= 0.01 && kz13 <= 0.02 ? 'agrees' : 'disagrees', note: 'agrees within 1–2%' });
  const rank13 = await partnerRanking(db, ts, 'BLR', 2013);
  const chn = rank13.find((r) => r.counterpart === 'CHN');
  out.push({ section: '§3.5', claim: 'China "holds 5th place for trade turnover in 2013"', data: `China ranks ${chn?.rank ?? '–'} (share ${pct(chn?.value ?? null)})`, value: chn?.rank ?? null, ref: ts, verdict: chn ? (chn.rank === 5 ? 'agrees' : 'disagrees') : 'not comparable', note: 'rank among state partners by turnover share' });
  const ua2 = rank13.find((r) => r.counterpart === 'UKR');
  out.push({ section: '§3.5', claim: 'Ukraine "holds the second place of trade turnover"', data: `Ukraine ranks ${ua2?.rank ?? '–'} in 2013`, value: ua2?.rank ?? null, ref: ts, verdict: ua2 ? (ua2.rank === 2 ? 'agrees' : 'disagrees') : 'not comparable', note: '' });
  const cis13 = await share(db, 'BLR', 'CIS', 2013);
  const nonCis = cis13 === null ? null : 1 - cis13;
  out.push({ section: '§3.5', claim: 'Trade with non-CIS members "reached nearly 40%" of turnover (2013)', data: `1 − CIS share in 2013: ${pct(nonCis)}`, value: nonCis, ref: ts, verdict: judgeNear(nonCis, 0.4, 0.05), note: 'CIS membership by year from the country_groups dataset' });
  const cis = await panelValues(db, { metrics: [ts], subjects: ['BLR'], counterparts: ['CIS'], from: 1995, to: 2015 });
  const cisVals = cis.filter((r) => r.counterpart === 'CIS' && r.value !== null);
  const minCis = cisVals.length ? cisVals.reduce((a, b) => (b.value! < a.value! ? b : a)) : null;
  out.push({ section: '§3.2.1', claim: '"Since 1995, over half of the trade turnover in Belarus has been with CIS" (to c. 2015)', data: minCis ? `lowest CIS share 1995–2015: ${pct(minCis.value)} in ${minCis.year}` : 'no value', value: minCis?.value ?? null, ref: ts, verdict: minCis ? (minCis.value! > 0.5 ? 'agrees' : 'disagrees') : 'not comparable', note: 'every year 1995–2015 must exceed 50%' });
  const ru00 = await share(db, 'BLR', 'RUS', 2000);
  const ru05 = await share(db, 'BLR', 'RUS', 2005);
  const change = ru00 !== null && ru05 !== null ? ru05 / ru00 - 1 : null;
  out.push({ section: '§3.2.1', claim: 'Belarus–Russia trade turnover "decreased about 12% between 2000 and 2005"', data: `Russia's share ${pct(ru00)} (2000) → ${pct(ru05)} (2005): ${change === null ? '–' : `${num(change * 100, 3)}%`} relative change`, value: change, ref: ts, verdict: change === null ? 'not comparable' : change < 0 ? 'partly' : 'disagrees', note: 'the seed does not say whether it means the value or the share (CONCEPTS §10 #13); read as the share: the direction agrees, the size is checked here' });
  const ranks = await Promise.all([2004, 2005].map(async (y) => (await partnerRanking(db, ts, 'RUS', y)).find((r) => r.counterpart === 'BLR')?.rank ?? null));
  out.push({ section: '§3.2.2', claim: '"Between 2004 and 2005 Belarus went from being Russia\'s second highest trading partner to the sixth"', data: `Belarus's rank among Russia's partners: ${ranks[0] ?? '–'} (2004), ${ranks[1] ?? '–'} (2005)`, value: ranks[1] ?? null, ref: ts, verdict: ranks[0] === 2 && ranks[1] === 6 ? 'agrees' : ranks[0] === null ? 'not comparable' : 'disagrees', note: 'ranks by share of Russia\'s turnover' });
  const exp05 = await indicatorValue(db, 'BLR', 'NE.EXP.GNFS.ZS', 2005);
  out.push({ section: '§3.2.2', claim: '"In 2005, exports in Belarus accounted for 54% of its GDP"', data: `exports of goods and services, % of GDP (WDI NE.EXP.GNFS.ZS), 2005: ${exp05 === null ? 'no value' : `${num(exp05, 3)}%`}`, value: exp05 === null ? null : exp05 / 100, ref: 'dataset:worldbank_wdi/NE.EXP.GNFS.ZS', verdict: judgeNear(exp05 === null ? null : exp05 / 100, 0.54, 0.03), note: 'tolerance ±3 points; WDI revisions change the level' });
  const gas = await firstEnergy(db, 'energy.gas_supplier_share');
  out.push({ section: '§3.2.2, §5', claim: 'Belarus is "almost 100% dependent on Russia for gas"', data: gas ? `Russia's share of gas imports, ${gas.year}: ${pct(gas.value)}` : 'no value', value: gas?.value ?? null, ref: 'energy.gas_supplier_share', verdict: gas ? (gas.value >= 0.95 ? 'agrees' : 'disagrees') : 'not comparable', note: gas ? `the energy trade data start in ${gas.year}, after the thesis (c. 2016)` : '' });
  const oil = await firstEnergy(db, 'energy.oil_supplier_share');
  out.push({ section: '§3.2.2, §5', claim: 'Belarus is "about 90% dependent on Russia for oil imports"', data: oil ? `Russia's share of crude imports, ${oil.year}: ${pct(oil.value)}` : 'no value', value: oil?.value ?? null, ref: 'energy.oil_supplier_share', verdict: oil ? judgeNear(oil.value, 0.9, 0.1) : 'not comparable', note: oil ? `tolerance ±10 points; data start in ${oil.year}` : '' });
  const esd = await mostEnergyDependent(db);
  out.push({ section: '§5', claim: 'Belarus "is the most energy dependent country in the entire FSU"', data: esd ? `Belarus ranks ${esd.rank} of ${esd.of} post-Soviet states on energy supply dependence on Russia (${esd.year}; first: ${esd.first})` : 'no value', value: esd?.rank ?? null, ref: 'energy.supply_dependence', verdict: esd ? (esd.rank !== 1 ? 'disagrees' : esd.of < 5 ? 'partly' : 'agrees') : 'not comparable', note: `read as dependence on Russian supply, the thesis's context${esd && esd.of < 5 ? `; only ${esd.of} post-Soviet states have the energy data, so the ranking says little` : ''}` });
  const imf = await imfArrangements(db, 'BLR');
  const yrs = imf.map((a) => a.year);
  out.push({ section: '§3.2.3', claim: 'IMF assistance "twice in 1993 and once again in 1995", then none "until 2009"', data: `IMF arrangements approved: ${imf.map((a) => `${a.year} ${a.arrangement_type}`).join(', ') || 'none'}`, value: imf.length, ref: 'dataset:imf_fund_arrangements/imf_arrangement', verdict: yrs.includes(1995) && yrs.includes(2009) && !yrs.some((y) => y > 1995 && y < 2009) ? 'partly' : 'disagrees', note: '1995 and 2009 and the gap between them agree; the dataset lists arrangements only, so the two 1993 drawings are not in it' });
  const visa = await visaFreeInto(db, 'BLR', 2019);
  out.push({ section: '§3.4', claim: 'Foreigners "from all but around 20 countries" need a visa; no EU country is visa-exempt', data: `2019: ${visa.n} countries' citizens enter visa-free, ${visa.eu} of them EU members`, value: visa.n, ref: 'visa.free_access', verdict: 'not comparable', note: 'the visa data start in 2019, after Belarus\'s 2017–2018 visa-free entry schemes; the thesis describes c. 2016' });
  return out;
}

async function firstEnergy(db: Database, metric: string): Promise<{ year: number; value: number } | null> {
  const rows = await panelValues(db, { metrics: [metric], subjects: ['BLR'], counterparts: ['RUS'], from: 1990, to: 2100 });
  const r = rows.find((x) => x.counterpart === 'RUS' && x.value !== null);
  return r ? { year: r.year, value: r.value! } : null;
}

async function mostEnergyDependent(db: Database): Promise<{ rank: number; of: number; year: number; first: string } | null> {
  const members = (await groupMembers(db, 'FSU15', 2016, 2016)).filter((m) => m !== 'RUS');
  const rows = await panelValues(db, { metrics: ['energy.supply_dependence'], subjects: members, counterparts: ['RUS'], from: 2016, to: 2100 });
  const blr = rows.find((r) => r.subject === 'BLR' && r.counterpart === 'RUS' && r.value !== null);
  if (!blr) return null;
  const same = rows.filter((r) => r.year === blr.year && r.counterpart === 'RUS' && r.value !== null).sort((a, b) => b.value! - a.value!);
  return { rank: same.findIndex((r) => r.subject === 'BLR') + 1, of: same.length, year: blr.year, first: same[0]!.subject };
}
