// dist/kith.js: every Kith element, lit and the Welsh translations in one ES module file, for
// prototypes and pages without a build step (docs/decisions/003-single-file-bundle.md).
// Importing it registers every element. Each package's API is a namespace (`chronology.filterToSearchParams`);
// `setLocale` and `getLocale` are also exported on their own, as every Welsh page needs them.
export * as core from '@kith/core';
export * as tokens from '@kith/tokens';
export * as forms from '@kith/forms';
export * as offline from '@kith/offline';
export * as chronology from '@kith/chronology';
export * as consent from '@kith/consent';
export { setLocale, getLocale } from '@kith/core';
