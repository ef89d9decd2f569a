import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createElement, useRef, useState, version as reactVersion, type ReactElement } from 'react';
import {
  KithAddAnother,
  KithCheckboxes,
  KithDateInput,
  KithOption,
  KithRadios,
  KithSelect,
  KithTextInput,
  KithTextarea,
  type KithCheckboxesElement,
  type KithDateInputElement,
  type KithRadiosElement,
  type KithSelectElement,
  type KithTextInputElement,
  type KithTextareaElement,
} from './index.js';
import { container, render, rendered, useFreshRoot } from './test-helpers.js';

const inner = <T extends HTMLElement>(host: HTMLElement, selector = '#control') => host.shadowRoot!.querySelector<T>(selector)!;
const output = () => container.querySelector('output')!.textContent;

/** One control whose value is React state, set on every render, with a counter that re-renders on each keystroke too. */
function Controlled({ control }: { control: 'text' | 'textarea' }) {
  const [value, setValue] = useState('Ada Lovelace');
  const [keystrokes, setKeystrokes] = useState(0);
  const props = {
    label: "Child's full name",
    name: 'child-name',
    value,
    onInput: (event: Event) => {
      setValue((event.currentTarget as KithTextInputElement).value);
      setKeystrokes((count) => count + 1);
    },
  };
  const field = control === 'text' ? createElement(KithTextInput, props) : createElement(KithTextarea, props);
  return createElement('div', null, field, createElement('output', null, `${keystrokes} ${value}`));
}

