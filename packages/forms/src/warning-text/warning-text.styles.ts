import { css } from 'lit';

export const warningTextStyles = css`
  :host {
    display: block;
    margin-block-end: var(--kith-space-5);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .warning {
    display: flex;
    align-items: flex-start;
    gap: var(--kith-space-3);
    padding-block: var(--kith-space-1);
  }
  .icon {
    display: inline-flex;
    flex: 0 0 auto;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-width: 2.1875rem;
    min-height: 2.1875rem;
    border: 3px solid var(--kith-color-text);
    border-radius: 50%;
    background: var(--kith-color-text);
    color: var(--kith-color-background);
    font-size: 1.875rem;
    font-weight: var(--kith-font-weight-bold);
    line-height: 1;
    user-select: none;
    forced-color-adjust: none;
  }
  .text {
    padding-block-start: var(--kith-space-1);
    font-weight: var(--kith-font-weight-bold);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .icon {
      border-color: CanvasText;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
