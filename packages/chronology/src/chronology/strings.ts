import { msg, str } from '@lit/localize';
import type { OverviewGranularity } from '../model/index.js';

/**
 * Every piece of text kith-chronology shows, so that a service can put any of it in its
 * own words through the `strings` property. Numbers arrive already formatted for the locale.
 */
export interface ChronologyStrings {
  feedLabel: string;
  overviewHeading: string;
  filtersHeading: string;
  showFilters: string;
  hideFilters: string;
  searchLabel: string;
  searchHint: string;
  categoryLegend: string;
  sourceLegend: string;
  significanceLegend: string;
  childLegend: string;
  fromLabel: string;
  toLabel: string;
  clearFilters: string;
  orderLabel: string;
  oldestFirst: string;
  newestFirst: string;
  print: string;
  downloadCsv: string;
  showAll: string;
  showAllHint: string;
  showAsYouScroll: string;
  showDetails: string;
  hideDetails: string;
  noTitle: string;
  dateNotValid: string;
  undatedHeading: string;
  entryProblems: string;
  problemSummaryHeading: string;
  problemSummaryBody: string;
  empty: string;
  noMatches: string;
  chartHelp: string;
  chartTableToggle: string;
  significanceHigh: string;
  significanceMedium: string;
  significanceLow: string;
  significanceOther: string;
  total: string;
  categoryPrefix: string;
  sourcePrefix: string;
  alsoFoundIn: string;
  notALink: string;
  keyboardHelp: string;
  showing: (shown: string, total: string, totalCount: number) => string;
  loading: (count: string) => string;
  eventCount: (count: string, countNumber: number) => string;
  monthNotRecorded: (year: string) => string;
  problemCount: (count: string) => string;
  moreProblems: (count: string) => string;
  entryNumber: (position: string) => string;
  chartSummary: (granularity: OverviewGranularity, first: string, last: string) => string;
  chartYearOnly: (count: string) => string;
  chartUndated: (count: string) => string;
  tableCaption: (granularity: OverviewGranularity) => string;
  tablePeriod: (granularity: OverviewGranularity) => string;
  showPeriod: (period: string) => string;
  showFullText: (characters: string) => string;
}

