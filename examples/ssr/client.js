// Hydration: the server's HTML is already on screen; this makes it live without re-rendering it.
// The hydrate support must load before any Lit element module.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { ELEMENTS, casePage } from './page.js';

// First the page template, with the same data as the server: it gives the not-yet-defined elements
// their properties (the summary rows, the tasks). Then the definitions: each element upgrades,
// keeps those properties and hydrates its own server-rendered shadow root.
const data = JSON.parse(document.getElementById('case-data').textContent);
hydrate(casePage(data), document.getElementById('app'));
await Promise.all(ELEMENTS.map((specifier) => import(specifier)));
document.documentElement.dataset.hydrated = '';
