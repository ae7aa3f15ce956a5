/// <reference lib="dom" />
// The dashboard's entry: a router on ?page= (state in the query string), the navigation, and one render per page.
import { errorBox, h } from './lib/dom.js';
import { href, param } from './lib/state.js';
import { comparePage } from './pages/compare.js';
import { countryPage } from './pages/country.js';
import { dyadPage } from './pages/dyad.js';
import { networkPage } from './pages/network.js';
import { methodsPage, sourcesPage } from './pages/reference.js';
import { scenarioPage } from './pages/scenario.js';

const PAGES: Record<string, { label: string; render: (main: HTMLElement) => Promise<void>; params?: Record<string, string> }> = {
  country: { label: 'Country', render: countryPage, params: { country: 'BLR' } },
  dyad: { label: 'Dyad', render: dyadPage, params: { a: 'BLR', b: 'RUS' } },
  compare: { label: 'Compare', render: comparePage },
  network: { label: 'Network', render: networkPage },
  scenario: { label: 'Scenario', render: scenarioPage },
  methods: { label: 'Methods', render: methodsPage },
  sources: { label: 'Sources', render: sourcesPage },
};

let rendering = 0;

async function render(): Promise<void> {
  const page = PAGES[param('page', 'country')] ? param('page', 'country') : 'country';
  const nav = document.getElementById('nav')!;
  nav.replaceChildren(...Object.entries(PAGES).map(([id, p]) => h('a', { href: href({ page: id, ...p.params }), class: id === page ? 'active' : '', 'data-nav': id }, p.label)));
  const main = document.getElementById('main')!;
  const ticket = ++rendering;
  main.replaceChildren(h('p', { class: 'loading' }, 'loading…'));
  document.body.dataset.ready = 'false';
  try {
    await PAGES[page]!.render(main);
  } catch (err) {
    if (ticket === rendering) main.replaceChildren(errorBox(err));
  }
  // e2e tests wait for this: every panel of the page has settled
  if (ticket === rendering) document.body.dataset.ready = 'true';
}

// links inside the app navigate without a reload (the API responses stay cached)
document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.('a');
  if (!a || !a.getAttribute('href')?.startsWith('?') || e.metaKey || e.ctrlKey) return;
  e.preventDefault();
  history.pushState(null, '', a.getAttribute('href'));
  void render();
});
window.addEventListener('popstate', () => void render());
window.addEventListener('interdep:navigate', () => void render());
void render();
