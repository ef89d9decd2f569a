import { css } from 'lit';

/**
 * GOV.UK tag styles for a `.tag` element with a `.tag-<colour>` class. Exported so that
 * other Kith elements (task list) can show tags in their own shadow roots.
 * Every colour pair meets WCAG AA (4.5:1); the pairs are listed in tokens.json.
 */
export const tagStyles = css`
  .tag {
    display: inline-block;
    max-width: 100%;
    padding: 2px var(--kith-space-2) 3px;
    /* A transparent outline becomes visible in forced-colours mode, where backgrounds are removed. */
    outline: 2px solid transparent;
    outline-offset: -2px;
    background-color: var(--kith-color-tag-background);
    color: var(--kith-color-tag-text);
    font-size: var(--kith-font-size-body);
    font-weight: var(--kith-font-weight-regular);
    line-height: var(--kith-line-height-body);
    overflow-wrap: anywhere;
  }
  .tag-grey { background-color: var(--kith-color-tag-grey-background); color: var(--kith-color-tag-grey-text); }
  .tag-blue { background-color: var(--kith-color-tag-blue-background); color: var(--kith-color-tag-blue-text); }
  .tag-light-blue { background-color: var(--kith-color-tag-light-blue-background); color: var(--kith-color-tag-light-blue-text); }
  .tag-green { background-color: var(--kith-color-tag-green-background); color: var(--kith-color-tag-green-text); }
  .tag-turquoise { background-color: var(--kith-color-tag-turquoise-background); color: var(--kith-color-tag-turquoise-text); }
  .tag-red { background-color: var(--kith-color-tag-red-background); color: var(--kith-color-tag-red-text); }
  .tag-orange { background-color: var(--kith-color-tag-orange-background); color: var(--kith-color-tag-orange-text); }
  .tag-yellow { background-color: var(--kith-color-tag-yellow-background); color: var(--kith-color-tag-yellow-text); }
  .tag-purple { background-color: var(--kith-color-tag-purple-background); color: var(--kith-color-tag-purple-text); }
  .tag-pink { background-color: var(--kith-color-tag-pink-background); color: var(--kith-color-tag-pink-text); }
`;
