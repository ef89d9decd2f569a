// Cold load: this library alone, 100 fields rendered as soon as the page's script runs.
import '@shoelace-style/shoelace/dist/components/input/input.js';
import { shoelaceField } from './fields.js';
import { nextPaint } from './harness.js';

const form = document.createElement('form');
for (let i = 0; i < 100; i++) form.append(shoelaceField(i));
document.getElementById('container').append(form);
nextPaint().then(() => (window.coldLoaded = performance.now()));