describe(`Kith form controls in React ${reactVersion}`, () => {
  useFreshRoot();

  for (const control of ['text', 'textarea'] as const) {
    it(`keeps the cursor where the user types in a controlled ${control === 'text' ? 'text input' : 'textarea'}`, async () => {
      render(createElement(Controlled, { control }));
      const host = await rendered<KithTextInputElement | KithTextareaElement>(control === 'text' ? 'kith-text-input' : 'kith-textarea');
      const box = inner<HTMLInputElement | HTMLTextAreaElement>(host);
      host.focus();
      box.setSelectionRange(3, 3);
      await sendKeys({ type: ' King' });
      await host.updateComplete;
      expect(output()).to.equal('5 Ada King Lovelace');
      expect(box.value).to.equal('Ada King Lovelace');
      expect(box.selectionStart, 'the cursor stays after what was typed').to.equal(8);
    });
  }

  it('keeps a half-typed date when a controlled date input renders again with an empty value', async () => {
    function VisitDate() {
      const [date, setDate] = useState('');
      const [renders, setRenders] = useState(0);
      return createElement(
        'div',
        null,
        createElement(KithDateInput, {
          label: 'Date of visit',
          name: 'visit-date',
          value: date,
          onInput: (event) => {
            setDate(event.currentTarget.value);
            setRenders((count) => count + 1);
          },
        }),
        createElement('output', null, `${renders} ${date}`),
      );
    }
    render(createElement(VisitDate));
    const date = await rendered<KithDateInputElement>('kith-date-input');
    inner<HTMLInputElement>(date, '#day').focus();
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '202' });
    await waitUntil(() => output() === '5 ', 'React has seen each keystroke');
    await date.updateComplete;
    expect(['day', 'month', 'year'].map((part) => inner<HTMLInputElement>(date, `#${part}`).value)).to.deep.equal(['6', '1', '202']);
    await sendKeys({ type: '5' });
    await waitUntil(() => output() === '6 2025-01-06', 'React has the whole date');
  });

  it('keeps what was typed in a revealed field of controlled radios while React renders', async () => {
    function Referrer() {
      const [referrer, setReferrer] = useState('');
      const [other, setOther] = useState('');
      return createElement(
        'div',
        null,
        createElement(
          KithRadios,
          { legend: 'Who is making the referral?', name: 'referrer', value: referrer, onChange: (event) => setReferrer(event.currentTarget.value) },
          createElement(KithOption, { value: 'police' }, 'Police'),
          createElement(
            KithOption,
            { value: 'other' },
            'Someone else',
            createElement(KithTextInput, {
              slot: 'conditional',
              label: 'Who?',
              name: 'referrer-other',
              value: other,
              onInput: (event) => setOther(event.currentTarget.value),
            }),
          ),
        ),
        createElement('output', null, `${referrer} ${other}`),
      );
    }
    render(createElement(Referrer));
    const radios = await rendered<KithRadiosElement>('kith-radios');
    const radioFor = (value: string) => inner<HTMLInputElement>(radios, `input[value="${value}"]`);
    await waitUntil(() => radioFor('other'), 'the options are read');
    radioFor('other').click();
    await radios.updateComplete;
    const who = await rendered<KithTextInputElement>('kith-text-input');
    who.focus();
    await sendKeys({ type: 'Head teacher' });
    await waitUntil(() => output() === 'other Head teacher', 'React has the answers');
    radioFor('police').click();
    await waitUntil(() => output() === 'police Head teacher', 'React has the other answer');
    radioFor('other').click();
    await waitUntil(() => output() === 'other Head teacher', 'React has the first answer again');
    await radios.updateComplete;
    await who.updateComplete;
    expect(radios.value).to.equal('other');
    expect(inner<HTMLInputElement>(who).value).to.equal('Head teacher');
    expect(output()).to.equal('other Head teacher');
  });

  it('clears the other answers when the exclusive option of controlled checkboxes is checked, and React follows', async () => {
    function Concerns() {
      const [values, setValues] = useState<string[]>(['neglect']);
      return createElement(
        'div',
        null,
        createElement(
          KithCheckboxes,
          { legend: 'What are you worried about?', name: 'concerns', values, onInput: (event) => setValues(event.currentTarget.values) },
          createElement(KithOption, { value: 'neglect' }, 'Neglect'),
          createElement(KithOption, { value: 'emotional' }, 'Emotional harm'),
          createElement(KithOption, { value: 'none', exclusive: true }, 'None of these'),
        ),
        createElement('output', null, values.join()),
      );
    }
    render(createElement(Concerns));
    const checkboxes = await rendered<KithCheckboxesElement>('kith-checkboxes');
    const box = (value: string) => inner<HTMLInputElement>(checkboxes, `input[value="${value}"]`);
    await waitUntil(() => box('none'), 'the options are read');
    box('emotional').click();
    await waitUntil(() => output() === 'neglect,emotional', 'React has the new values');
    box('none').click();
    await waitUntil(() => output() === 'none', 'React has the exclusive answer alone');
    await checkboxes.updateComplete;
    expect(['neglect', 'emotional', 'none'].map((value) => box(value).checked)).to.deep.equal([false, false, true]);
    box('neglect').click();
    await waitUntil(() => output() === 'neglect', 'React has the new answer alone');
    await checkboxes.updateComplete;
    expect(box('none').checked).to.be.false;
  });

  it('follows a controlled select, and keeps the user’s choice when React renders again', async () => {
    function Placement() {
      const [placement, setPlacement] = useState('');
      const [changes, setChanges] = useState(0);
      return createElement(
        'div',
        null,
        createElement(
          KithSelect,
          {
            label: 'Placement type',
            name: 'placement',
            value: placement,
            onChange: (event) => {
              setPlacement(event.currentTarget.value);
              setChanges((count) => count + 1);
            },
          },
          createElement('option', { value: '' }, 'Choose a placement'),
          createElement('option', { value: 'foster' }, 'Foster care'),
          createElement('option', { value: 'kinship' }, 'Kinship care'),
        ),
        createElement('output', null, `${changes} ${placement}`),
      );
    }
    render(createElement(Placement));
    const select = await rendered<KithSelectElement>('kith-select');
    const native = () => inner<HTMLSelectElement>(select, 'select');
    await waitUntil(() => native()?.options.length === 3, 'the options are read');
    native().focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => output() === '1 foster', 'React has the choice');
    await select.updateComplete;
    expect(native().value).to.equal('foster');
  });

  it('keeps what the user typed when a control is shown again under the same key, and starts afresh under a new key', async () => {
    function Visit({ caseId, showName }: { caseId: string; showName: boolean }) {
      const [name, setName] = useState('');
      return createElement(
        'div',
        null,
        showName
          ? createElement(KithTextInput, { key: caseId, label: 'Name', name: 'name', value: name, onInput: (event) => setName(event.currentTarget.value) })
          : null,
        createElement('output', null, name),
      );
    }
    render(createElement(Visit, { caseId: 'case-1', showName: true }));
    const first = await rendered<KithTextInputElement>('kith-text-input');
    first.focus();
    await sendKeys({ type: 'Sam' });
    render(createElement(Visit, { caseId: 'case-1', showName: false }));
    render(createElement(Visit, { caseId: 'case-1', showName: true }));
    const again = await rendered<KithTextInputElement>('kith-text-input');
    expect(again).to.not.equal(first);
    expect(inner<HTMLInputElement>(again).value).to.equal('Sam');
  });

  it('gives a ref the element: focus keeps the text, checkValidity works', async () => {
    let element: KithTextInputElement | null = null;
    function Required() {
      const ref = useRef<KithTextInputElement>(null);
      element = null;
      return createElement(KithTextInput, {
        ref: (node: KithTextInputElement | null) => {
          (ref as { current: KithTextInputElement | null }).current = node;
          element = node;
        },
        label: 'Case reference',
        required: true,
      });
    }
    render(createElement(Required));
    const input = await rendered<KithTextInputElement>('kith-text-input');
    expect(element).to.equal(input);
    expect(input.checkValidity()).to.be.false;
    input.value = 'CR-1';
    await input.updateComplete;
    input.focus();
    expect(input.shadowRoot!.activeElement).to.equal(inner(input));
    await sendKeys({ type: '2' });
    expect(input.value, 'typing adds to the text').to.equal('CR-12');
    expect(input.checkValidity()).to.be.true;
  });

  it('repeats add-another items from a template given as HTML, keeping what was typed when React renders again', async () => {
    // React puts a <template>'s JSX children into the element, not its content: the markup is given as HTML.
    const member = '<kith-text-input label="Full name" name="members[%index%][name]"></kith-text-input>';
    function Household() {
      const [added, setAdded] = useState(0);
      return createElement(
        'form',
        null,
        createElement(
          KithAddAnother,
          { itemLabel: 'Household member', onKithItemAdd: () => setAdded((count) => count + 1) },
          createElement('template', { dangerouslySetInnerHTML: { __html: member } }),
        ),
        createElement('output', null, String(added)),
      );
    }
    render(createElement(Household));
    const list = await rendered<HTMLElement>('kith-add-another');
    const names = () => [...list.querySelectorAll<KithTextInputElement>('kith-text-input')];
    await waitUntil(() => names().length === 1, 'the first item has its field');
    names()[0]!.focus();
    await sendKeys({ type: 'Sam Jones' });
    list.shadowRoot!.querySelector<HTMLButtonElement>('.add')!.click();
    await waitUntil(() => output() === '1', 'React heard the item added');
    await waitUntil(() => names().length === 2, 'a second item');
    expect(names().map((input) => [input.name, input.value])).to.deep.equal([
      ['members[0][name]', 'Sam Jones'],
      ['members[1][name]', ''],
    ]);
    expect(names()[1]!.label).to.equal('Full name');
  });
});

