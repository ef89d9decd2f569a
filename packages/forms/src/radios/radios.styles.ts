import { css } from 'lit';

export const radiosStyles = css`
  .label::before {
    border-radius: 50%;
  }
  /* The dot is all border, so it stays filled when forced colours drop backgrounds. */
  .label::after {
    top: calc(var(--kith-size-choice) / 2 + var(--kith-border-width-input) - var(--kith-space-2));
    inset-inline-start: calc(var(--kith-size-choice) / 2 + var(--kith-border-width-input) - var(--kith-space-2));
    width: 0;
    height: 0;
    border: var(--kith-space-2) solid currentcolor;
    border-radius: 50%;
    background: currentcolor;
  }
  /* A focus ring looks thinner on a curve, so it is one pixel wider than elsewhere (as GOV.UK). */
  .input:focus + .label::before {
    box-shadow: 0 0 0 calc(var(--kith-focus-width) + var(--kith-border-width-thin)) var(--kith-color-focus);
  }
`;
