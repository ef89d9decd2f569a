import { css } from 'lit';

export const draftRestoreStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .banner {
    padding: var(--kith-space-3) var(--kith-space-4) 0;
    border: var(--kith-border-width-panel) solid var(--kith-color-brand);
    background: var(--kith-color-background);
  }
  .banner:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
  }
  .title {
    margin: 0 0 var(--kith-space-2);
    font-size: var(--kith-font-size-heading-s);
    font-weight: var(--kith-font-weight-bold);
  }
  .message {
    margin: 0 0 var(--kith-space-3);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
  }
`;
