import { css } from 'lit';

export const chronologyEntryFormStyles = css`
  :host {
    display: block;
    max-width: 40rem;
  }
  form {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--kith-space-3);
    margin-block-start: var(--kith-space-6);
  }
  .status {
    margin: 0;
    align-self: center;
  }
`;
