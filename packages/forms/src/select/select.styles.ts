import { css } from 'lit';

export const selectStyles = css`
  .select {
    display: block;
    min-width: min(11.5em, 100%);
    max-width: 100%;
    height: var(--kith-size-input-height);
    margin: 0;
    padding: var(--kith-space-1);
    border: var(--kith-border-width-input) solid var(--kith-color-input-border);
    border-radius: 0;
    background-color: var(--kith-color-background);
    color: var(--kith-color-text);
    font: inherit;
  }
  .select:focus-visible,
  .select:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--kith-border-width-input) var(--kith-color-focus-text);
  }
  .select.error {
    border-color: var(--kith-color-error);
  }
  .select.error:focus {
    border-color: var(--kith-color-input-border);
  }
  .select:disabled {
    opacity: 0.5;
    color: inherit;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .select:focus {
      outline-color: Highlight;
    }
    .select.error {
      border-style: double;
      border-width: calc(var(--kith-border-width-input) * 2);
    }
  }
`;
