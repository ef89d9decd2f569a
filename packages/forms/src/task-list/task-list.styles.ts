import { css } from 'lit';

export const taskListStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--kith-color-border);
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--kith-space-1) var(--kith-space-4);
    position: relative;
    margin: 0;
    padding: var(--kith-space-3) var(--kith-space-1);
    border-block-end: 1px solid var(--kith-color-border);
  }
  .item.with-link:hover {
    background-color: var(--kith-color-surface);
  }
  .name-and-hint {
    flex: 1 1 15em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .status {
    flex: 0 1 auto;
    max-width: 100%;
    text-align: end;
    overflow-wrap: anywhere;
  }
  .hint {
    margin-block-start: var(--kith-space-1);
    color: var(--kith-color-text-secondary);
  }
  .cannot-start {
    color: var(--kith-color-text-secondary);
  }
  .link {
    color: var(--kith-color-link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link:visited {
    color: var(--kith-color-link-visited);
  }
  .link:hover {
    color: var(--kith-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  /* The whole row is the link's target, a large area on a tablet (GOV.UK task list). */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .link:focus-visible {
    outline: var(--kith-focus-width) solid transparent;
    color: var(--kith-color-focus-text);
    background-color: var(--kith-color-focus);
    box-shadow: 0 -2px var(--kith-color-focus), 0 4px var(--kith-color-focus-text);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
    .link:focus-visible {
      outline: var(--kith-focus-width) solid Highlight;
    }
  }
`;
