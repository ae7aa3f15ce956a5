// The IMF API's SDMX-CSV for IMTS through `interdep import dots`: the header picks the layout; UNIT_MULT scales values
// exactly; OBS_STATUS "E" marks estimates; a second code of one state is refused, not summed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUserImport } from '../helpers/user-import.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'interdep-imts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Synthetic values in the SDMX-CSV 1.0 layout (DATAFLOW first), with the optional attributes.
const CSV = [
  'DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS',
  'IMF.STA:IMTS(1.0.0),BLR,XG_FOB_USD,RUS,A,2023,24.5,6,',
  'IMF.STA:IMTS(1.0.0),BLR,MG_CIF_USD,RUS,A,2023,22100,3,E',
  'IMF.STA:IMTS(1.0.0),BLR,XG_FOB_USD,G998,A,2023,5.25,9,',
  'IMF.STA:IMTS(1.0.0),BLR,XG_FOB_USD,DEU,A,2023,1,x,',
  'IMF.STA:IMTS(1.0.0),BY,XG_FOB_USD,RUS,A,2023,1,6,',
  'IMF.STA:IMTS(1.0.0),G001,XG_FOB_USD,RUS,A,2023,1,6,',
].join('\n');

describe('IMTS SDMX-CSV through the dots format', () => {
  it('scales by UNIT_MULT to million US$, flags estimates, maps G998 to the EU, and quarantines the rest', async () => {
    const path = join(dir, 'imts.csv');
    writeFileSync(path, CSV + '\n');
    await withUserImport({ format: 'dots', path }, async (db, result, quarantine) => {
      expect(result.reports.map((r) => [r.read, r.loaded, r.quarantined])).toEqual([[6, 3, 3]]);
      expect(await db.all('SELECT reporter, partner, exports, imports, exports_flag, imports_flag FROM trade')).toEqual([
        { reporter: 'BLR', partner: 'RUS', exports: 24.5, imports: 22.1, exports_flag: 'reported', imports_flag: 'estimated' },
      ]);
      expect(await db.all('SELECT reporter, partner_group, exports, imports FROM trade_total')).toEqual([
        { reporter: 'BLR', partner_group: 'EUU', exports: 5250, imports: null },
      ]);
      expect(quarantine).toEqual([
        { file: 'imts.csv', line: 5, field: 'UNIT_MULT', reason: 'unknown UNIT_MULT "x" (expected a power of ten)' },
        // BY is Belarus's alpha-2 code: a second exports value for BLR–RUS 2023.
        { file: 'imts.csv', line: 6, field: 'COUNTERPART_COUNTRY', reason: 'a second exports value of BLR with RUS in 2023' },
        { file: 'imts.csv', line: 7, field: 'COUNTRY', reason: 'G001 is not a known state (an area, an aggregate or unknown)' },
      ]);
    });
  });
});
