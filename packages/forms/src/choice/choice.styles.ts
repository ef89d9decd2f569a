import { css } from 'lit';

/*
 * GOV.UK radios and checkboxes. The native input is the touch target (the choice size plus
 * a border either side: 44px), invisible, above the label; the label draws the visible
 * 40px control with ::before (and the dot or tick with ::after), out of borders so it stays
 * visible when forced colours replace backgrounds.
 */
export const choiceStyles = css`
  .items.inline {
    display: block;
  }
  @media (min-width: 40.0625em) {
    .items.inline {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
    }
    .items.inline .item {
      margin-inline-end: var(--kith-space-4);
    }
  }
  .item {
    display: flex;
    position: relative;
    flex-wrap: wrap;
    margin-block-end: var(--kith-space-2);
  }
  .item:last-child {
    margin-block-end: 0;
  }
  .input {
    z-index: 1;
    flex: 0 0 auto;
    width: calc(var(--kith-size-choice) + 2 * var(--kith-border-width-input));
    height: calc(var(--kith-size-choice) + 2 * var(--kith-border-width-input));
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .label {
    align-self: center;
    /* Border-box, so the padding is inside: the label fills the row beside the touch target and no more. */
    max-width: calc(100% - (var(--kith-size-choice) + 2 * var(--kith-border-width-input)));
    margin: 0;
    padding: calc(var(--kith-space-1) + var(--kith-border-width-input)) var(--kith-space-3);
    cursor: pointer;
    touch-action: manipulation;
    overflow-wrap: anywhere;
  }
  .label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: var(--kith-border-width-input);
    inset-inline-start: var(--kith-border-width-input);
    width: var(--kith-size-choice);
    height: var(--kith-size-choice);
    border: var(--kith-border-width-input) solid currentcolor;
    background: transparent;
  }
  .label::after {
    content: '';
    position: absolute;
    opacity: 0;
  }
  .input:checked + .label::after {
    opacity: 1;
  }
  .input:focus + .label::before {
    border-width: calc(2 * var(--kith-border-width-input));
    /* Invisible until forced colours make it solid; box-shadow is dropped in that mode. */
    outline: var(--kith-focus-width) solid transparent;
    outline-offset: var(--kith-border-width-thin);
    box-shadow: 0 0 0 var(--kith-focus-width) var(--kith-color-focus);
  }
  .input:disabled,
  .input:disabled + .label {
    cursor: not-allowed;
  }
  .input:disabled + .label,
  .input:disabled ~ .item-hint {
    opacity: 0.5;
  }
  .item-hint {
    display: block;
    width: 100%;
    margin-block-start: calc(-1 * var(--kith-space-1));
    padding-inline: calc(var(--kith-size-choice) + 2 * var(--kith-border-width-input) + var(--kith-space-3)) var(--kith-space-3);
    color: var(--kith-color-text-secondary);
    overflow-wrap: anywhere;
  }
  .divider {
    width: var(--kith-size-choice);
    margin-block-end: var(--kith-space-2);
    text-align: center;
  }
  /* The line under the control, centred on it, with the follow-up content lined up with the label. */
  .conditional {
    margin-block: var(--kith-space-2) var(--kith-space-4);
    margin-inline-start: calc(var(--kith-size-choice) / 2);
    padding-inline-start: calc(var(--kith-size-choice) / 2 + var(--kith-space-3));
    border-inline-start: calc(2 * var(--kith-border-width-input)) solid var(--kith-color-border);
  }
  .conditional[hidden] {
    display: none;
  }
  .no-options {
    margin: 0;
  }
  @media (forced-colors: active) {
    .input:focus + .label::before {
      outline-color: Highlight;
    }
    .conditional {
      border-inline-start-color: CanvasText;
    }
  }
`;
