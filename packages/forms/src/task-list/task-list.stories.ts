import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { TaskListTask } from './task-list.js';
import guidance from './task-list.md?raw';

interface Args {
  tasks: TaskListTask[];
}

const ASSESSMENT: TaskListTask[] = [
  { title: "Child's details", status: 'completed', href: '#details' },
  { title: 'Family and environmental factors', status: 'in-progress', href: '#family', hint: 'Include wider family and friends' },
  { title: "Child's developmental needs", status: 'not-started', href: '#development' },
  { title: "The child's views and wishes", status: 'not-started', href: '#views' },
  { title: 'Analysis and plan', status: 'cannot-start-yet', hint: 'Finish the sections above first' },
];

const meta: Meta<Args> = {
  title: 'Forms/Task list',
  component: 'kith-task-list',
  parameters: { docs: { description: { component: guidance } } },
  args: { tasks: ASSESSMENT },
  render: (args) => html`
    <h2>Child and family assessment</h2>
    <kith-task-list .tasks=${args.tasks}></kith-task-list>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Assessment: Story = {};

export const AllCompleted: Story = { args: { tasks: ASSESSMENT.slice(0, 4).map((task) => ({ ...task, status: 'completed' as const })) } };

export const LocalStatusWording: Story = {
  args: { tasks: [{ title: 'Manager sign-off', status: 'completed', href: '#sign-off', statusText: 'Signed off' }] },
};

export const FromJsonAttribute: Story = {
  render: () => html`<kith-task-list tasks='[{"title":"Visit record","status":"in-progress","href":"#visit"},{"title":"Case summary","status":"not-started","href":"#summary"}]'></kith-task-list>`,
};

export const RefusedHref: Story = {
  name: 'Refused href (javascript:)',
  args: { tasks: [{ title: 'Not linked', status: 'not-started', href: 'javascript:alert(1)' }] },
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: {
    tasks: [
      { title: "Manylion y plentyn", status: 'completed', href: '#manylion' },
      { title: 'Ffactorau teuluol ac amgylcheddol', status: 'in-progress', href: '#teulu', hint: 'Cynhwyswch y teulu ehangach a ffrindiau' },
      { title: 'Barn a dymuniadau’r plentyn', status: 'not-started', href: '#barn' },
      { title: 'Dadansoddiad a chynllun', status: 'cannot-start-yet' },
    ],
  },
  render: (args) => html`
    <h2>Asesiad o’r plentyn a’r teulu</h2>
    <kith-task-list .tasks=${args.tasks}></kith-task-list>
  `,
};