/** The strings in the current locale. */
export function defaultStrings(): ChronologyStrings {
  return {
    feedLabel: msg('Events', { id: 'kith.chronology.feed-label' }),
    overviewHeading: msg('Events over time', { id: 'kith.chronology.overview-heading' }),
    filtersHeading: msg('Filter events', { id: 'kith.chronology.filters-heading' }),
    showFilters: msg('Show filters', { id: 'kith.chronology.show-filters' }),
    hideFilters: msg('Hide filters', { id: 'kith.chronology.hide-filters' }),
    searchLabel: msg('Search events', { id: 'kith.chronology.search-label' }),
    searchHint: msg('Searches every field, including details. Words can be in any order.', { id: 'kith.chronology.search-hint' }),
    categoryLegend: msg('Category', { id: 'kith.chronology.category-legend' }),
    sourceLegend: msg('Source', { id: 'kith.chronology.source-legend' }),
    significanceLegend: msg('Significance', { id: 'kith.chronology.significance-legend' }),
    childLegend: msg('Child', { id: 'kith.chronology.child-legend' }),
    fromLabel: msg('From', { id: 'kith.chronology.from-label' }),
    toLabel: msg('To', { id: 'kith.chronology.to-label' }),
    clearFilters: msg('Clear filters', { id: 'kith.chronology.clear-filters' }),
    orderLabel: msg('Order', { id: 'kith.chronology.order-label' }),
    oldestFirst: msg('Oldest first', { id: 'kith.chronology.oldest-first' }),
    newestFirst: msg('Newest first', { id: 'kith.chronology.newest-first' }),
    print: msg('Print', { id: 'kith.chronology.print' }),
    downloadCsv: msg('Download as CSV', { id: 'kith.chronology.download-csv' }),
    showAll: msg('Show every event on one page', { id: 'kith.chronology.show-all' }),
    showAllHint: msg(
      'Events are added as you scroll or move through them. Show them all at once to read the whole list with a screen reader or search it with your browser; with thousands of events this can be slow.',
      { id: 'kith.chronology.show-all-hint' },
    ),
    showAsYouScroll: msg('Show events as you scroll', { id: 'kith.chronology.show-as-you-scroll' }),
    showDetails: msg('Show details', { id: 'kith.chronology.show-details' }),
    hideDetails: msg('Hide details', { id: 'kith.chronology.hide-details' }),
    noTitle: msg('No title recorded', { id: 'kith.chronology.no-title' }),
    dateNotValid: msg('Date not valid', { id: 'kith.chronology.date-not-valid' }),
    undatedHeading: msg('Events without a valid date', { id: 'kith.chronology.undated-heading' }),
    entryProblems: msg('This entry has problems', { id: 'kith.chronology.entry-problems' }),
    problemSummaryHeading: msg('Some entries have problems', { id: 'kith.chronology.problem-summary-heading' }),
    problemSummaryBody: msg(
      'They are still shown, each marked with what is wrong. Correct them in the record they came from.',
      { id: 'kith.chronology.problem-summary-body' },
    ),
    empty: msg('There are no events in this chronology yet.', { id: 'kith.chronology.empty' }),
    noMatches: msg('No events match the filters.', { id: 'kith.chronology.no-matches' }),
    chartHelp: msg('Select a bar, or a row of the table, to show only the events of that period.', {
      id: 'kith.chronology.chart-help',
    }),
    chartTableToggle: msg('Show the chart as a table', { id: 'kith.chronology.chart-table-toggle' }),
    significanceHigh: msg('High', { id: 'kith.chronology.significance-high-short' }),
    significanceMedium: msg('Medium', { id: 'kith.chronology.significance-medium-short' }),
    significanceLow: msg('Low', { id: 'kith.chronology.significance-low-short' }),
    significanceOther: msg('Not recorded', { id: 'kith.chronology.significance-other-short' }),
    total: msg('Total', { id: 'kith.chronology.total' }),
    categoryPrefix: msg('Category:', { id: 'kith.chronology.category-prefix' }),
    sourcePrefix: msg('Source:', { id: 'kith.chronology.source-prefix' }),
    alsoFoundIn: msg('Search words also found in:', { id: 'kith.chronology.also-found-in' }),
    notALink: msg('(not a safe web address, so not a link)', { id: 'kith.chronology.not-a-link' }),
    keyboardHelp: msg(
      'Use the up and down arrow keys to move between events, Home and End to go to the first and last, and Enter to show or hide details.',
      { id: 'kith.chronology.keyboard-help' },
    ),
    loading: (count) => msg(str`Loading ${count} events…`, { id: 'kith.chronology.loading' }),
    showing: (shown, total, totalCount) =>
      totalCount === 1
        ? msg(str`Showing ${shown} of 1 event`, { id: 'kith.chronology.showing-one' })
        : msg(str`Showing ${shown} of ${total} events`, { id: 'kith.chronology.showing' }),
    eventCount: (count, countNumber) =>
      countNumber === 1 ? msg('1 event', { id: 'kith.chronology.one-event' }) : msg(str`${count} events`, { id: 'kith.chronology.events' }),
    monthNotRecorded: (year) => msg(str`${year}, month not recorded`, { id: 'kith.chronology.month-not-recorded' }),
    problemCount: (count) => msg(str`Entries with problems: ${count}`, { id: 'kith.chronology.problem-count' }),
    moreProblems: (count) => msg(str`Other problems not listed here: ${count}`, { id: 'kith.chronology.more-problems' }),
    entryNumber: (position) => msg(str`Entry ${position}`, { id: 'kith.chronology.entry-number' }),
    chartSummary: (granularity, first, last) =>
      granularity === 'month'
        ? msg(str`Events per month, ${first} to ${last}`, { id: 'kith.chronology.chart-summary-month' })
        : msg(str`Events per year, ${first} to ${last}`, { id: 'kith.chronology.chart-summary-year' }),
    chartYearOnly: (count) =>
      msg(str`Events recorded with the year only, not in the monthly chart: ${count}`, { id: 'kith.chronology.chart-year-only' }),
    chartUndated: (count) => msg(str`Events without a valid date, not in the chart: ${count}`, { id: 'kith.chronology.chart-undated' }),
    tableCaption: (granularity) =>
      granularity === 'month'
        ? msg('Events per month, by significance', { id: 'kith.chronology.table-caption-month' })
        : msg('Events per year, by significance', { id: 'kith.chronology.table-caption-year' }),
    tablePeriod: (granularity) =>
      granularity === 'month' ? msg('Month', { id: 'kith.chronology.table-month' }) : msg('Year', { id: 'kith.chronology.table-year' }),
    showPeriod: (period) => msg(str`Show events in ${period}`, { id: 'kith.chronology.show-period' }),
    showFullText: (characters) => msg(str`Show the full text (${characters} characters)`, { id: 'kith.chronology.show-full-text' }),
  };
}
