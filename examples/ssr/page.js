// The case overview page as a Lit template of plain data. The server renders it to HTML with
// declarative shadow DOM; the browser hydrates the same template with the same data.
import { html } from 'lit';

/** Read-only Kith elements the page uses: each needs no JavaScript to be read. */
export const ELEMENTS = [
  ...['notification-banner', 'tag', 'warning-text', 'summary-list', 'inset-text', 'details', 'task-list'].map((name) => `@kith/forms/${name}.js`),
  '@kith/chronology/chronology.js',
];

export const casePage = (data) => html`
  <kith-notification-banner title-text="Important">
    <p class="heading">${data.notice}</p>
  </kith-notification-banner>
  <h1>${data.childName}</h1>
  <p>Case status: <kith-tag colour=${data.status.colour}>${data.status.text}</kith-tag></p>
  <kith-warning-text>${data.warning}</kith-warning-text>
  <kith-summary-list card-title="About the child" .rows=${data.about}></kith-summary-list>
  <kith-inset-text>${data.nextVisit}</kith-inset-text>
  <kith-details summary="Who can see this record?">${data.access}</kith-details>
  <h2>Child and family assessment</h2>
  <kith-task-list .tasks=${data.tasks}></kith-task-list>
  <h2>Chronology</h2>
  <kith-chronology heading-level="3" .entries=${data.chronology}></kith-chronology>
`;

/** What the server would load from the case management system. */
export const exampleCase = {
  notice: 'This child has a child protection plan.',
  childName: 'Ada Lovelace',
  status: { text: 'Open', colour: 'green' },
  warning: "Do not share the family's address: there is a non-molestation order.",
  about: [
    { key: 'Date of birth', value: '10 December 2015', href: '/case/42/child#date-of-birth' },
    { key: 'Lives with', value: 'Mother and younger brother', href: '/case/42/child#lives-with' },
    { key: 'School', value: 'Hillside Primary School\nYear 5' },
  ],
  nextVisit: 'Next statutory visit due by 14 March 2026.',
  access: 'The allocated social worker, their team manager and the conference chair.',
  tasks: [
    { title: "Child's views and wishes", href: '/case/42/assessment/views', status: 'completed' },
    { title: 'Family and environmental factors', href: '/case/42/assessment/family', status: 'in-progress' },
    { title: 'Analysis and recommendation', status: 'cannot-start-yet', hint: 'Needs the sections above first' },
  ],
  chronology: [
    { id: 'c-1', date: '2015-12-10', category: 'health', source: 'Maternity unit', significance: 'low', title: 'Ada born' },
    { id: 'c-2', date: '2025-09', category: 'education', source: 'Hillside Primary School', significance: 'medium', title: 'School raises concerns about attendance', approximate: true },
    { id: 'c-3', date: '2026-01-14', category: 'meeting', source: 'Children’s services', significance: 'high', title: 'Initial child protection conference' },
  ],
};
