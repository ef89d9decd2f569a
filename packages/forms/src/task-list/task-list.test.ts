import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import type { KithTaskList, TaskListTask } from './task-list.js';

const TASKS: TaskListTask[] = [
  { title: "Child's details", status: 'completed', href: '#details' },
  { title: 'Family and environment', status: 'in-progress', href: '/assessment/family', hint: 'Include wider family and friends' },
  { title: "Child's views", status: 'not-started', href: 'views' },
  { title: 'Analysis and plan', status: 'cannot-start-yet', href: '/assessment/plan', hint: 'Finish the sections above first' },
];

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

const statusTexts = (el: KithTaskList) => [...el.shadowRoot!.querySelectorAll('[part="status"]')].map((s) => s.textContent!.trim());

describe('kith-task-list', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean with every status', async () => {
      const el = await fixture(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh, with Welsh statuses', async () => {
      await setLocale('cy');
      const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      await expectAxeClean(el);
      expect(statusTexts(el)).to.deep.equal(['Wedi’i gwblhau', 'Ar y gweill', 'Heb ddechrau', 'Ni ellir dechrau eto']);
      expect((await axNode('link', "Child's views")).description).to.equal('Heb ddechrau');
    });

    it('describes each task link by its hint and status', async () => {
      await fixture(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      expect((await axNode('link', "Child's details")).description).to.equal('Completed');
      expect((await axNode('link', 'Family and environment')).description).to.equal('Include wider family and friends In progress');
      expect((await axNode('link', "Child's views")).description).to.equal('Not started');
    });

    it('does not link a task that cannot start yet', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(["Child's details", 'Family and environment', "Child's views"]);
      await axNode('link', 'Analysis and plan').then(
        () => expect.fail('a task that cannot start yet is not a link'),
        () => undefined,
      );
    });

    it('shows statuses that need action as tags, and Completed as plain, unalarming text', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      const statuses = [...el.shadowRoot!.querySelectorAll('[part="status"] > *')];
      expect(statuses.map((s) => s.className)).to.deep.equal(['', 'tag tag-light-blue', 'tag tag-blue', 'cannot-start']);
      expect(getComputedStyle(statuses[0]!).color).to.equal(getComputedStyle(el).color);
    });

    it('fits a 320px wide screen without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('lets the whole row be clicked', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      const row = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')[2]!;
      const box = row.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.right - 2, box.bottom - 2);
      expect(hit?.tagName).to.equal('A');
    });
  });

  describe('keyboard', () => {
    it('reaches the task links with Tab, skipping the task that cannot start', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      const reached: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(el.shadowRoot!.activeElement?.textContent ?? '');
      }
      expect(reached).to.deep.equal(["Child's details", 'Family and environment', "Child's views"]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  });

  describe('data and bad input', () => {
    it('reads tasks from a JSON attribute', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list tasks='[{"title":"Visit","status":"in-progress","href":"#visit"}]'></kith-task-list>`);
      expect(el.tasks).to.deep.equal([{ title: 'Visit', status: 'in-progress', href: '#visit' }]);
      expect((await axNode('link', 'Visit')).description).to.equal('In progress');
    });

    it('reads an empty tasks attribute as no tasks, without an error', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list tasks='[{"title":"Visit","status":"in-progress"}]'></kith-task-list>`);
      el.setAttribute('tasks', '');
      await elementUpdated(el);
      expect(el.tasks).to.deep.equal([]);
      expect(statusTexts(el)).to.deep.equal([]);
      el.setAttribute('tasks', ' ');
      expect(el.tasks).to.deep.equal([]);
    });

    it('does not link a javascript: href, and warns', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${[{ title: 'Bad', status: 'not-started', href: 'javascript:alert(1)' }]}></kith-task-list>`);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(warnings.messages.join('\n')).to.contain('tasks[0].href');
        expect(statusTexts(el)).to.deep.equal(['Not started']);
      } finally {
        warnings.restore();
      }
    });

    it('treats an unknown status as not started and takes local status wording', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list
        .tasks=${[
          { title: 'A', status: 'exploded', href: '#a' },
          { title: 'B', status: 'completed', href: '#b', statusText: 'Signed off' },
        ]}
      ></kith-task-list>`);
      expect(statusTexts(el)).to.deep.equal(['Not started', 'Signed off']);
      expect((await axNode('link', 'B')).description).to.equal('Signed off');
    });

    it('throws a TypeError naming the field for tasks that are not tasks', async () => {
      const el = await fixture<KithTaskList>(html`<kith-task-list .tasks=${TASKS}></kith-task-list>`);
      expect(() => (el.tasks = {} as unknown as TaskListTask[])).to.throw(TypeError, 'tasks must be an array');
      expect(() => (el.tasks = [{ status: 'completed' }] as unknown as TaskListTask[])).to.throw(TypeError, 'tasks[0].title');
      await elementUpdated(el);
      expect(statusTexts(el).length).to.equal(4);
    });

    it('shows HTML in titles and hints as text, and copes with 1 MB titles', async () => {
      const big = 't'.repeat(1024 * 1024);
      const el = await fixture<KithTaskList>(html`<kith-task-list
        .tasks=${[
          { title: '<img src=x onerror=alert(1)>', status: 'not-started', href: '#a', hint: '<b>hint</b>' },
          { title: big, status: 'completed', href: '#b' },
        ]}
      ></kith-task-list>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      const anchors = el.shadowRoot!.querySelectorAll('a');
      expect(anchors[0]!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(anchors[1]!.textContent!.length).to.equal(big.length);
    });
  });
});
