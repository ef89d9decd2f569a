import { html, nothing, type TemplateResult } from 'lit';
import {
  fieldLabel,
  fold,
  formatEntryDate,
  formatIsoDate,
  formatPartialDate,
  formatRecordedAt,
  highlightSegments,
  problemMessage,
  safeHref,
  significanceLabel,
  type ChronologyGrouping,
  type ChronologyItem,
  type GroupHeading,
  type ItemEntry,
  type Significance,
} from '../model/index.js';
import type { ChronologyStrings } from './strings.js';

/** Longer texts are shown cut to this many characters until the reader asks for all of it. */
export const MAX_SHOWN_CHARACTERS = 10_000;

/** What rendering an entry needs to know about the whole chronology. */
export interface EntryViewContext {
  strings: ChronologyStrings;
  headingLevel: number;
  grouping: ChronologyGrouping;
  terms: readonly string[];
  /** How many entries are shown (the set size a screen reader announces). */
  count: number;
  locale: string;
  categoryLabel: (id: string) => string;
  childName: (id: string) => string;
  formatNumber: (value: number) => string;
  expanded: ReadonlySet<number>;
  fullText: ReadonlySet<number>;
  /** The position that takes Tab (roving tabindex). */
  tabbable: number;
}

const DETAIL_FIELDS = ['description', 'impactOnChild', 'actionTaken', 'recordedBy'] as const;

