import { css } from 'lit';

/* The tick is a box with a left and bottom border, turned 45 degrees (GOV.UK's shape, scaled to the choice size). */
export const checkboxesStyles = css`
  .label::after {
    box-sizing: border-box;
    top: calc(var(--kith-size-choice) * 0.325);
    inset-inline-start: calc(var(--kith-size-choice) * 0.25);
    width: calc(var(--kith-size-choice) * 0.575);
    height: calc(var(--kith-size-choice) * 0.3);
    transform: rotate(-45deg);
    border: solid currentcolor;
    border-width: 0 0 calc(var(--kith-size-choice) * 0.125) calc(var(--kith-size-choice) * 0.125);
    border-top-color: transparent;
    background: transparent;
  }
`;
