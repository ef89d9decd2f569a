// For every element in every custom-elements.json: each string attribute, string property
// and slot receives each payload; then chronology entries and consent records, field by field
// (data.ts). Nothing may run, navigate, or leave an unsafe URL behind. Then every attribute
// and property gets bad values that are not attacks (bad-values.ts): nothing may break.
import '@kith/forms';
import '@kith/offline';
import '@kith/chronology';
import '@kith/consent';
import { XSS_PAYLOADS, CANARY } from './payloads.js';
import { detectorWorks, problemsIn } from './detect.js';
import { dataSweep } from './data.js';
import { elementDeclarations } from './manifests.js';
import { badValueSweep } from './bad-values.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function sweep() {
  const results: { element: string; tried: number; problems: string[] }[] = [];
  const main = document.getElementById('sweep')!;
  const startUrl = location.href;
  for (const declaration of elementDeclarations) {
    const tag = declaration.tagName;
    const attributes = declaration.attributes.filter((a) => a.isString);
    const properties = declaration.stringProperties;
    const slots = declaration.slots;
    const problems: string[] = [];
    let tried = 0;
    for (const payload of XSS_PAYLOADS) {
      const variants: ((el: HTMLElement) => void)[] = [
        (el) => attributes.forEach((a) => el.setAttribute(a.name, payload)),
        (el) => properties.forEach((p) => ((el as unknown as Record<string, unknown>)[p] = payload)),
        (el) =>
          slots.forEach((s) => {
            const span = document.createElement('span');
            if (s.name) span.slot = s.name;
            span.textContent = payload;
            el.append(span);
          }),
      ];
      for (const apply of variants) {
        const el = document.createElement(tag);
        try {
          apply(el);
          main.append(el);
          await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
        } catch (error) {
          // A thrown TypeError naming the field is an allowed answer to bad input.
          if (!(error instanceof TypeError)) problems.push(`threw ${String(error)}`);
        }
        problems.push(...problemsIn(el).map((p) => `${p} (payload ${JSON.stringify(payload.slice(0, 30))})`));
        tried++;
        el.remove();
      }
    }
    results.push({ element: tag, tried, problems });
  }
  const data = await dataSweep(main);
  const badValues = await badValueSweep(main, elementDeclarations);
  // Give error and load handlers of anything injected time to fire.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await nextFrame();
  const ran = (window as unknown as Record<string, unknown>)[CANARY];
  return { results, data, badValues, ran: ran ?? null, navigated: location.href !== startUrl, detectorWorks: detectorWorks() };
}

(window as unknown as { kithXssSweep: typeof sweep }).kithXssSweep = sweep;
