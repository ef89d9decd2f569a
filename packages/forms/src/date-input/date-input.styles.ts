import { css } from 'lit';

export const dateInputStyles = css`
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    box-sizing: border-box;
    display: table;
    max-width: 100%;
    margin-block-end: var(--kith-space-2);
    padding: 0;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .legend-heading {
    margin: 0;
    font-size: var(--kith-font-size-heading-l);
    line-height: var(--kith-line-height-heading);
    font-weight: var(--kith-font-weight-bold);
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: var(--kith-space-4);
  }
  .item {
    display: flex;
    flex-direction: column;
  }
  .item-label {
    display: block;
    margin-block-end: var(--kith-space-1);
  }
  .input {
    height: var(--kith-size-input-height);
    margin: 0;
    padding: var(--kith-space-1);
    border: var(--kith-border-width-input) solid var(--kith-color-input-border);
    border-radius: 0;
    background: var(--kith-color-background);
    color: var(--kith-color-text);
    font: inherit;
    appearance: none;
  }
  .width-2 {
    width: 5.4ex;
  }
  .width-4 {
    width: 9ex;
  }
  .input:focus-visible,
  .input:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--kith-border-width-input) var(--kith-color-focus-text);
  }
  .input.error {
    border-color: var(--kith-color-error);
  }
  .input.error:focus {
    border-color: var(--kith-color-input-border);
  }
  .input:disabled {
    opacity: 0.5;
    color: inherit;
    background-color: transparent;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .input:focus {
      outline-color: Highlight;
    }
    .input.error {
      border-style: double;
      border-width: calc(var(--kith-border-width-input) * 2);
    }
  }
`;
