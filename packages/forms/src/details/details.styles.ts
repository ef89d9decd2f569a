import { css } from 'lit';

export const detailsStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-5);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .summary {
    display: inline-block;
    position: relative;
    min-height: var(--kith-size-touch-target-min);
    margin-block-end: var(--kith-space-1);
    padding-inline-start: var(--kith-space-5);
    color: var(--kith-color-link);
    cursor: pointer;
    list-style: none;
  }
  .summary::-webkit-details-marker {
    display: none;
  }
  /* A triangle drawn with borders: it follows the text colour, also in forced-colours mode. */
  .summary::before {
    content: '';
    position: absolute;
    inset-block: -1px 0;
    inset-inline-start: 0;
    margin: auto;
    width: 0;
    height: 0;
    border-style: solid;
    border-color: transparent;
    border-width: 7px 0 7px 12.124px;
    border-inline-start-color: currentColor;
  }
  :host(:dir(rtl)) .summary::before {
    border-width: 7px 12.124px 7px 0;
    border-inline-start-color: currentColor;
  }
  :host details[open] > .summary::before {
    border-width: 12.124px 7px 0;
    border-color: transparent;
    border-block-start-color: currentColor;
  }
  .summary-text {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    overflow-wrap: anywhere;
  }
  .summary:hover {
    color: var(--kith-color-link-hover);
  }
  .summary:hover .summary-text {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .summary:focus-visible {
    outline: var(--kith-focus-width) solid transparent;
    box-shadow: none;
    color: var(--kith-color-focus-text);
    background-color: var(--kith-color-focus);
  }
  .summary:focus-visible .summary-text {
    text-decoration: none;
    box-shadow: 0 4px 0 var(--kith-color-focus-text);
  }
  .text {
    padding: var(--kith-space-3) var(--kith-space-3) var(--kith-space-3) var(--kith-space-4);
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
    .summary {
      color: LinkText;
    }
    .summary:focus-visible {
      outline-color: Highlight;
    }
    .text {
      border-inline-start-color: CanvasText;
    }
  }
`;
