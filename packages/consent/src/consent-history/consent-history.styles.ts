import { css } from 'lit';

export const consentHistoryStyles = css`
  :host {
    display: block;
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  section > p,
  .positions,
  .records {
    overflow-wrap: anywhere;
  }
  .heading {
    margin-block: 0 var(--kith-space-4);
    font-weight: var(--kith-font-weight-bold);
    line-height: var(--kith-line-height-heading);
  }
  .heading-0 {
    font-size: var(--kith-font-size-heading-l);
  }
  .heading-1 {
    margin-block-start: var(--kith-space-6);
    font-size: var(--kith-font-size-heading-m);
  }
  .hint {
    color: var(--kith-color-text-secondary);
  }
  .problems {
    margin-block-end: var(--kith-space-6);
    padding: var(--kith-space-4);
    border: var(--kith-border-width-panel) solid var(--kith-color-error);
  }
  .problems .heading-1 {
    margin-block-start: 0;
  }
  .list {
    margin: 0;
    padding-inline-start: var(--kith-space-4);
  }
  .list li + li {
    margin-block-start: var(--kith-space-2);
  }
  .positions,
  .records {
    margin: 0 0 var(--kith-space-6);
    padding: 0;
    list-style: none;
  }
  .position {
    padding-block: var(--kith-space-3);
    padding-inline-start: var(--kith-space-3);
    border-inline-start: var(--kith-border-width-panel) solid var(--kith-color-border);
    margin-block-end: var(--kith-space-4);
  }
  .position.state-given {
    border-inline-start-color: var(--kith-color-success);
  }
  .position.state-unclear,
  .position.state-expired {
    border-inline-start-color: var(--kith-color-error);
  }
  .sentence {
    margin: 0 0 var(--kith-space-2);
    font-weight: var(--kith-font-weight-bold);
  }
  .detail,
  .tags {
    margin: 0 0 var(--kith-space-2);
  }
  .position kith-button {
    margin-block: var(--kith-space-2) 0;
  }
  .record:focus-visible {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: var(--kith-space-1);
  }
  @media (forced-colors: active) {
    .position,
    .problems {
      border-color: CanvasText;
    }
    .record:focus-visible {
      outline-color: Highlight;
    }
  }
`;