type Answer = string | string[];

/**
 * How a supplier writes a native React input: the answer is React state, updated only in `onChange`.
 * Each `input` event also sets other state (a count of edits), so React renders the form again before
 * the change. The button sets the answer as the parent's own choice.
 */
function AnswerInOnChange({ field, initial, preset }: Pick<OnChangeCase, 'field' | 'initial' | 'preset'>) {
  const [answer, setAnswer] = useState(initial);
  const [edits, setEdits] = useState(0);
  return createElement(
    'div',
    null,
    field(answer, setAnswer, () => setEdits((count) => count + 1)),
    createElement('button', { type: 'button', onClick: () => setAnswer(preset) }, 'Fill in'),
    createElement('output', { className: 'edits' }, String(edits)),
    createElement('output', { className: 'answer' }, String(answer)),
  );
}

const answerShown = () => container.querySelector('output.answer')!.textContent;
const editsSeen = () => Number(container.querySelector('output.edits')!.textContent);

interface OnChangeCase {
  control: string;
  tagName: string;
  field: (answer: Answer, setAnswer: (answer: Answer) => void, countEdit: () => void) => ReactElement;
  initial: Answer;
  /** The user answers, with the keyboard where the control takes typing, and leaves the control. */
  answer: (host: HTMLElement) => Promise<void>;
  /** What the control shows: the text, the date's boxes, the chosen options. */
  shown: (host: HTMLElement) => Answer;
  /** The answer React gets in onChange, and what the control shows then. */
  answered: Answer;
  answeredShown: Answer;
  /** The value the parent sets, and what the control shows then. */
  preset: Answer;
  presetShown: Answer;
}

