import { css } from 'lit';

export const syncQueueStyles = css`
  :host {
    display: block;
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .heading {
    margin: 0 0 var(--kith-space-3);
    font-size: var(--kith-font-size-heading-s);
    font-weight: var(--kith-font-weight-bold);
  }
  .heading:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    margin-block-end: var(--kith-space-4);
    padding: var(--kith-space-3);
    border-inline-start: var(--kith-border-width-panel) solid var(--kith-color-border);
    background: var(--kith-color-background);
  }
  .item[data-status='failed'],
  .item[data-status='conflict'] {
    border-inline-start-color: var(--kith-color-error);
  }
  .summary {
    margin: 0 0 var(--kith-space-2);
    font-weight: var(--kith-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    margin-inline-start: var(--kith-space-2);
    padding: 0 var(--kith-space-1);
    background: var(--kith-color-tag-background);
    color: var(--kith-color-tag-text);
    font-weight: var(--kith-font-weight-regular);
  }
  .tag[data-status='failed'],
  .tag[data-status='conflict'] {
    background: var(--kith-color-background);
    color: var(--kith-color-error);
    outline: var(--kith-border-width-thin) solid currentColor;
  }
  dl {
    margin: 0 0 var(--kith-space-3);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--kith-space-3);
  }
  dt {
    flex: 0 0 8rem;
    color: var(--kith-color-text-secondary);
  }
  dd {
    flex: 1 1 10rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .versions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--kith-space-3);
    margin-block-end: var(--kith-space-3);
  }
  .version {
    flex: 1 1 14rem;
    min-width: 0;
    padding: var(--kith-space-2);
    border: var(--kith-border-width-thin) solid var(--kith-color-border);
  }
  .version-title {
    margin: 0 0 var(--kith-space-1);
    font-weight: var(--kith-font-weight-bold);
  }
  pre {
    margin: 0;
    font: inherit;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .confirm {
    padding: var(--kith-space-3);
    border: var(--kith-border-width-panel) solid var(--kith-color-error);
  }
  .confirm:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
  }
  .question {
    margin-block: 0 var(--kith-space-2);
    font-weight: var(--kith-font-weight-bold);
  }
  .empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    .item,
    .tag {
      border: var(--kith-border-width-thin) solid CanvasText;
    }
  }
`;
