import { css } from 'lit';

export const consentCaptureStyles = css`
  :host {
    display: block;
    max-width: var(--kith-size-page-width);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .caption {
    margin: 0 0 var(--kith-space-1);
    color: var(--kith-color-text-secondary);
  }
  .heading {
    margin-block: 0 var(--kith-space-5);
    font-weight: var(--kith-font-weight-bold);
    line-height: var(--kith-line-height-heading);
    overflow-wrap: anywhere;
  }
  .heading-0 {
    font-size: var(--kith-font-size-heading-l);
  }
  .heading-1 {
    font-size: var(--kith-font-size-heading-m);
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: var(--kith-space-1);
  }
  .section {
    margin-block-end: var(--kith-space-7);
  }
  .back {
    display: inline-block;
    min-height: var(--kith-size-touch-target-min);
    margin-block-end: var(--kith-space-4);
    padding: 0;
    border: 0;
    background: none;
    color: var(--kith-color-text);
    font: inherit;
    font-size: var(--kith-font-size-body-s);
    text-decoration: underline;
    text-underline-offset: 0.1em;
    cursor: pointer;
  }
  .back::before {
    content: '‹ ';
  }
  .back:hover {
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  .back:focus-visible {
    outline: var(--kith-focus-width) solid transparent;
    background-color: var(--kith-color-focus);
    color: var(--kith-color-focus-text);
    box-shadow: 0 -2px var(--kith-color-focus), 0 4px var(--kith-color-focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .heading:focus-visible,
    .back:focus-visible {
      outline-color: Highlight;
    }
  }
`;
