import { html, css, type TemplateResult } from 'lit';
import { classes } from '@kith/core';

export const LEGEND_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type LegendSize = (typeof LEGEND_SIZES)[number];

/**
 * The legend of a fieldset. As the page heading its text is wrapped in an h1, which
 * keeps it the group's accessible name; the heading is large ("l") unless a size is given.
 */
export function renderLegend(text: string, { pageHeading = false, size }: { pageHeading?: boolean; size?: unknown } = {}): TemplateResult {
  const chosen = (LEGEND_SIZES as readonly unknown[]).includes(size) ? (size as LegendSize) : pageHeading ? 'l' : '';
  return html`<legend part="legend" class=${classes({ legend: true, [`legend-${chosen}`]: !!chosen })}
    >${pageHeading ? html`<h1 class="legend-heading">${text}</h1>` : text}</legend
  >`;
}

/** GOV.UK fieldset and legend styles, sized with the heading tokens. */
export const legendStyles = css`
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    box-sizing: border-box;
    display: table;
    max-width: 100%;
    margin-block-end: var(--kith-space-2);
    padding: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  .legend-s,
  .legend-m,
  .legend-l,
  .legend-xl {
    font-weight: var(--kith-font-weight-bold);
  }
  .legend-m,
  .legend-l,
  .legend-xl {
    margin-block-end: var(--kith-space-3);
    line-height: var(--kith-line-height-heading);
  }
  .legend-m {
    font-size: var(--kith-font-size-heading-m);
  }
  .legend-l {
    font-size: var(--kith-font-size-heading-l);
  }
  .legend-xl {
    font-size: var(--kith-font-size-heading-xl);
  }
  /* The h1 takes the legend's look; it is there for the document outline. */
  .legend-heading {
    margin: 0;
    font-size: inherit;
    font-weight: inherit;
    line-height: inherit;
  }
`;
