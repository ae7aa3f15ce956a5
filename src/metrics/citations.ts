// The works metrics cite, once each: full references for docs/methods.md and `interdep cite`.

export interface Citation {
  key: string;
  authors: string;
  year: number;
  title: string;
  venue: string;
}

export const CITATIONS: Readonly<Record<string, Citation>> = {
  'oneal-russett-1997': {
    key: 'oneal-russett-1997', authors: 'Oneal, John R. and Bruce M. Russett', year: 1997,
    title: 'The Classical Liberals Were Right: Democracy, Interdependence, and Conflict, 1950–1985',
    venue: 'International Studies Quarterly 41(2): 267–294',
  },
  'barbieri-1996': {
    key: 'barbieri-1996', authors: 'Barbieri, Katherine', year: 1996,
    title: 'Economic Interdependence: A Path to Peace or a Source of Interstate Conflict?',
    venue: 'Journal of Peace Research 33(1): 29–49',
  },
  'hirschman-1945': {
    key: 'hirschman-1945', authors: 'Hirschman, Albert O.', year: 1945,
    title: 'National Power and the Structure of Foreign Trade', venue: 'Berkeley: University of California Press',
  },
  'herfindahl-1950': {
    key: 'herfindahl-1950', authors: 'Herfindahl, Orris C.', year: 1950,
    title: 'Concentration in the U.S. Steel Industry', venue: 'PhD dissertation, Columbia University',
  },
  'shannon-1948': {
    key: 'shannon-1948', authors: 'Shannon, Claude E.', year: 1948,
    title: 'A Mathematical Theory of Communication', venue: 'Bell System Technical Journal 27(3): 379–423',
  },
  'wits-indicators': {
    key: 'wits-indicators', authors: 'World Bank', year: 2010,
    title: 'WITS Online Help: Trade Indicators (trade intensity, market concentration)', venue: 'World Integrated Trade Solution, wits.worldbank.org',
  },
  'keohane-nye-1977': {
    key: 'keohane-nye-1977', authors: 'Keohane, Robert O. and Joseph S. Nye', year: 1977,
    title: 'Power and Interdependence: World Politics in Transition', venue: 'Boston: Little, Brown',
  },
  'emerson-1962': {
    key: 'emerson-1962', authors: 'Emerson, Richard M.', year: 1962,
    title: 'Power-Dependence Relations', venue: 'American Sociological Review 27(1): 31–41',
  },
};
