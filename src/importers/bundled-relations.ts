// Importers of the bundled relations datasets, in build order.
import type { ImportContext } from './context.js';
import { atopImporter } from './from-atop-alliances.js';
import { belarusCaseEventsImporter } from './from-belarus-case-events.js';
import { ciaFactbookIgoImporter } from './from-cia-factbook-igo.js';
import { countryGroupsImporter } from './from-country-groups.js';
import { cowContiguityImporter } from './from-cow-contiguity.js';
import { cowIgoImporter } from './from-cow-igo.js';
import { cowNmcImporter } from './from-cow-nmc.js';
import { eusanctImporter } from './from-eusanct.js';
import { igoCrosswalkImporter } from './from-igo-crosswalk.js';
import { sipriArmsImporter } from './from-sipri-arms.js';
import { tiesSanctionsImporter } from './from-ties-sanctions.js';
import { ungaIdealPointsImporter } from './from-unga-ideal-points.js';
import { ungaRollcallImporter } from './from-unga-rollcall.js';
import type { Importer } from './importer.js';

export function relationsImporters(ctx: ImportContext): Importer[] {
  return [
    cowIgoImporter(ctx),
    // IGO memberships after COW IGO ends (2015–2025), mapped by the hand-compiled crosswalk in data-src/igo_crosswalk_cia_cow/.
    igoCrosswalkImporter(ctx),
    ciaFactbookIgoImporter(ctx),
    atopImporter(ctx),
    cowNmcImporter(ctx),
    cowContiguityImporter(ctx),
    sipriArmsImporter(ctx),
    ungaIdealPointsImporter(ctx),
    ungaRollcallImporter(ctx),
    tiesSanctionsImporter(ctx),
    eusanctImporter(ctx),
    // Hand-compiled in data-src/country_groups/ (see its README), bundled like the others.
    countryGroupsImporter(ctx),
    // Hand-compiled in data-src/belarus_case_events/ (see its README).
    belarusCaseEventsImporter(ctx),
  ];
}
