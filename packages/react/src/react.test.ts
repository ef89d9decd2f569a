import { expect, waitUntil } from '@open-wc/testing';
import { readFile, sendKeys } from '@web/test-runner-commands';
import { createElement, useState, version as reactVersion, type ComponentType } from 'react';
import * as wrappers from './index.js';
import {
  KithCheckboxes,
  KithDetails,
  KithDraftRestore,
  KithOption,
  KithSummaryList,
  KithTextInput,
  type KithCheckboxesElement,
  type KithTextInputElement,
} from './index.js';
import { container, render, rendered, useFreshRoot } from './test-helpers.js';

interface Manifests {
  packages: { name: string; manifest: unknown }[];
}

/** Every package's manifest, read from disk as scripts/generate-react.mjs reads it. */
async function readManifests(): Promise<Manifests> {
  const rootPackage = JSON.parse((await readFile({ path: '../../../package.json' }))!) as { workspaces: string[] };
  const packages: Manifests['packages'] = [];
  for (const workspace of [...rootPackage.workspaces].sort()) {
    const pkg = JSON.parse((await readFile({ path: `../../../${workspace}/package.json` }))!) as {
      name: string;
      customElements?: string;
    };
    if (!pkg.customElements) continue;
    const manifest = await readFile({ path: `../../../${workspace}/${pkg.customElements}` });
    packages.push({ name: pkg.name, manifest: JSON.parse(manifest!) });
  }
  return { packages };
}

interface Generator {
  generateReactFiles(packages: Manifests['packages']): Record<string, string>;
  elementsFromManifests(packages: Manifests['packages']): {
    elements: { tagName: string; className: string; events: { name: string; prop: string }[] }[];
  };
}
// A URL, not a specifier: the generator is a Node script with no type declarations.
const generatorUrl = new URL('../../../scripts/generate-react.mjs', import.meta.url).href;
const loadGenerator = () => import(/* @vite-ignore */ generatorUrl) as Promise<Generator>;




