import { css } from 'lit';

export const insetTextStyles = css`
  :host {
    display: block;
    margin-block: var(--kith-space-5) var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .inset {
    padding: var(--kith-space-3);
    border-inline-start: var(--kith-border-width-panel) solid var(--kith-color-border);
    overflow-wrap: anywhere;
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .inset {
      border-inline-start-color: CanvasText;
    }
  }
`;
