// Data-driven properties, field by field: every string field of a chronology entry and of a
// consent record (link labels and addresses included), and of the children, categories and
// options given with them, gets each payload, one field at a time.
// Where a field is displayed, the payload must be displayed as text.
//
// Which fields are displayed is measured, not listed by hand: the same field is first given
// a harmless marker, and if the marker shows up in the element's text (or in a text box),
// the field is displayed there, so the payload must show up too.
import type { ChronologyEntry } from '@kith/chronology';
import type { ConsentRecord } from '@kith/consent';
import { XSS_PAYLOADS } from './payloads.js';
import { allElements, problemsIn } from './detect.js';

type Path = (string | number)[];

interface Target {
  tag: string;
  /** The data properties to set, with every string field filled, so each can be replaced in turn. */
  base: Record<string, unknown>;
  /** What a reader does to see everything (open details, print). */
  reveal?: (el: HTMLElement) => Promise<void>;
}

const entry: ChronologyEntry = {
  id: 'entry-1',
  date: '2024-03-05',
  title: 'Home visit',
  description: 'Saw the children at home.',
  category: 'visit',
  source: 'Children’s services',
  significance: 'medium',
  impactOnChild: 'Amira was settled.',
  actionTaken: 'Next visit booked.',
  childIds: ['amira'],
  recordedBy: 'Sam Jones',
  recordedAt: '2024-03-05T10:15:00Z',
  links: [{ label: 'Visit note', href: '/documents/visit-1' }],
  suppliedBy: ['Children’s services'],
};

const children = [{ id: 'amira', name: 'Amira Hughes' }];
const categories = [
  { id: 'visit', label: 'Visit' },
  { id: 'police', label: 'Police' },
];

const option = (id: string, label: string) => ({ id, label });
const recorder = { name: 'Sam Okafor', role: 'Social worker' };
const consent: ConsentRecord[] = [
  {
    id: 'c-1',
    subject: { name: 'Maya Thompson', dateOfBirth: '2010-09-14' },
    decision: 'given',
    givenBy: { name: 'Claire Thompson', role: 'parent', hasParentalResponsibility: true },
    purposes: [option('education', 'Education support')],
    recipients: [option('school', 'School')],
    scope: { type: 'all' },
    method: 'in-person',
    informedOfRightToWithdraw: true,
    recordedBy: recorder,
    recordedAt: '2025-01-10T09:00:00Z',
  },
  {
    id: 'c-2',
    subject: { name: 'Maya Thompson', dateOfBirth: '2010-09-14' },
    decision: 'given',
    givenBy: { name: 'Maya Thompson', role: 'child', hasParentalResponsibility: false },
    capacity: { ageBand: 'under-16', assessed: true, competent: true, reasons: 'Maya explained it in her own words.' },
    purposes: [option('health', 'Health care')],
    recipients: [option('gp', 'GP surgery')],
    scope: { type: 'categories', categories: ['Health appointments'] },
    method: 'interpreter',
    informedOfRightToWithdraw: true,
    childViews: 'Only my GP.',
    reviewDate: '2026-08-10',
    expiresOn: '2027-03-01',
    recordedBy: recorder,
    recordedAt: '2026-02-10T14:20:00Z',
    supersedes: 'c-1',
  },
  {
    id: 'c-3',
    subject: { name: 'Maya Thompson', dateOfBirth: '2010-09-14' },
    decision: 'refused',
    givenBy: { name: 'Joan Price', role: 'other', roleOther: 'grandmother', hasParentalResponsibility: false },
    purposes: [option('safeguarding', 'Safeguarding')],
    recipients: [option('police', 'Police')],
    scope: { type: 'all' },
    method: 'phone',
    informedOfRightToWithdraw: false,
    withoutConsent: {
      lawfulBasis: option('safeguarding', 'Safeguarding children'),
      reason: 'Waiting would put Maya at risk.',
      decidedBy: { name: 'Priya Shah', role: 'Team manager' },
      personInformed: false,
      notInformedReason: 'Telling her could put Maya at risk.',
    },
    recordedBy: recorder,
    recordedAt: '2026-03-01T10:15:00Z',
  },
];

