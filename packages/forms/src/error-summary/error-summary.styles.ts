import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .summary {
    margin-block-end: var(--kith-space-8);
    padding: var(--kith-space-4);
    border: var(--kith-border-width-panel) solid var(--kith-color-error);
    color: var(--kith-color-text);
  }
  .summary:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: 0;
  }
  .title {
    margin: 0 0 var(--kith-space-4);
    font-size: var(--kith-font-size-heading-m);
    font-weight: var(--kith-font-weight-bold);
    line-height: var(--kith-line-height-heading);
    overflow-wrap: anywhere;
  }
  .list {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .list li {
    margin-block-end: var(--kith-space-2);
    overflow-wrap: anywhere;
  }
  .list li:last-child {
    margin-block-end: 0;
  }
  .list a {
    color: var(--kith-color-error);
    font-weight: var(--kith-font-weight-bold);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .list a:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .list a:focus {
    outline: var(--kith-focus-width) solid transparent;
    color: var(--kith-color-focus-text);
    background-color: var(--kith-color-focus);
    box-shadow:
      0 -2px var(--kith-color-focus),
      0 4px var(--kith-color-focus-text);
    text-decoration: none;
  }
  .text {
    color: var(--kith-color-error);
    font-weight: var(--kith-font-weight-bold);
  }
  @media (forced-colors: active) {
    .summary:focus,
    .list a:focus {
      outline-color: Highlight;
    }
  }
`;