const checkedValues = (host: HTMLElement) =>
  [...host.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
const choicesRead = (host: HTMLElement, count: number) =>
  waitUntil(() => host.shadowRoot!.querySelectorAll('input').length === count, 'the options are read');
const typeAndLeave = async (host: HTMLElement, text: string) => {
  host.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
};

const onChangeCases: OnChangeCase[] = [
  {
    control: 'a text input',
    tagName: 'kith-text-input',
    initial: '',
    field: (answer, setAnswer, countEdit) =>
      createElement(KithTextInput, {
        label: "Child's full name",
        value: answer as string,
        onInput: countEdit,
        onChange: (event) => setAnswer(event.currentTarget.value),
      }),
    answer: (host) => typeAndLeave(host, 'Sam Jones'),
    shown: (host) => inner<HTMLInputElement>(host).value,
    answered: 'Sam Jones',
    answeredShown: 'Sam Jones',
    preset: 'Ada Lovelace',
    presetShown: 'Ada Lovelace',
  },
  {
    control: 'a textarea',
    tagName: 'kith-textarea',
    initial: '',
    field: (answer, setAnswer, countEdit) =>
      createElement(KithTextarea, {
        label: 'What happened on the visit?',
        value: answer as string,
        onInput: countEdit,
        onChange: (event) => setAnswer(event.currentTarget.value),
      }),
    answer: (host) => typeAndLeave(host, 'Sam was at school'),
    shown: (host) => inner<HTMLTextAreaElement>(host).value,
    answered: 'Sam was at school',
    answeredShown: 'Sam was at school',
    preset: 'No one was at home',
    presetShown: 'No one was at home',
  },
  {
    control: 'a date input',
    tagName: 'kith-date-input',
    initial: '',
    field: (answer, setAnswer, countEdit) =>
      createElement(KithDateInput, {
        label: 'Date of visit',
        value: answer as string,
        onInput: countEdit,
        onChange: (event) => setAnswer(event.currentTarget.value),
      }),
    answer: async (host) => {
      inner<HTMLInputElement>(host, '#day').focus();
      for (const part of ['6', '1', '2025']) {
        await sendKeys({ type: part });
        await sendKeys({ press: 'Tab' });
      }
    },
    shown: (host) => ['day', 'month', 'year'].map((part) => inner<HTMLInputElement>(host, `#${part}`).value),
    answered: '2025-01-06',
    answeredShown: ['6', '1', '2025'],
    preset: '2007-03-27',
    presetShown: ['27', '03', '2007'],
  },
  {
    control: 'a select',
    tagName: 'kith-select',
    initial: '',
    field: (answer, setAnswer, countEdit) =>
      createElement(
        KithSelect,
        {
          label: 'Placement type',
          value: answer as string,
          onInput: countEdit,
          onChange: (event) => setAnswer(event.currentTarget.value),
        },
        createElement('option', { value: '' }, 'Choose a placement'),
        createElement('option', { value: 'foster' }, 'Foster care'),
        createElement('option', { value: 'kinship' }, 'Kinship care'),
      ),
    answer: async (host) => {
      await waitUntil(() => inner<HTMLSelectElement>(host, 'select')?.options.length === 3, 'the options are read');
      inner<HTMLSelectElement>(host, 'select').focus();
      await sendKeys({ press: 'ArrowDown' });
    },
    shown: (host) => inner<HTMLSelectElement>(host, 'select').value,
    answered: 'foster',
    answeredShown: 'foster',
    preset: 'kinship',
    presetShown: 'kinship',
  },
  {
    control: 'radios',
    tagName: 'kith-radios',
    initial: '',
    field: (answer, setAnswer, countEdit) =>
      createElement(
        KithRadios,
        {
          legend: 'Who is making the referral?',
          value: answer as string,
          onInput: countEdit,
          onChange: (event) => setAnswer(event.currentTarget.value),
        },
        createElement(KithOption, { value: 'police' }, 'Police'),
        createElement(KithOption, { value: 'school' }, 'School'),
      ),
    answer: async (host) => {
      await choicesRead(host, 2);
      inner<HTMLInputElement>(host, 'input[value="police"]').focus();
      await sendKeys({ press: 'Space' });
    },
    shown: checkedValues,
    answered: 'police',
    answeredShown: ['police'],
    preset: 'school',
    presetShown: ['school'],
  },
  {
    control: 'checkboxes',
    tagName: 'kith-checkboxes',
    initial: ['neglect'],
    field: (answer, setAnswer, countEdit) =>
      createElement(
        KithCheckboxes,
        {
          legend: 'What are you worried about?',
          values: answer as string[],
          onInput: countEdit,
          onChange: (event) => setAnswer(event.currentTarget.values),
        },
        createElement(KithOption, { value: 'neglect' }, 'Neglect'),
        createElement(KithOption, { value: 'emotional' }, 'Emotional harm'),
        createElement(KithOption, { value: 'none', exclusive: true }, 'None of these'),
      ),
    answer: async (host) => {
      await choicesRead(host, 3);
      inner<HTMLInputElement>(host, 'input[value="emotional"]').focus();
      await sendKeys({ press: 'Space' });
    },
    shown: checkedValues,
    answered: ['neglect', 'emotional'],
    answeredShown: ['neglect', 'emotional'],
    preset: ['none'],
    presetShown: ['none'],
  },
];

describe(`Kith form controls in React ${reactVersion}, with the value updated only in onChange`, () => {
  useFreshRoot();

  for (const { control, tagName, field, initial, answer, shown, answered, answeredShown, preset, presetShown } of onChangeCases) {
    it(`keeps what the user enters in ${control} though React renders the form again before the change`, async () => {
      render(createElement(AnswerInOnChange, { field, initial, preset }));
      const host = await rendered<HTMLElement & { updateComplete: Promise<unknown> }>(tagName);
      await answer(host);
      await host.updateComplete;
      expect(shown(host)).to.deep.equal(answeredShown);
      await waitUntil(() => answerShown() === String(answered), 'React has the answer from onChange');
      expect(editsSeen(), 'React rendered the form again on each input event').to.be.greaterThan(0);
    });

    it(`shows in ${control} the value the parent sets, after the user has answered`, async () => {
      render(createElement(AnswerInOnChange, { field, initial, preset }));
      const host = await rendered<HTMLElement & { updateComplete: Promise<unknown> }>(tagName);
      await answer(host);
      await waitUntil(() => answerShown() === String(answered), 'React has the answer from onChange');
      container.querySelector('button')!.click();
      await waitUntil(() => answerShown() === String(preset), 'React has the value the parent set');
      await host.updateComplete;
      expect(shown(host)).to.deep.equal(presetShown);
    });
  }
});
