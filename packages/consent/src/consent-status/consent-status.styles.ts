import { css } from 'lit';

export const consentStatusStyles = css`
  :host {
    display: block;
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--kith-space-2);
    margin: 0;
  }
  .label {
    font-weight: var(--kith-font-weight-bold);
  }
  .tags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--kith-space-1);
  }
  .link {
    display: inline-block;
    min-height: var(--kith-size-touch-target-min);
    color: var(--kith-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .link:hover {
    color: var(--kith-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  .link:visited {
    color: var(--kith-color-link-visited);
  }
  .link:focus-visible {
    outline: var(--kith-focus-width) solid transparent;
    background-color: var(--kith-color-focus);
    color: var(--kith-color-focus-text);
    box-shadow: 0 -2px var(--kith-color-focus), 0 4px var(--kith-color-focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .link:focus-visible {
      outline-color: Highlight;
    }
  }
`;