/** Every path to a string in a value, in a fixed order. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function withValueAt<T>(base: T, path: Path, text: string): T {
  const copy = structuredClone(base);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = text;
  return copy;
}

/** Every custom element in the composed tree has finished rendering. */
async function settle(host: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending = [host, ...allElements(host.shadowRoot ?? host)].map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete);
    await Promise.all(pending);
  }
}

/** What a reader can see: the text of the composed tree and what the text boxes hold, without white space. */
function shownText(host: Element): string {
  const parts: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (!(node instanceof Element)) continue;
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node.localName !== 'style' && node.localName !== 'template') walk(node);
    }
  };
  walk(host.shadowRoot ?? host);
  walk(host);
  return parts.join('').replace(/\s+/g, '');
}

/** Shown in full, or (for a value quoted in a problem message) its first 80 characters and "…". */
function isShown(text: string, value: string): boolean {
  const compact = value.replace(/\s+/g, '');
  return text.includes(compact) || text.includes(`${value.slice(0, 80)}…`.replace(/\s+/g, ''));
}

const TARGETS: Target[] = [
  {
    tag: 'kith-chronology',
    base: { entries: [entry], childNames: children, categories },
    async reveal(el) {
      // Open every entry's details, then render the print version, which shows everything.
      for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')) button.click();
      await settle(el);
      window.dispatchEvent(new Event('beforeprint'));
    },
  },
  { tag: 'kith-chronology-entry-form', base: { entry, childNames: children, categories } },
  {
    tag: 'kith-consent-history',
    base: {
      records: consent,
      purposeOptions: [option('education', 'Help at school')],
      recipientOptions: [option('gp', 'Family doctor')],
      lawfulBasisOptions: [option('safeguarding', 'Child protection')],
    },
  },
  { tag: 'kith-consent-status', base: { records: consent } },
];

export interface DataResult {
  element: string;
  payloads: number;
  fields: number;
  displayedFields: number;
  /** Fields that are not shown as text (they are still checked for injection). */
  notDisplayed: string[];
  tried: number;
  problems: string[];
}

async function render(target: Target, data: Record<string, unknown>, main: HTMLElement): Promise<{ el: HTMLElement; error?: unknown }> {
  const el = document.createElement(target.tag);
  try {
    Object.assign(el, data);
    main.append(el);
    await settle(el);
    await target.reveal?.(el);
    await settle(el);
    return { el };
  } catch (error) {
    return { el, error };
  }
}

export async function dataSweep(main: HTMLElement): Promise<DataResult[]> {
  const results: DataResult[] = [];
  for (const target of TARGETS) {
    const paths = stringPaths(target.base);
    const problems: string[] = [];
    const notDisplayed: string[] = [];
    let tried = 0;
    // The text check can fail: with the base data, no payload is found in the element.
    const plain = await render(target, target.base, main);
    if (XSS_PAYLOADS.some((payload) => isShown(shownText(plain.el), payload))) problems.push('a payload is found where none was put');
    plain.el.remove();
    for (const path of paths) {
      const field = path.join('.');
      const marker = `kithmarker${field.replace(/\W/g, '')}`;
      const probe = await render(target, withValueAt(target.base, path, marker), main);
      const displayed = isShown(shownText(probe.el), marker);
      probe.el.remove();
      if (!displayed) notDisplayed.push(field);
      for (const payload of XSS_PAYLOADS) {
        const { el, error } = await render(target, withValueAt(target.base, path, payload), main);
        const where = `${field} = ${JSON.stringify(payload.slice(0, 30))}`;
        if (error) problems.push(`threw ${String(error)} (${where})`);
        problems.push(...problemsIn(el).map((problem) => `${problem} (${where})`));
        if (displayed && !isShown(shownText(el), payload)) problems.push(`not shown as text (${where})`);
        tried++;
        el.remove();
      }
    }
    results.push({ element: target.tag, payloads: XSS_PAYLOADS.length, fields: paths.length, displayedFields: paths.length - notDisplayed.length, notDisplayed, tried, problems });
  }
  return results;
}
