import { css } from 'lit';

export const textInputStyles = css`
  .wrapper {
    display: flex;
    align-items: stretch;
    max-width: 100%;
  }
  .input {
    flex: 1 1 auto;
    min-width: 0;
    width: 100%;
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
  .input[readonly] {
    background-color: var(--kith-color-surface);
  }
  .width-30 { max-width: 59ex; }
  .width-20 { max-width: 41ex; }
  .width-10 { max-width: 23ex; }
  .width-5 { max-width: 10.8ex; }
  .width-4 { max-width: 9ex; }
  .width-3 { max-width: 7.2ex; }
  .width-2 { max-width: 5.4ex; }
  @media (min-width: 40.0625em) {
    .width-three-quarters { max-width: 75%; }
    .width-two-thirds { max-width: 66.66%; }
    .width-one-half { max-width: 50%; }
    .width-one-third { max-width: 33.33%; }
    .width-one-quarter { max-width: 25%; }
  }
  .affix {
    display: flex;
    flex: 0 0 auto;
    align-items: center;
    justify-content: center;
    min-width: var(--kith-size-input-height);
    height: var(--kith-size-input-height);
    padding: var(--kith-space-1);
    border: var(--kith-border-width-input) solid var(--kith-color-input-border);
    background-color: var(--kith-color-surface);
    white-space: nowrap;
    cursor: default;
  }
  .prefix {
    border-inline-end: 0;
  }
  .suffix {
    border-inline-start: 0;
  }
  @media (forced-colors: active) {
    .input:focus {
      outline-color: Highlight;
    }
    .input.error {
      border-style: double;
      border-width: calc(var(--kith-border-width-input) * 2);
    }
    .affix {
      border-color: CanvasText;
    }
  }
`;