// scripts/test.mjs runs this file on React 19 and again on React 18 (KITH_REACT=18).
describe(`@kith/react on React ${reactVersion}`, () => {
  useFreshRoot();

  it('is up to date with the custom elements manifests', async () => {
    const { generateReactFiles } = await loadGenerator();
    const files = generateReactFiles((await readManifests()).packages);
    const outOfDate: string[] = [];
    for (const [name, source] of Object.entries(files)) {
      if ((await readFile({ path: `./${name}` }).catch(() => undefined)) !== source) outOfDate.push(name);
    }
    expect(outOfDate, 'out of date with the manifests: run node scripts/generate-react.mjs').to.deep.equal([]);
  });

  it('has manifests that list only the events the JSDoc documents, which Storybook shows', async () => {
    type Declaration = { tagName?: string; events?: { name?: string; description?: string }[] };
    const listed = (await readManifests()).packages.flatMap(({ manifest }) =>
      (manifest as { modules: { declarations?: Declaration[] }[] }).modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .flatMap((declaration) => (declaration.events ?? []).map((event) => `${declaration.tagName}: ${event.name}`)),
    );
    expect(listed).to.include.members(['kith-add-another: kith-item-remove', 'kith-details: kith-details-toggle']);
    expect(listed.filter((event) => !/: (kith-[a-z-]+|input|change)$/.test(event))).to.deep.equal([]);
  });

  it('wraps every element in the manifests and calls each documented event prop', async () => {
    const { elementsFromManifests } = await loadGenerator();
    const { elements } = elementsFromManifests((await readManifests()).packages);
    expect(elements.length).to.be.greaterThan(0);
    for (const { tagName, className, events } of elements) {
      const Wrapper = (wrappers as Record<string, unknown>)[className] as ComponentType<Record<string, unknown>>;
      expect(Wrapper, `${className} is exported`).to.exist;
      const calls: string[] = [];
      const handlers = Object.fromEntries(events.map(({ prop }) => [prop, (event: Event) => calls.push(`${prop}:${event.type}`)]));
      render(createElement(Wrapper, { id: 'subject', ...handlers }));
      const element = await rendered<HTMLElement>('#subject');
      expect(element.localName).to.equal(tagName);
      expect(element, `${tagName} is upgraded`).to.be.instanceOf(customElements.get(tagName)!);
      for (const { name } of events) element.dispatchEvent(new Event(name, { bubbles: true, composed: true }));
      expect(calls, tagName).to.deep.equal(events.map(({ name, prop }) => `${prop}:${name}`));
      render(null);
    }
  });

  it('passes props to the element as properties, including arrays and booleans', async () => {
    render(
      createElement(KithSummaryList, {
        className: 'case-summary',
        id: 'child-summary',
        cardTitle: 'Child',
        rows: [
          { key: 'Name', value: 'Ada Lovelace', href: '#name' },
          { key: 'Date of birth', value: '10 December 2015' },
        ],
        noBorder: true,
      }),
    );
    const list = await rendered<wrappers.KithSummaryListElement>('kith-summary-list');
    expect(list.classList.contains('case-summary')).to.be.true;
    expect(list.rows.map((row) => row.value)).to.deep.equal(['Ada Lovelace', '10 December 2015']);
    expect(list.noBorder).to.be.true;
    expect(list.shadowRoot!.textContent).to.include('Ada Lovelace');
    expect(list.shadowRoot!.textContent).to.include('Child');

    render(createElement(KithSummaryList, { rows: [{ key: 'Name', value: 'Grace Hopper' }] }));
    await list.updateComplete;
    expect(list.shadowRoot!.textContent).to.include('Grace Hopper');
    expect(list.shadowRoot!.textContent).not.to.include('Ada Lovelace');
    expect(list.shadowRoot!.textContent, 'a prop no longer given is unset').not.to.include('Child');
    expect(list.hasAttribute('id'), 'as on a native element, no id="undefined"').to.be.false;
  });

  it('keeps a controlled text input and React state in step as the user types, and reports change', async () => {
    const changes: string[] = [];
    function ChildName() {
      const [name, setName] = useState('');
      return createElement(
        'div',
        null,
        createElement(KithTextInput, {
          label: "Child's full name",
          hint: 'As on their birth certificate',
          name: 'child-name',
          value: name,
          onInput: (event) => setName(event.currentTarget.value),
          onChange: (event) => changes.push(event.currentTarget.value),
        }),
        createElement('output', null, name),
      );
    }
    render(createElement(ChildName));
    const input = await rendered<KithTextInputElement>('kith-text-input');
    expect(input.label).to.equal("Child's full name");
    expect(input.shadowRoot!.querySelector('label')!.textContent).to.include("Child's full name");

    input.focus();
    await sendKeys({ type: 'Ada Lovelace' });
    await input.updateComplete;
    expect(container.querySelector('output')!.textContent).to.equal('Ada Lovelace');
    expect(input.value).to.equal('Ada Lovelace');
    expect(input.shadowRoot!.querySelector('input')!.value, 'no keystroke lost to a re-render').to.equal('Ada Lovelace');
    expect(changes).to.deep.equal([]);

    await sendKeys({ press: 'Tab' });
    expect(changes).to.deep.equal(['Ada Lovelace']);
  });

  it('calls onInput once per keystroke and onChange once per commit, never twice', async () => {
    const calls: string[] = [];
    render(
      createElement(KithTextInput, {
        label: 'Case reference',
        onInput: (event) => calls.push(`input ${event.currentTarget.value}`),
        onChange: (event) => calls.push(`change ${event.currentTarget.value}`),
      }),
    );
    const input = await rendered<KithTextInputElement>('kith-text-input');
    input.focus();
    await sendKeys({ type: 'CR1' });
    await sendKeys({ press: 'Tab' });
    expect(calls).to.deep.equal(['input C', 'input CR', 'input CR1', 'change CR1']);

    calls.length = 0;
    render(
      createElement(
        KithCheckboxes,
        {
          legend: 'What are you worried about?',
          onInput: (event) => calls.push(`input ${event.currentTarget.values.join()}`),
          onChange: (event) => calls.push(`change ${event.currentTarget.values.join()}`),
        },
        createElement(KithOption, { value: 'neglect' }, 'Neglect'),
        createElement(KithOption, { value: 'emotional' }, 'Emotional harm'),
      ),
    );
    const checkboxes = await rendered<KithCheckboxesElement>('kith-checkboxes');
    const boxes = () => [...checkboxes.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    // Options reflect their value to an attribute, which the group reads after a mutation record.
    await waitUntil(() => boxes().map((box) => box.value).join() === 'neglect,emotional', 'the options are read');
    boxes()[1]!.click();
    boxes()[0]!.click();
    expect(calls).to.deep.equal(['input emotional', 'change emotional', 'input neglect,emotional', 'change neglect,emotional']);
  });

  it('sets the value a parent component chooses', async () => {
    render(createElement(KithTextInput, { label: 'Case reference', value: 'CR-1' }));
    const input = await rendered<KithTextInputElement>('kith-text-input');
    expect(input.shadowRoot!.querySelector('input')!.value).to.equal('CR-1');
    render(createElement(KithTextInput, { label: 'Case reference', value: 'CR-2' }));
    await input.updateComplete;
    expect(input.shadowRoot!.querySelector('input')!.value).to.equal('CR-2');
  });

  // A render with the same defaultValue sets nothing; the value attribute sets the value only until the user edits it.
  it('keeps what the user typed when a parent re-renders with the same defaultValue', async () => {
    const visit = (status: string) =>
      createElement('div', null, createElement(KithTextInput, { label: 'Case reference', defaultValue: 'CR-1' }), createElement('output', null, status));
    render(visit('Not saved'));
    const input = await rendered<KithTextInputElement>('kith-text-input');
    expect(input.value).to.equal('CR-1');
    input.focus();
    await sendKeys({ type: 'CR-22' });
    await input.updateComplete;
    const typed = input.value;
    expect(typed).to.not.equal('CR-1');
    render(visit('Draft saved'));
    await input.updateComplete;
    expect(input.value).to.equal(typed);
    expect(input.shadowRoot!.querySelector('input')!.value).to.equal(typed);
  });

  it('leaves details the user opened open when React renders again with the same open prop', async () => {
    const help = (status: string, open = false) =>
      createElement('div', null, createElement(KithDetails, { summary: 'Help with the NHS number', open }, 'It is 10 digits long.'), status);
    render(help('Not saved'));
    const details = await rendered<wrappers.KithDetailsElement>('kith-details');
    details.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    await waitUntil(() => details.open, 'opens');
    render(help('Draft saved'));
    await details.updateComplete;
    expect(details.open).to.be.true;
    render(help('Draft saved', true));
    render(help('Draft saved', false));
    await details.updateComplete;
    expect(container.querySelector('kith-details')).to.equal(details);
    expect(details.open, 'a changed prop is set').to.be.false;
  });

  it('calls the latest handler after a re-render and none after it is removed', async () => {
    const calls: string[] = [];
    const view = (onKithDetailsToggle?: (event: Event) => void) =>
      createElement(KithDetails, { summary: 'Help with the NHS number', onKithDetailsToggle }, 'It is 10 digits long.');
    render(view(() => calls.push('first')));
    const details = await rendered<wrappers.KithDetailsElement>('kith-details');
    render(view(() => calls.push('second')));
    details.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    await waitUntil(() => details.open, 'opens');
    render(view(undefined));
    details.shadowRoot!.querySelector<HTMLElement>('summary')!.click();
    await waitUntil(() => !details.open, 'closes');
    expect(calls).to.deep.equal(['second']);
  });

  it('gives a domain event handler the typed event the element fires', async () => {
    const restored: { key: string; savedAt: number | null }[] = [];
    render(
      createElement(KithDraftRestore, {
        draftKey: 'referral-42',
        savedAt: Date.UTC(2025, 0, 6, 14, 3),
        onKithDraftRestore: (event) => restored.push({ key: event.key, savedAt: event.savedAt }),
      }),
    );
    const banner = await rendered<wrappers.KithDraftRestoreElement>('kith-draft-restore');
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    expect(restored).to.deep.equal([{ key: 'referral-42', savedAt: Date.UTC(2025, 0, 6, 14, 3) }]);
  });
});
