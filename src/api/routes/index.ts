// The route table: every endpoint of the API, in the order the OpenAPI document lists them.
import type { RouteDef } from '../route.js';
import { countryDomains, countryMap, countryPartners, countrySummary } from './country.js';
import { dyad, events } from './dyad.js';
import { exportFile, exportManifest } from './export.js';
import { network, networkPaths } from './network.js';
import { report } from './report.js';
import { scenario, scenarioPost, scenarioRun, scenarios } from './scenarios.js';
import { countries, country, groups, health, manifest, metric, metrics, sources } from './reference.js';
import { compare, values } from './values.js';

export const API_ROUTES: readonly RouteDef[] = [
  health, countries, country, groups, metrics, metric, sources, manifest,
  values, compare,
  countrySummary, countryPartners, countryDomains, countryMap,
  dyad, events,
  network, networkPaths,
  scenarios, scenario, scenarioRun, scenarioPost,
  report,
  exportFile, exportManifest,
];
