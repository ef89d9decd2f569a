import { css } from 'lit';

export const fieldsetStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .hint {
    margin-block-end: var(--kith-space-3);
    color: var(--kith-color-text-secondary);
    overflow-wrap: anywhere;
  }
  /* The last control's own bottom margin would double the fieldset's. */
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
`;
