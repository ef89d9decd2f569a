import { css } from 'lit';

export const notificationBannerStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .banner {
    border: var(--kith-border-width-panel) solid var(--kith-color-brand);
    background-color: var(--kith-color-brand);
  }
  .banner:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    box-shadow: none;
  }
  .success {
    border-color: var(--kith-color-success);
    background-color: var(--kith-color-success);
  }
  .header {
    padding: 2px var(--kith-space-3) var(--kith-space-1);
    border-block-end: 1px solid transparent;
  }
  .title {
    margin: 0;
    padding: 0;
    color: var(--kith-color-button-text);
    font-size: var(--kith-font-size-body);
    font-weight: var(--kith-font-weight-bold);
    line-height: var(--kith-line-height-body);
    overflow-wrap: anywhere;
  }
  .content {
    padding: var(--kith-space-3);
    background-color: var(--kith-color-background);
    color: var(--kith-color-text);
    overflow-wrap: anywhere;
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  ::slotted(h2),
  ::slotted(h3),
  ::slotted(p.heading) {
    font-size: var(--kith-font-size-heading-m);
    font-weight: var(--kith-font-weight-bold);
    line-height: var(--kith-line-height-heading);
  }
  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .header {
      border-block-end-color: CanvasText;
    }
    .banner:focus {
      outline-color: Highlight;
    }
  }
`;
