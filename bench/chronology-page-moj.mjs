// The baseline side of the chronology bench: the same entries as MOJ Frontend timeline
// markup (moj-timeline, as its Nunjucks template writes it) styled by GOV.UK Frontend and
// MOJ Frontend CSS, built as DOM the way a page does, and filtered the plain way by hiding items.
import { FILTERS, generateEntries } from './chronology-data.mjs';
import { measure } from './chronology-page-common.mjs';

let entries = [];
let dates = [];
let items = [];

const DATE_OPTIONS = {
  4: { year: 'numeric' },
  7: { year: 'numeric', month: 'long' },
  10: { year: 'numeric', month: 'long', day: 'numeric' },
  16: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One moj-timeline__item, as macro.njk renders it, with category and significance as GOV.UK tags. */
function timelineItem(entry, date) {
  const item = element('div', 'moj-timeline__item');
  const header = element('div', 'moj-timeline__header');
  header.append(element('h2', 'moj-timeline__title', entry.title), element('p', 'moj-timeline__byline', `by ${entry.source}`));
  const dateLine = element('p', 'moj-timeline__date');
  const time = element('time', '', date);
  time.setAttribute('datetime', entry.date);
  dateLine.append(time);
  const description = element('div', 'moj-timeline__description');
  const tags = element('p', 'govuk-body');
  tags.append(element('strong', 'govuk-tag govuk-tag--blue', entry.category), ' ', element('strong', 'govuk-tag govuk-tag--red', entry.significance));
  description.append(tags, element('p', 'govuk-body', entry.description));
  if (entry.impactOnChild) description.append(element('p', 'govuk-body', entry.impactOnChild));
  if (entry.actionTaken) description.append(element('p', 'govuk-body', entry.actionTaken));
  item.append(header, dateLine, description);
  return item;
}

function matches(entry, filter) {
  if (filter.significance && !filter.significance.includes(entry.significance)) return false;
  if (filter.categories && !filter.categories.includes(entry.category)) return false;
  if (filter.text) {
    const text = [entry.title, entry.description, entry.source, entry.impactOnChild, entry.actionTaken, entry.recordedBy].join(' ').toLowerCase();
    if (!text.includes(filter.text)) return false;
  }
  return true;
}

window.bench = {
  prepare(count) {
    entries = generateEntries(count);
    // Dates as a server would have formatted them into the markup: not part of the timed work.
    const formats = Object.fromEntries(Object.entries(DATE_OPTIONS).map(([length, options]) => [length, new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })]));
    dates = entries.map((entry) => formats[entry.date.length].format(new Date(entry.date.length === 4 ? `${entry.date}-01-01` : entry.date.length === 7 ? `${entry.date}-01` : `${entry.date}${entry.date.length === 16 ? ':00Z' : ''}`)));
    return entries.length;
  },
  render() {
    return measure(
      'render',
      () => {
        const timeline = element('div', 'moj-timeline');
        items = entries.map((entry, i) => timelineItem(entry, dates[i]));
        for (const item of items) timeline.append(item);
        document.getElementById('main').append(timeline);
      },
      async () => ({ shown: items.length, rendered: items.length }),
    );
  },
  filter(name) {
    let shown = 0;
    return measure(
      `filter-${name}`,
      () => {
        const filter = FILTERS[name].filter;
        for (let i = 0; i < entries.length; i++) {
          const show = matches(entries[i], filter);
          items[i].hidden = !show;
          if (show) shown++;
        }
      },
      async () => ({ shown }),
    );
  },
};
window.benchReady = true;
