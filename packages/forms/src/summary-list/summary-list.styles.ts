import { css } from 'lit';

export const summaryListStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .list {
    margin: 0;
  }
  .row {
    border-block-end: 1px solid var(--kith-color-border);
    margin-block-end: var(--kith-space-3);
  }
  .key,
  .value,
  .actions {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .key {
    margin-block-end: var(--kith-space-1);
    font-weight: var(--kith-font-weight-bold);
  }
  .value {
    margin-block-end: var(--kith-space-3);
    white-space: pre-line;
  }
  .actions {
    margin-block-end: var(--kith-space-3);
  }
  @media (min-width: 40.0625em) {
    .list {
      display: table;
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    .row {
      display: table-row;
      margin-block-end: 0;
    }
    .key,
    .value,
    .actions {
      display: table-cell;
      padding-block: var(--kith-space-2);
      padding-inline-end: var(--kith-space-4);
      margin: 0;
      vertical-align: top;
    }
    .key {
      width: 30%;
    }
    .value {
      width: 50%;
    }
    .actions {
      width: 20%;
      padding-inline-end: 0;
      text-align: end;
    }
    /* Keeps answers aligned when only some rows have a change link. */
    .row.no-actions::after {
      content: '';
      display: table-cell;
      width: 20%;
    }
    .list.no-actions .value {
      width: 70%;
    }
  }
  .no-border .row {
    border: 0;
  }
  .link {
    color: var(--kith-color-link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link:visited {
    color: var(--kith-color-link-visited);
  }
  .link:hover {
    color: var(--kith-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .link:focus-visible {
    outline: var(--kith-focus-width) solid transparent;
    color: var(--kith-color-focus-text);
    background-color: var(--kith-color-focus);
    box-shadow: 0 -2px var(--kith-color-focus), 0 4px var(--kith-color-focus-text);
    text-decoration: none;
  }
  .card {
    margin-block-end: var(--kith-space-6);
    border: 1px solid var(--kith-color-border);
  }
  .card-title-wrapper {
    padding: var(--kith-space-3) var(--kith-space-4);
    background-color: var(--kith-color-surface);
    border-block-end: 1px solid transparent;
  }
  .card-title {
    margin: 0;
    font-size: var(--kith-font-size-heading-s);
    font-weight: var(--kith-font-weight-bold);
    line-height: var(--kith-line-height-heading);
    overflow-wrap: anywhere;
  }
  .card-content {
    padding: var(--kith-space-3) var(--kith-space-4);
  }
  .card .row:last-child {
    border-block-end: 0;
  }
  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
    .link:focus-visible {
      outline: var(--kith-focus-width) solid Highlight;
    }
    .card-title-wrapper {
      border-block-end-color: CanvasText;
    }
  }
`;
