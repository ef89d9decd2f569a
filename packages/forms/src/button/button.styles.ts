import { css } from 'lit';

/** How a kith-button sits in the page: full width on small screens, inline from tablet up. */
export const buttonHostStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-5);
    font-size: var(--kith-font-size-body);
  }
  @media (min-width: 40.0625em) {
    :host {
      display: inline-block;
      margin-inline-end: var(--kith-space-3);
      vertical-align: top;
    }
  }
`;

/**
 * GOV.UK button styles for a `.button` element. Exported so that other Kith elements
 * (add another) can draw buttons in their own shadow roots with the same look.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--kith-space-2);
    position: relative;
    width: 100%;
    min-width: var(--kith-size-touch-target);
    min-height: var(--kith-size-touch-target);
    margin: 0 0 2px;
    padding: var(--kith-space-2) var(--kith-space-3);
    border: var(--kith-border-width-input) solid transparent;
    border-radius: 0;
    background-color: var(--kith-color-button);
    box-shadow: 0 2px 0 var(--kith-color-button-shadow);
    color: var(--kith-color-button-text);
    font: inherit;
    font-weight: var(--kith-font-weight-regular);
    line-height: var(--kith-line-height-heading);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
    appearance: none;
    -webkit-tap-highlight-color: transparent;
  }
  @media (min-width: 40.0625em) {
    .button {
      width: auto;
    }
  }
  .button:hover {
    background-color: var(--kith-color-button-hover);
  }
  .button:active {
    top: 2px;
    box-shadow: none;
  }
  .button:focus-visible {
    border-color: var(--kith-color-focus);
    outline: var(--kith-focus-width) solid transparent;
    background-color: var(--kith-color-focus);
    box-shadow: 0 2px 0 var(--kith-color-focus-text);
    color: var(--kith-color-focus-text);
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .button:disabled:hover {
    background-color: var(--kith-color-button);
  }
  .secondary {
    background-color: var(--kith-color-button-secondary);
    box-shadow: 0 2px 0 var(--kith-color-button-secondary-shadow);
    color: var(--kith-color-button-secondary-text);
  }
  .secondary:hover,
  .secondary:disabled:hover {
    background-color: color-mix(in srgb, var(--kith-color-button-secondary) 85%, var(--kith-color-text));
  }
  .warning {
    background-color: var(--kith-color-button-warning);
    box-shadow: 0 2px 0 color-mix(in srgb, var(--kith-color-button-warning) 40%, var(--kith-color-text));
  }
  .warning:hover,
  .warning:disabled:hover {
    background-color: color-mix(in srgb, var(--kith-color-button-warning) 80%, var(--kith-color-text));
  }
  .start {
    font-size: var(--kith-font-size-heading-m);
    font-weight: var(--kith-font-weight-bold);
  }
  .start-icon {
    flex: 0 0 auto;
    forced-color-adjust: auto;
  }
  .link {
    width: auto;
    padding-inline: 0;
    background-color: transparent;
    box-shadow: none;
    color: var(--kith-color-link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link:hover,
  .link:disabled:hover {
    background-color: transparent;
    color: var(--kith-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .link:active {
    top: 0;
  }
  .link:focus-visible {
    box-shadow: 0 4px 0 var(--kith-color-focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .link {
      border-color: transparent;
      color: LinkText;
    }
    .button:focus-visible {
      outline: var(--kith-focus-width) solid Highlight;
      outline-offset: 2px;
    }
  }
`;