/** h2 to h6 by number; a heading below h6 stays h6. */
export function heading(level: number, content: unknown, id?: string, className = ''): TemplateResult {
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 id=${id ?? nothing} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id ?? nothing} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id ?? nothing} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id ?? nothing} class=${className}>${content}</h5>`;
    default:
      return html`<h6 id=${id ?? nothing} class=${className}>${content}</h6>`;
  }
}

/** Text with the search words marked; always text nodes, so markup in data stays text. */
export function highlighted(text: string, terms: readonly string[]): unknown {
  if (!terms.length) return text;
  const segments = highlightSegments(text, terms);
  return segments.length === 1 && !segments[0]!.match
    ? text
    : segments.map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
}

export function groupHeadingText(group: GroupHeading, context: EntryViewContext): string {
  if (group.kind === 'undated') return context.strings.undatedHeading;
  if (group.kind === 'year') return String(group.year);
  return group.month === undefined
    ? context.strings.monthNotRecorded(String(group.year))
    : formatPartialDate({ precision: 'month', year: group.year, month: group.month }, context.locale);
}

function groupHeadingLevel(group: GroupHeading, context: EntryViewContext): number {
  return group.kind === 'month' ? context.headingLevel + 1 : context.headingLevel;
}

function titleLevel(item: ChronologyItem, context: EntryViewContext): number {
  return item.date && context.grouping === 'month' ? context.headingLevel + 2 : context.headingLevel + 1;
}

function renderGroupHeadings(groups: readonly GroupHeading[] | undefined, context: EntryViewContext): unknown {
  if (!groups) return nothing;
  return groups.map((group) =>
    heading(
      groupHeadingLevel(group, context),
      html`${groupHeadingText(group, context)}
        <span class="group-count">${context.strings.eventCount(context.formatNumber(group.count), group.count)}</span>`,
      undefined,
      `group group-${group.kind}`,
    ),
  );
}

function dateText(item: ChronologyItem, context: EntryViewContext): string {
  return item.date ? formatEntryDate(item.date, !!item.entry.approximate, context.locale) : context.strings.dateNotValid;
}

function significanceOf(entry: ItemEntry): Significance | null {
  const value = entry.significance;
  return value === 'high' || value === 'medium' || value === 'low' ? value : null;
}

/** A long text cut for display, with a button to show it all; search highlighting only in what is shown. */
function longText(item: ChronologyItem, text: string, context: EntryViewContext, onShowAll: () => void): unknown {
  if (text.length <= MAX_SHOWN_CHARACTERS || context.fullText.has(item.index)) return highlighted(text, context.terms);
  return html`${highlighted(text.slice(0, MAX_SHOWN_CHARACTERS), context.terms)}…
    <button type="button" class="link-button" @click=${onShowAll}>
      ${context.strings.showFullText(context.formatNumber(text.length))}
    </button>`;
}

function renderLinks(entry: ItemEntry, context: EntryViewContext): unknown {
  return html`<ul class="links">
    ${entry.links!.map((link) => {
      const href = safeHref(link.href);
      return href
        ? html`<li><a href=${href} rel="noopener noreferrer">${highlighted(link.label, context.terms)}</a></li>`
        : html`<li>${highlighted(link.label, context.terms)} <span class="secondary">${context.strings.notALink}</span></li>`;
    })}
  </ul>`;
}

export function renderDetails(item: ChronologyItem, context: EntryViewContext, onShowAll: () => void): TemplateResult {
  const entry = item.entry;
  const rows: [string, unknown][] = [];
  for (const field of DETAIL_FIELDS) {
    const text = entry[field];
    if (text) rows.push([fieldLabel(field), longText(item, text, context, onShowAll)]);
  }
  if (entry.recordedAt) rows.push([fieldLabel('recordedAt'), formatRecordedAt(entry.recordedAt, context.locale)]);
  if (entry.childIds?.length) rows.push([fieldLabel('childIds'), entry.childIds.map(context.childName).join(', ')]);
  if (entry.links?.length) rows.push([fieldLabel('links'), renderLinks(entry, context)]);
  if (entry.suppliedBy?.length) rows.push([fieldLabel('suppliedBy'), entry.suppliedBy.join(', ')]);
  if (entry.id) rows.push([fieldLabel('id'), entry.id]);
  return html`<dl class="details-list">
    ${rows.map(([label, value]) => html`<div class="details-row"><dt>${label}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

function renderProblems(item: ChronologyItem, context: EntryViewContext): unknown {
  if (!item.problems.length) return nothing;
  return html`<div class="entry-problems" part="entry-problems">
    <p class="entry-problems-title">${context.strings.entryProblems}</p>
    <ul>
      ${item.problems.map(
        (problem) => html`<li><span class="problem-field">${fieldLabel(problem.field)}:</span> ${problemMessage(problem)}</li>`,
      )}
    </ul>
  </div>`;
}

/** Which detail fields hold a search word while the details are hidden, so the reader knows to open them. */
function hiddenMatches(item: ChronologyItem, context: EntryViewContext): string[] {
  if (!context.terms.length || context.expanded.has(item.index)) return [];
  const fields: string[] = [];
  for (const field of DETAIL_FIELDS) {
    const text = item.entry[field];
    if (text && context.terms.some((term) => fold(text).includes(term))) fields.push(fieldLabel(field));
  }
  if (item.entry.links?.some((link) => context.terms.some((term) => fold(link.label).includes(term)))) fields.push(fieldLabel('links'));
  return fields;
}

export interface RowHandlers {
  toggle: (item: ChronologyItem) => void;
  showAll: (item: ChronologyItem) => void;
}

/** One entry in the feed: an article, with the year and month headings of a group it starts. */
export function renderRow(
  item: ChronologyItem,
  position: number,
  groups: readonly GroupHeading[] | undefined,
  context: EntryViewContext,
  handlers: RowHandlers,
  openGroups?: readonly GroupHeading[],
): TemplateResult {
  const { entry, index } = item;
  const { strings } = context;
  const significance = significanceOf(entry);
  const expanded = context.expanded.has(index);
  const title = entry.title.trim() ? highlighted(entry.title, context.terms) : html`<span class="missing">${strings.noTitle}</span>`;
  const found = hiddenMatches(item, context);
  const category = entry.category ? highlighted(context.categoryLabel(entry.category), context.terms) : '';
  // Kept small: only the rows near the viewport exist, but every filter change builds a new set of them.
  return html`
    <article
      class=${`row significance-${significance ?? 'other'}${item.problems.length ? ' invalid' : ''}`}
      data-pos=${position}
      tabindex=${position === context.tabbable ? 0 : -1}
      aria-posinset=${position + 1}
      aria-setsize=${context.count}
      aria-labelledby=${`title-${index}`}
      aria-describedby=${`meta-${index}`}
    >
      ${renderGroupHeadings(groups, context)}
      ${openGroups ? html`<div class="visually-hidden">${renderGroupHeadings(openGroups, context)}</div>` : nothing}
      <div class="card" part="entry">
        ${heading(titleLevel(item, context), title, `title-${index}`, 'title')}
        <p class="meta" id=${`meta-${index}`}>
          ${item.date
            ? html`<time class="date" datetime=${formatIsoDate(item.date)}>${dateText(item, context)}</time>`
            : html`<span class="date date-invalid">${dateText(item, context)}</span>`}
          <span class="tag" ?hidden=${!entry.category}><span class="visually-hidden">${strings.categoryPrefix} </span>${category}</span>
          <span class="tag" ?hidden=${!entry.source}><span class="visually-hidden">${strings.sourcePrefix} </span>${highlighted(entry.source, context.terms)}</span>
          <strong class="significance" ?hidden=${!significance}>${significance ? significanceLabel(significance) : ''}</strong>
          ${entry.childIds?.length ? entry.childIds.map((id) => html`<span class="tag tag-child">${context.childName(id)}</span>`) : nothing}
        </p>
        ${renderProblems(item, context)}
        ${found.length ? html`<p class="found-in">${strings.alsoFoundIn} ${found.join(', ')}</p>` : nothing}
        <button
          type="button"
          class="toggle link-button"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-label=${`${expanded ? strings.hideDetails : strings.showDetails}: ${entry.title.trim() || strings.noTitle}`}
          @click=${() => handlers.toggle(item)}
        >
          ${expanded ? strings.hideDetails : strings.showDetails}
        </button>
        ${expanded ? renderDetails(item, context, () => handlers.showAll(item)) : nothing}
      </div>
    </article>
  `;
}

/** An entry as printed: everything, details included, no controls. */
export function renderPrintEntry(item: ChronologyItem, groups: readonly GroupHeading[] | undefined, context: EntryViewContext): TemplateResult {
  const { entry } = item;
  const significance = significanceOf(entry);
  const printContext = { ...context, terms: [], fullText: new Set([item.index]) };
  return html`
    ${renderGroupHeadings(groups, printContext)}
    <div class="print-entry">
      ${heading(titleLevel(item, context), entry.title.trim() || context.strings.noTitle, undefined, 'title')}
      <p class="date">
        ${dateText(item, context)} · ${context.categoryLabel(entry.category)} · ${entry.source}
        ${significance ? html` · ${significanceLabel(significance)}` : nothing}
      </p>
      ${renderProblems(item, context)} ${renderDetails(item, printContext, () => undefined)}
    </div>
  `;
}
