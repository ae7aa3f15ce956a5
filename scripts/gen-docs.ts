// Writes the generated docs (docs/methods.md) from the metric registry.
import { writeFileSync } from 'node:fs';
import { renderMethods } from '../src/metrics/methods-doc.js';

writeFileSync('docs/methods.md', renderMethods());
console.log('wrote docs/methods.md');
