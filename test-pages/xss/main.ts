// For every element in every custom-elements.json: each string attribute, string property
// and slot receives each payload; then chronology entries and consent records, field by field
// (data.ts). Nothing may run, navigate, or leave an unsafe URL behind.
import '@kith/forms';
import '@kith/offline';
import '@kith/chronology';
import '@kith/consent';
import { XSS_PAYLOADS, CANARY } from './payloads.js';
import { detectorWorks, problemsIn } from './detect.js';
import { dataSweep } from './data.js';

interface Manifest {
  modules: {
    declarations?: {
      customElement?: boolean;
      tagName?: string;
      attributes?: { name: string; type?: { text: string }; fieldName?: string }[];
      members?: { kind: string; name: string; type?: { text: string }; privacy?: string; static?: boolean; readonly?: boolean }[];
      slots?: { name: string }[];
    }[];
  }[];
}

const isString = (type?: { text: string }) => !type || /^(string|string \| undefined|string \| null)$/.test(type.text.trim()) || /'[^']*'(\s*\|\s*'[^']*')+/.test(type.text);
const manifests = import.meta.glob<Manifest>('../../packages/*/custom-elements.json', { eager: true, import: 'default' });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function sweep() {
  const results: { element: string; tried: number; problems: string[] }[] = [];
  const main = document.getElementById('sweep')!;
  const startUrl = location.href;
  for (const manifest of Object.values(manifests)) {
    for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const tag = declaration.tagName;
      const attributes = (declaration.attributes ?? []).filter((a) => isString(a.type));
      const properties = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && m.type && isString(m.type));
      const slots = declaration.slots ?? [];
      const problems: string[] = [];
      let tried = 0;
      for (const payload of XSS_PAYLOADS) {
        const variants: ((el: HTMLElement) => void)[] = [
          (el) => attributes.forEach((a) => el.setAttribute(a.name, payload)),
          (el) => properties.forEach((p) => ((el as unknown as Record<string, unknown>)[p.name] = payload)),
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
  }
  const data = await dataSweep(main);
  // Give error and load handlers of anything injected time to fire.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await nextFrame();
  const ran = (window as unknown as Record<string, unknown>)[CANARY];
  return { results, data, ran: ran ?? null, navigated: location.href !== startUrl, detectorWorks: detectorWorks() };
}

(window as unknown as { kithXssSweep: typeof sweep }).kithXssSweep = sweep;
