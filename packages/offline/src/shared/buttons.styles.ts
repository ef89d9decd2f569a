import { css } from 'lit';

/** GOV.UK-style buttons for the offline components: primary, secondary and warning. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--kith-size-input-height);
    min-width: var(--kith-size-input-height);
    margin: 0 var(--kith-space-3) var(--kith-space-3) 0;
    padding: var(--kith-space-1) var(--kith-space-3);
    border: var(--kith-border-width-input) solid transparent;
    border-radius: 0;
    box-shadow: 0 var(--kith-border-width-input) 0 var(--kith-color-button-shadow);
    background: var(--kith-color-button);
    color: var(--kith-color-button-text);
    font: inherit;
    line-height: 1.1875;
    cursor: pointer;
  }
  .button:hover {
    background: var(--kith-color-button-hover);
  }
  .button.secondary {
    background: var(--kith-color-button-secondary);
    color: var(--kith-color-button-secondary-text);
    box-shadow: 0 var(--kith-border-width-input) 0 var(--kith-color-button-secondary-shadow);
  }
  .button.warning {
    background: var(--kith-color-button-warning);
    color: var(--kith-color-button-text);
  }
  .button:focus-visible {
    outline: var(--kith-focus-width) solid transparent;
    background: var(--kith-color-focus);
    color: var(--kith-color-focus-text);
    box-shadow: 0 var(--kith-border-width-input) 0 var(--kith-color-focus-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
