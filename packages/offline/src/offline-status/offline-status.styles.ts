import { css } from 'lit';

export const offlineStatusStyles = css`
  :host {
    display: block;
    font-size: var(--kith-font-size-body-s);
    line-height: var(--kith-line-height-body);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--kith-space-2);
    padding: var(--kith-space-1) var(--kith-space-3);
    border-inline-start: var(--kith-border-width-panel) solid var(--kith-color-brand);
    background: var(--kith-color-surface);
  }
  .bar[data-kind='saved'],
  .bar[data-kind='idle'] {
    border-inline-start-color: var(--kith-color-success);
  }
  .bar[data-kind='failed'],
  .bar[data-kind='conflict'],
  .bar[data-kind='storage-full'],
  .bar[data-kind='storage-error'] {
    border-inline-start-color: var(--kith-color-error);
  }
  .message {
    flex: 1 1 12rem;
    margin: 0;
    font-weight: var(--kith-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .toggle {
    min-height: var(--kith-size-touch-target-min);
    min-width: var(--kith-size-touch-target-min);
    padding: var(--kith-space-1);
    border: 0;
    background: none;
    color: var(--kith-color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .toggle::after {
    content: '';
    display: inline-block;
    margin-inline-start: var(--kith-space-1);
    border: 0.3em solid transparent;
    border-block-start-color: currentColor;
    vertical-align: middle;
  }
  :host([expanded]) .toggle::after {
    border-block-start-color: transparent;
    border-block-end-color: currentColor;
    vertical-align: 0.2em;
  }
  .toggle:hover {
    color: var(--kith-color-link-hover);
  }
  .toggle:focus-visible {
    background: var(--kith-color-focus);
    color: var(--kith-color-focus-text);
    box-shadow: none;
  }
  .panel {
    padding: var(--kith-space-3);
    border: var(--kith-border-width-thin) solid var(--kith-color-border);
    border-block-start: 0;
  }
  dl {
    margin: 0 0 var(--kith-space-3);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--kith-space-3);
    padding-block: var(--kith-space-1);
    border-block-end: var(--kith-border-width-thin) solid var(--kith-color-border);
  }
  dt {
    flex: 0 0 12rem;
    max-width: 100%;
    font-weight: var(--kith-font-weight-bold);
  }
  dd {
    flex: 1 1 10rem;
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .bar {
      border: var(--kith-border-width-thin) solid CanvasText;
      border-inline-start-width: var(--kith-border-width-panel);
    }
    .toggle {
      color: LinkText;
    }
  }
`;
