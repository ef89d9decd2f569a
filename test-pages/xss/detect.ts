// What counts as an injection: a script-capable element, an event-handler attribute, or a
// URL attribute whose scheme (read by the browser's own URL parser) can run script.
const UNSAFE_URL = /^(javascript|data|vbscript):$/;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background'];

/** The scheme the browser itself would use for this attribute value (its own URL parser). */
function scheme(url: string): string {
  try {
    return new URL(url, location.href).protocol;
  } catch {
    return '';
  }
}

export function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

export function problemsIn(host: Element): string[] {
  const problems: string[] = [];
  for (const el of allElements(host.shadowRoot ?? host)) {
    if (el.localName === 'script' || el.localName === 'iframe' || el.localName === 'object' || el.localName === 'embed') problems.push(`<${el.localName}> rendered`);
    for (const attr of el.attributes) {
      // srcdoc is a whole HTML document: none may be rendered.
      if (/^on/i.test(attr.name) || attr.name === 'srcdoc') problems.push(`${el.localName}[${attr.name}] rendered`);
      if (URL_ATTRIBUTES.includes(attr.name) && UNSAFE_URL.test(scheme(attr.value))) problems.push(`${el.localName}[${attr.name}="${attr.value.slice(0, 40)}"]`);
    }
  }
  return problems;
}

/** The detector finds what it looks for: a shadow root holding an unsafe link and a handler attribute. */
export function detectorWorks(): boolean {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const link = document.createElement('a');
  link.setAttribute('href', ' \tJaVaScript:void(0)');
  const image = document.createElement('img');
  image.setAttribute('onerror', 'void 0');
  shadow.append(link, image);
  return problemsIn(host).length === 2;
}
