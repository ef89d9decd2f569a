import { css } from 'lit';

export const chronologyStyles = css`
  :host {
    display: block;
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  dl,
  fieldset {
    margin: 0;
  }
  .section-heading {
    font-size: var(--kith-font-size-heading-m);
    line-height: var(--kith-line-height-heading);
    margin-block-end: var(--kith-space-3);
  }
  .section-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--kith-space-2);
  }
  .hint,
  .secondary,
  .count,
  .chart-note,
  .chart-summary {
    color: var(--kith-color-text-secondary);
  }
  .hint {
    margin-block-end: var(--kith-space-2);
  }

  /* Buttons and form fields, as GOV.UK Frontend draws them */
  .button {
    min-height: var(--kith-size-input-height);
    padding: var(--kith-space-1) var(--kith-space-3);
    border: var(--kith-border-width-input) solid transparent;
    border-radius: 0;
    background: var(--kith-color-button-secondary);
    color: var(--kith-color-button-secondary-text);
    box-shadow: 0 var(--kith-border-width-input) 0 var(--kith-color-button-secondary-shadow);
    font: inherit;
    cursor: pointer;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .link-button {
    min-height: var(--kith-size-touch-target-min);
    padding: 0;
    border: 0;
    background: none;
    color: var(--kith-color-link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .link-button:hover {
    color: var(--kith-color-link-hover);
  }
  /* GOV.UK focus states: yellow with a black bar, which shows on any background. */
  .button:focus-visible {
    border-color: var(--kith-color-focus);
    outline: var(--kith-focus-width) solid transparent;
    background-color: var(--kith-color-focus);
    box-shadow: 0 var(--kith-border-width-input) 0 var(--kith-color-focus-text);
    color: var(--kith-color-focus-text);
  }
  .link-button:focus-visible,
  a:focus-visible {
    outline: var(--kith-focus-width) solid transparent;
    background-color: var(--kith-color-focus);
    box-shadow: 0 -2px var(--kith-color-focus), 0 4px var(--kith-color-focus-text);
    color: var(--kith-color-focus-text);
    text-decoration: none;
  }
  a {
    color: var(--kith-color-link);
  }
  .field {
    margin-block-end: var(--kith-space-4);
  }
  .field label,
  legend {
    display: block;
    margin-block-end: var(--kith-space-1);
    font-weight: var(--kith-font-weight-bold);
  }
  input[type='search'],
  select {
    min-height: var(--kith-size-input-height);
    max-width: 100%;
    padding: var(--kith-space-1);
    border: var(--kith-border-width-input) solid var(--kith-color-input-border);
    border-radius: 0;
    background: var(--kith-color-background);
    color: var(--kith-color-text);
    font: inherit;
  }
  input[type='search'] {
    width: 100%;
  }
  fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }
  .checkbox {
    display: flex;
    align-items: center;
    gap: var(--kith-space-2);
    min-height: var(--kith-size-input-height);
  }
  .checkbox input {
    flex: 0 0 auto;
    width: var(--kith-size-touch-target-min);
    height: var(--kith-size-touch-target-min);
    margin: 0;
    accent-color: var(--kith-color-text);
  }
  /* A native checkbox draws no inset shadow: a dark ring outside a yellow one shows on the grey panel. */
  .checkbox input:focus-visible {
    outline: var(--kith-focus-width) solid var(--kith-color-focus-text);
    outline-offset: var(--kith-focus-width);
    box-shadow: 0 0 0 var(--kith-focus-width) var(--kith-color-focus);
  }
  .checkbox label {
    overflow-wrap: anywhere;
  }

  /* Problem summary */
  .problem-summary {
    margin-block-end: var(--kith-space-6);
    padding: var(--kith-space-4);
    border: var(--kith-border-width-panel) solid var(--kith-color-error);
  }
  .problem-summary ul {
    padding-inline-start: var(--kith-space-4);
  }
  .problem-summary p,
  .problem-summary li {
    margin-block-end: var(--kith-space-2);
    overflow-wrap: anywhere;
  }

  /* Overview chart */
  .overview {
    margin-block-end: var(--kith-space-6);
    contain: layout style;
  }
  .chart-frame {
    position: relative;
    padding-block-start: var(--kith-space-5);
  }
  .chart {
    display: block;
    width: 100%;
    height: 6rem;
    cursor: pointer;
  }
  .bar-high {
    fill: var(--kith-color-significance-high);
  }
  .bar-medium {
    fill: var(--kith-color-significance-medium);
  }
  .bar-low {
    fill: var(--kith-color-significance-low);
  }
  .bar-other {
    fill: var(--kith-color-border);
  }
  .selection {
    fill: var(--kith-color-focus);
    opacity: 0.5;
  }
  .baseline {
    stroke: var(--kith-color-text);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .axis {
    display: flex;
    justify-content: space-between;
    gap: var(--kith-space-2);
    font-size: var(--kith-font-size-body-s);
  }
  .axis-max {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--kith-space-3);
    padding: 0;
    margin-block: var(--kith-space-2);
    list-style: none;
    font-size: var(--kith-font-size-body-s);
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: var(--kith-space-1);
    vertical-align: middle;
  }
  .swatch-high {
    background: var(--kith-color-significance-high);
  }
  .swatch-medium {
    background: var(--kith-color-significance-medium);
  }
  .swatch-low {
    background: var(--kith-color-significance-low);
  }
  .chart-note {
    margin-block-end: var(--kith-space-2);
    font-size: var(--kith-font-size-body-s);
  }
  .chart-details summary {
    min-height: var(--kith-size-touch-target-min);
    color: var(--kith-color-link);
    text-decoration: underline;
    cursor: pointer;
  }
  .chart-table {
    width: 100%;
    margin-block-start: var(--kith-space-3);
    border-collapse: collapse;
    font-size: var(--kith-font-size-body-s);
  }
  .chart-table th,
  .chart-table td {
    padding: var(--kith-space-1) var(--kith-space-2);
    border-block-end: var(--kith-border-width-thin) solid var(--kith-color-border);
    text-align: start;
  }
  .chart-table .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .chart-table tr.selected {
    background: var(--kith-color-surface);
  }

  /* Filters and toolbar */
  .filters {
    margin-block-end: var(--kith-space-4);
    padding: var(--kith-space-4);
    background: var(--kith-color-surface);
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--kith-space-4);
    margin-block-end: var(--kith-space-4);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--kith-space-3);
    margin-block-end: var(--kith-space-4);
  }
  .status {
    font-weight: var(--kith-font-weight-bold);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--kith-space-3);
  }
  .actions .field {
    margin: 0;
  }
  .render-mode {
    margin-block-end: var(--kith-space-4);
  }
  .empty {
    padding: var(--kith-space-4);
    background: var(--kith-color-surface);
  }
  .empty p {
    margin-block-end: var(--kith-space-3);
  }
  .empty p:last-child {
    margin: 0;
  }

  /* The feed of entries */
  .feed {
    overflow-anchor: auto;
  }
  :host([render-all]) .row {
    /* The browser skips laying out entries far off screen; they stay in the accessibility tree and find-in-page. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
  }
  .row {
    display: block;
    padding-block-end: var(--kith-space-4);
    /* A row's layout cannot affect another's: changing one lays out only that one. */
    contain: layout style;
  }
  .row:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .row:focus-visible .card {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--kith-border-width-input) var(--kith-color-focus-text);
  }
  .group {
    margin-block: var(--kith-space-4) var(--kith-space-3);
    line-height: var(--kith-line-height-heading);
  }
  .group-year,
  .group-undated {
    padding-block-start: var(--kith-space-2);
    border-block-start: var(--kith-border-width-thin) solid var(--kith-color-border);
    font-size: var(--kith-font-size-heading-l);
  }
  .group-month {
    font-size: var(--kith-font-size-heading-m);
  }
  .group-count {
    display: block;
    margin-block-start: var(--kith-space-1);
    color: var(--kith-color-text-secondary);
    font-size: var(--kith-font-size-body-s);
    font-weight: var(--kith-font-weight-regular);
  }
  .card {
    padding: var(--kith-space-3);
    border: var(--kith-border-width-thin) solid var(--kith-color-border);
    border-inline-start: var(--kith-border-width-panel) solid var(--kith-color-significance-low);
    background: var(--kith-color-background);
  }
  .significance-high .card {
    border-inline-start: calc(var(--kith-border-width-panel) * 2) solid var(--kith-color-significance-high);
  }
  .significance-medium .card {
    border-inline-start: calc(var(--kith-border-width-panel) * 1.5) solid var(--kith-color-significance-medium);
  }
  .significance-other .card {
    border-inline-start-style: dashed;
  }
  .title {
    margin-block-end: var(--kith-space-1);
    font-size: var(--kith-font-size-heading-s);
    overflow-wrap: anywhere;
  }
  .missing {
    font-style: italic;
    font-weight: var(--kith-font-weight-regular);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--kith-space-1) var(--kith-space-2);
    margin-block-end: var(--kith-space-2);
    font-size: var(--kith-font-size-body-s);
  }
  .date {
    flex-basis: 100%;
    font-size: var(--kith-font-size-body);
  }
  .date-invalid {
    color: var(--kith-color-error);
    font-weight: var(--kith-font-weight-bold);
  }
  .tag {
    padding: 0 var(--kith-space-1);
    background: var(--kith-color-tag-background);
    color: var(--kith-color-tag-text);
    overflow-wrap: anywhere;
  }
  .tag-child {
    background: var(--kith-color-surface);
    color: var(--kith-color-text);
  }
  .significance {
    font-weight: var(--kith-font-weight-bold);
  }
  .significance-high .significance {
    color: var(--kith-color-significance-high);
  }
  .significance-medium .significance {
    color: var(--kith-color-significance-medium);
  }
  .found-in {
    margin-block-end: var(--kith-space-2);
    font-size: var(--kith-font-size-body-s);
  }
  .entry-problems {
    margin-block-end: var(--kith-space-2);
    padding-inline-start: var(--kith-space-3);
    border-inline-start: var(--kith-border-width-panel) solid var(--kith-color-error);
    color: var(--kith-color-error);
    overflow-wrap: anywhere;
  }
  .entry-problems-title {
    font-weight: var(--kith-font-weight-bold);
  }
  .entry-problems ul {
    padding-inline-start: var(--kith-space-4);
  }
  .problem-field {
    font-weight: var(--kith-font-weight-bold);
  }
  .details-list {
    margin-block-start: var(--kith-space-3);
  }
  .details-row {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 3fr;
    gap: var(--kith-space-2);
    padding-block: var(--kith-space-1);
    border-block-end: var(--kith-border-width-thin) solid var(--kith-color-border);
  }
  @media (max-width: 40rem) {
    .details-row {
      grid-template-columns: 1fr;
    }
  }
  dt {
    font-weight: var(--kith-font-weight-bold);
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .links {
    padding: 0;
    list-style: none;
    white-space: normal;
  }
  mark {
    background: var(--kith-color-focus);
    color: var(--kith-color-focus-text);
  }

  @media (forced-colors: active) {
    .chart,
    .swatch {
      forced-color-adjust: none;
    }
    .bar-high,
    .swatch-high {
      fill: CanvasText;
      background: CanvasText;
    }
    .bar-medium,
    .swatch-medium {
      fill: LinkText;
      background: LinkText;
    }
    .bar-low,
    .swatch-low,
    .bar-other {
      fill: GrayText;
      background: GrayText;
    }
    .selection {
      fill: Highlight;
      opacity: 1;
    }
    .baseline {
      stroke: CanvasText;
    }
    .card,
    .significance-high .card,
    .significance-medium .card {
      border-color: CanvasText;
    }
    .row:focus-visible .card,
    .checkbox input:focus-visible,
    .button:focus-visible,
    .link-button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
    .tag {
      border: var(--kith-border-width-thin) solid CanvasText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }

  .print-only {
    display: none;
  }
  @media print {
    .screen-only {
      display: none;
    }
    .print-only {
      display: block;
    }
    .print-entry {
      margin-block-end: var(--kith-space-4);
      padding-inline-start: var(--kith-space-2);
      border-inline-start: var(--kith-border-width-panel) solid currentColor;
      break-inside: avoid;
    }
    .group {
      break-after: avoid;
    }
  }
`;
