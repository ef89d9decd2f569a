// Warm bench page: every library on one page, so they are measured in the same run.
import '@kith/forms';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import { plainField, govukField, kithField, shoelaceField } from './fields.js';
import { plainMixedField, kithMixedField } from './mixed-fields.js';
import { createHarness } from './harness.js';

window.bench = createHarness(document.getElementById('container'), {
  plain: plainField,
  govuk: govukField,
  kith: kithField,
  shoelace: shoelaceField,
  'plain-mixed': plainMixedField,
  'kith-mixed': kithMixedField,
});
