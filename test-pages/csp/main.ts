// Renders every state of every story, one after another, on a page served with a strict
// CSP and Trusted Types, and records any violation against the story that caused it.
import { render, type TemplateResult } from 'lit';

type Loader = (context: { args: Record<string, unknown> }) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
interface StoryLike {
  args?: Record<string, unknown>;
  loaders?: Loader[];
  render?: (args: Record<string, unknown>, context: { args: Record<string, unknown>; globals: object; loaded: Record<string, unknown> }) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
}
interface StoriesModule {
  default: StoryLike & { title: string };
  [name: string]: unknown;
}

const modules = import.meta.glob<StoriesModule>('../../packages/*/src/**/*.stories.ts', { eager: true });
const violations: { story: string; directive: string; blocked: string; sample: string }[] = [];
let current = '';
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ story: current, directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function renderAll() {
  const results: { story: string; rendered: boolean; error?: string }[] = [];
  const main = document.getElementById('stories')!;
  for (const module of Object.values(modules)) {
    const meta = module.default;
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryLike;
      current = `${meta.title}/${name}`;
      const section = document.createElement('section');
      section.dataset.story = current;
      main.append(section);
      try {
        const args = { ...meta.args, ...story.args };
        const renderStory = story.render ?? meta.render;
        if (!renderStory) throw new Error('no render function');
        const loaders = [...(meta.loaders ?? []), ...(story.loaders ?? [])];
        const loaded = Object.assign({}, ...(await Promise.all(loaders.map((load) => load({ args })))));
        render(renderStory(args, { args, globals: {}, loaded }), section);
        await nextFrame();
        await (story.play ?? meta.play)?.({ canvasElement: section, args });
        // Interact: type into each text box, so templates that appear on input render too.
        for (const input of deepQueryAll(section, 'input:not([type=radio]):not([type=checkbox]), textarea')) {
          (input as HTMLInputElement).focus();
          (input as HTMLInputElement).value += 'x';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        }
        await nextFrame();
        const rendered = [...section.querySelectorAll('*')].some((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0);
        results.push({ story: current, rendered });
      } catch (error) {
        results.push({ story: current, rendered: false, error: String(error) });
      }
    }
  }
  return { results, violations };
}

function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  return found;
}

(window as unknown as { kithRenderAll: typeof renderAll }).kithRenderAll = renderAll;
