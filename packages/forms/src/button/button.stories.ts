import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import '../text-input/define.js';
import guidance from './button.md?raw';

interface Args {
  text: string;
  variant?: string;
  type?: string;
  href?: string;
  disabled?: boolean;
  preventDoubleClick?: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Button',
  component: 'kith-button',
  parameters: { docs: { description: { component: guidance } } },
  args: { text: 'Save and continue' },
  render: (args) => html`
    <kith-button
      variant=${ifDefined(args.variant)}
      type=${ifDefined(args.type)}
      href=${ifDefined(args.href)}
      ?disabled=${args.disabled}
      ?prevent-double-click=${args.preventDoubleClick}
      >${args.text}</kith-button
    >
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Primary: Story = {};

export const Secondary: Story = { args: { text: 'Save as draft', variant: 'secondary' } };

export const Warning: Story = { args: { text: 'Delete this case note', variant: 'warning' } };

export const Start: Story = { args: { text: 'Start assessment', variant: 'start', href: '#start' } };

export const LinkStyled: Story = { args: { text: 'Cancel', variant: 'link', type: 'button' } };

export const Disabled: Story = { args: { text: 'Send to manager', disabled: true } };

export const LinkStyledAsButton: Story = { args: { text: 'View chronology', href: '#chronology', variant: 'secondary' } };

export const PreventDoubleClick: Story = { args: { text: 'Submit referral', preventDoubleClick: true } };

export const RefusedHref: Story = {
  name: 'Refused href (javascript:)',
  args: { text: 'Not a link', href: 'javascript:alert(1)', type: 'button' },
};

export const InAForm: Story = {
  render: () => html`
    <form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <kith-text-input name="name" label="Child's full name" required></kith-text-input>
      <kith-button name="action" value="continue" prevent-double-click>Save and continue</kith-button>
      <kith-button name="action" value="draft" variant="secondary" formnovalidate>Save as draft</kith-button>
      <kith-button type="reset" variant="link">Clear the form</kith-button>
    </form>
  `,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-button>Cadw a pharhau</kith-button>
    <kith-button variant="secondary">Cadw fel drafft</kith-button>
    <kith-button variant="start" href="#dechrau">Dechrau asesiad</kith-button>
  `,
};
