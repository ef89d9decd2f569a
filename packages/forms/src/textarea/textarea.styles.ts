import { css } from 'lit';

export const textareaStyles = css`
  .textarea {
    display: block;
    width: 100%;
    min-height: var(--kith-size-input-height);
    margin: 0;
    padding: var(--kith-space-1);
    border: var(--kith-border-width-input) solid var(--kith-color-input-border);
    border-radius: 0;
    background: var(--kith-color-background);
    color: var(--kith-color-text);
    font: inherit;
    resize: vertical;
    appearance: none;
  }
  .textarea:focus-visible,
  .textarea:focus {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--kith-border-width-input) var(--kith-color-focus-text);
  }
  .textarea.error {
    border-color: var(--kith-color-error);
  }
  .textarea.error:focus {
    border-color: var(--kith-color-input-border);
  }
  .textarea:disabled {
    opacity: 0.5;
    color: inherit;
    background-color: transparent;
    cursor: not-allowed;
  }
  .textarea[readonly] {
    background-color: var(--kith-color-surface);
  }
  .count {
    margin-block-start: var(--kith-space-1);
    color: var(--kith-color-text-secondary);
    overflow-wrap: anywhere;
  }
  .count.over {
    color: var(--kith-color-error);
    font-weight: var(--kith-font-weight-bold);
  }
  /* Below the threshold the count keeps its space, so the page does not jump when it appears. */
  .count.below-threshold {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .textarea:focus {
      outline-color: Highlight;
    }
    .textarea.error {
      border-style: double;
      border-width: calc(var(--kith-border-width-input) * 2);
    }
  }
`;
