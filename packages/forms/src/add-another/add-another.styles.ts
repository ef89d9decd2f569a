import { css } from 'lit';

export const addAnotherStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .item {
    min-width: 0;
    margin: 0 0 var(--kith-space-6);
    padding: 0 0 var(--kith-space-3);
    border: 0;
    border-block-end: 1px solid var(--kith-color-border);
  }
  .legend {
    box-sizing: border-box;
    max-width: 100%;
    margin-block-end: var(--kith-space-3);
    padding: 0;
    font-size: var(--kith-font-size-heading-m);
    font-weight: var(--kith-font-weight-bold);
    line-height: var(--kith-line-height-heading);
    overflow-wrap: anywhere;
  }
  .button {
    width: auto;
    margin-block-end: var(--kith-space-3);
  }
  .limit {
    margin: 0 0 var(--kith-space-3);
    color: var(--kith-color-text-secondary);
    overflow-wrap: anywhere;
  }
`;
