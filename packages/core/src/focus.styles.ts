import { css } from 'lit';

/** The focus indicator of every Kith control: yellow outline with a dark inner ring (GOV.UK). */
export const focusStyles = css`
  :focus-visible {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--kith-border-width-input) var(--kith-color-focus-text);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
