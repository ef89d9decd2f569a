import { css } from 'lit';

export const caseFormStyles = css`
  :host {
    display: block;
  }
  kith-draft-restore {
    display: block;
    margin-block-end: var(--kith-space-6);
  }
  .status {
    margin: var(--kith-space-3) 0 0;
    color: var(--kith-color-text-secondary);
    font-size: var(--kith-font-size-body-s);
  }
  .status:empty {
    margin: 0;
  }
`;
