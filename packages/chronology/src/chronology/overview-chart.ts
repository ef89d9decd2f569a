import { html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate, type Overview, type PeriodCount } from '../model/index.js';
import { heading } from './entry-view.js';
import type { ChronologyStrings } from './strings.js';

export interface OverviewContext {
  strings: ChronologyStrings;
  headingLevel: number;
  locale: string;
  formatNumber: (value: number) => string;
  /** Periods (ISO) inside the current date filter, highlighted. */
  isSelected: (period: PeriodCount) => boolean;
  tableOpen: boolean;
  onToggleTable: (open: boolean) => void;
  onChoose: (period: PeriodCount) => void;
}

const SLOT = 10;
const HEIGHT = 100;
const STACK = ['high', 'medium', 'low', 'other'] as const;

export function periodLabel(period: PeriodCount, locale: string): string {
  return period.month === undefined
    ? String(period.year)
    : formatPartialDate({ precision: 'month', year: period.year, month: period.month }, locale);
}

/**
 * One path per significance rather than one rectangle per bar: a few elements however
 * many periods there are, which keeps the first paint fast.
 */
function barPaths(overview: Overview): Record<(typeof STACK)[number], string> {
  const paths = { high: '', medium: '', low: '', other: '' };
  const scale = overview.max ? (HEIGHT - 4) / overview.max : 0;
  overview.periods.forEach((period, i) => {
    let base = HEIGHT;
    for (const part of STACK) {
      const height = period[part] * scale;
      if (!height) continue;
      base -= height;
      paths[part] += `M${i * SLOT + 1} ${base.toFixed(2)}h${SLOT - 2}v${height.toFixed(2)}h-${SLOT - 2}z`;
    }
  });
  return paths;
}

function selectionPath(overview: Overview, context: OverviewContext): string {
  let path = '';
  overview.periods.forEach((period, i) => {
    if (context.isSelected(period)) path += `M${i * SLOT} 0h${SLOT}v${HEIGHT}h-${SLOT}z`;
  });
  return path;
}

function onChartClick(event: MouseEvent, overview: Overview, context: OverviewContext): void {
  const chart = event.currentTarget as SVGSVGElement;
  const box = chart.getBoundingClientRect();
  const index = Math.floor(((event.clientX - box.left) / box.width) * overview.periods.length);
  const period = overview.periods[index];
  if (period && period.total > 0) context.onChoose(period);
}

function renderTable(overview: Overview, context: OverviewContext): TemplateResult {
  const { strings, formatNumber } = context;
  return html`<table class="chart-table">
    <caption class="visually-hidden">${strings.tableCaption(overview.granularity)}</caption>
    <thead>
      <tr>
        <th scope="col">${strings.tablePeriod(overview.granularity)}</th>
        <th scope="col" class="numeric">${strings.significanceHigh}</th>
        <th scope="col" class="numeric">${strings.significanceMedium}</th>
        <th scope="col" class="numeric">${strings.significanceLow}</th>
        <th scope="col" class="numeric">${strings.significanceOther}</th>
        <th scope="col" class="numeric">${strings.total}</th>
        <td></td>
      </tr>
    </thead>
    <tbody>
      ${overview.periods.map((period) => {
        const label = periodLabel(period, context.locale);
        return html`<tr class=${context.isSelected(period) ? 'selected' : ''}>
          <th scope="row">${label}</th>
          <td class="numeric">${formatNumber(period.high)}</td>
          <td class="numeric">${formatNumber(period.medium)}</td>
          <td class="numeric">${formatNumber(period.low)}</td>
          <td class="numeric">${formatNumber(period.other)}</td>
          <td class="numeric">${formatNumber(period.total)}</td>
          <td>
            ${period.total
              ? html`<button type="button" class="link-button" @click=${() => context.onChoose(period)}>${strings.showPeriod(label)}</button>`
              : nothing}
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/**
 * Events per month or year as a small stacked bar chart, coloured by significance, with
 * empty periods left as gaps. The SVG is for sighted pointer users and hidden from
 * assistive technology; the same numbers, and the same "show this period" action, are in
 * the table below it, which keyboard and screen reader users reach in the normal order.
 */
export function renderOverview(overview: Overview, context: OverviewContext): TemplateResult {
  const { strings, formatNumber } = context;
  if (!overview.periods.length) return html``;
  const first = periodLabel(overview.periods[0]!, context.locale);
  const last = periodLabel(overview.periods.at(-1)!, context.locale);
  const paths = barPaths(overview);
  const width = overview.periods.length * SLOT;
  return html`
    <section class="overview" part="overview" aria-labelledby="overview-heading">
      ${heading(context.headingLevel, strings.overviewHeading, 'overview-heading', 'section-heading')}
      <p class="chart-summary">${strings.chartSummary(overview.granularity, first, last)}</p>
      <div class="chart-frame">
        <svg
          class="chart"
          part="chart"
          viewBox=${`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
          @click=${(event: MouseEvent) => onChartClick(event, overview, context)}
        >
          <path class="selection" d=${selectionPath(overview, context) || 'M0 0'}></path>
          <line class="baseline" x1="0" y1=${HEIGHT - 0.5} x2=${width} y2=${HEIGHT - 0.5}></line>
          <path class="bar bar-high" d=${paths.high || 'M0 0'}></path>
          <path class="bar bar-medium" d=${paths.medium || 'M0 0'}></path>
          <path class="bar bar-low" d=${paths.low || 'M0 0'}></path>
          <path class="bar bar-other" d=${paths.other || 'M0 0'}></path>
        </svg>
        <div class="axis" aria-hidden="true">
          <span>${first}</span><span class="axis-max">${formatNumber(overview.max)}</span><span>${last}</span>
        </div>
      </div>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch swatch-high"></span>${strings.significanceHigh}</li>
        <li><span class="swatch swatch-medium"></span>${strings.significanceMedium}</li>
        <li><span class="swatch swatch-low"></span>${strings.significanceLow}</li>
      </ul>
      ${overview.yearOnly ? html`<p class="chart-note">${strings.chartYearOnly(formatNumber(overview.yearOnly))}</p>` : nothing}
      ${overview.undated ? html`<p class="chart-note">${strings.chartUndated(formatNumber(overview.undated))}</p>` : nothing}
      <p class="chart-note">${strings.chartHelp}</p>
      <details
        class="chart-details"
        ?open=${context.tableOpen}
        @toggle=${(event: Event) => context.onToggleTable((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>${strings.chartTableToggle}</summary>
        ${context.tableOpen ? renderTable(overview, context) : nothing}
      </details>
    </section>
  `;
}
