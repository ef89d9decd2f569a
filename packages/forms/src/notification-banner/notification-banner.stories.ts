import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import '../textarea/define.js';
import guidance from './notification-banner.md?raw';

interface Args {
  type?: string;
  titleText?: string;
  focusOnShow?: boolean;
  disableAutoFocus?: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Notification banner',
  component: 'kith-notification-banner',
  parameters: { docs: { description: { component: guidance } } },
  render: (args) => html`
    <kith-notification-banner type=${ifDefined(args.type)} title-text=${ifDefined(args.titleText)} ?focus-on-show=${args.focusOnShow}>
      <p class="heading">The review meeting has moved to 14 March.</p>
      <p>Tell the family and the independent reviewing officer.</p>
    </kith-notification-banner>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Important: Story = {};

export const Success: Story = {
  args: { type: 'success' },
  render: (args) => html`
    <kith-notification-banner type=${ifDefined(args.type)} ?disable-auto-focus=${args.disableAutoFocus}>
      <p class="heading">Visit recorded</p>
      <p>The record of your visit on 3 March has been saved and your manager told.</p>
    </kith-notification-banner>
  `,
};

export const OwnTitle: Story = { args: { titleText: 'Court date changed' } };

/** An important banner that takes focus when it is shown (`focus-on-show`), for news the user must read first. */
export const ImportantFocusedOnShow: Story = {
  args: { focusOnShow: true },
  render: (args) => html`
    <kith-notification-banner ?focus-on-show=${args.focusOnShow}>
      <p class="heading">This child is subject to a child protection plan.</p>
      <p>Check the plan before you contact the family.</p>
    </kith-notification-banner>
  `,
};

/**
 * A success banner shown while the user goes on working (`disable-auto-focus`): it is read out,
 * but focus stays where the user is.
 */
export const SuccessWithoutAutoFocus: Story = {
  args: { type: 'success', disableAutoFocus: true },
  render: (args) => html`
    <kith-notification-banner type=${ifDefined(args.type)} ?disable-auto-focus=${args.disableAutoFocus}>
      <p class="heading">Case note saved</p>
      <p>You can go on with the visit record.</p>
    </kith-notification-banner>
    <kith-textarea name="visit-notes" label="What happened on the visit?"></kith-textarea>
  `,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-notification-banner>
      <p class="heading">Mae'r cyfarfod adolygu wedi symud i 14 Mawrth.</p>
    </kith-notification-banner>
    <kith-notification-banner type="success">
      <p class="heading">Cofnodwyd yr ymweliad</p>
    </kith-notification-banner>
  `,
};
