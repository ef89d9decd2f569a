import { css } from 'lit';
import { visuallyHiddenStyles } from './hide-visually.styles.js';

// Style sheets live in modules of their own: a bundler keeps every css`` of a module it
// includes (a tagged template is not known to be free of side effects), so an element
// that needs only the focus ring would otherwise ship the field layout too.

/** Layout and typography of label, hint and error message shared by every control. */
export const fieldStyles = [
  visuallyHiddenStyles,
  css`
    :host {
      display: block;
      margin-block-end: var(--kith-space-6);
      font-size: var(--kith-font-size-body);
      line-height: var(--kith-line-height-body);
    }
    .form-group {
      padding-inline-start: 0;
    }
    :host(:state(user-invalid)) .form-group,
    .form-group.has-error {
      border-inline-start: var(--kith-border-width-error) solid var(--kith-color-error);
      padding-inline-start: var(--kith-space-3);
    }
    .label-wrapper {
      margin: 0;
      font-size: var(--kith-font-size-heading-l);
      line-height: var(--kith-line-height-heading);
    }
    .label {
      display: block;
      margin-block-end: var(--kith-space-1);
      font-weight: var(--kith-font-weight-regular);
      overflow-wrap: anywhere;
    }
    .label-wrapper .label {
      font-weight: var(--kith-font-weight-bold);
      margin-block-end: var(--kith-space-3);
    }
    .hint {
      margin-block-end: var(--kith-space-3);
      color: var(--kith-color-text-secondary);
      overflow-wrap: anywhere;
    }
    .error-message {
      display: block;
      margin-block: 0 var(--kith-space-3);
      color: var(--kith-color-error);
      font-weight: var(--kith-font-weight-bold);
      overflow-wrap: anywhere;
    }
  `,
];
