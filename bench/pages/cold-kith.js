// Cold load: this library alone, 100 fields rendered as soon as the page's script runs.
import '@kith/forms';
import { kithField } from './fields.js';
import { nextPaint } from './harness.js';

const form = document.createElement('form');
for (let i = 0; i < 100; i++) form.append(kithField(i));
document.getElementById('container').append(form);
nextPaint().then(() => (window.coldLoaded = performance.now()));
