/**
 * Example data for stories, tests and docs: a fictional sibling group over three years,
 * from several agencies, with dates recorded at different precisions. Not exported
 * from the package.
 */
import type { ChronologyChild, ChronologyEntry } from '../model/index.js';

export const sampleChildren: ChronologyChild[] = [
  { id: 'amira', name: 'Amira Hughes' },
  { id: 'josh', name: 'Josh Hughes' },
  { id: 'leo', name: 'Leo Hughes' },
];

type Row = [date: string, category: string, source: string, significance: 'high' | 'medium' | 'low', title: string, extra?: Partial<ChronologyEntry>];

const rows: Row[] = [
  ['2022', 'health', 'GP, Heol Fawr Surgery', 'low', 'Mother registered with GP after moving to the area', { approximate: true, childIds: [] }],
  ['2022-02', 'education', 'Ysgol Gynradd Glan-yr-Afon', 'low', 'Amira and Josh started at the school', { childIds: ['amira', 'josh'] }],
  ['2022-04-12', 'health', 'Health visitor', 'medium', 'Leo missed his 12-month development review', { childIds: ['leo'], actionTaken: 'Second appointment offered by letter.' }],
  ['2022-05-03T22:40', 'police', 'South Wales Police', 'high', 'Police called to the family home after neighbours reported shouting', {
    description: 'Officers attended at 22:40. Mother had a cut to her lip. Father had left before police arrived. All three children were in the home; Amira (then 7) was awake and told officers she had “hidden with the boys in the bedroom”.',
    impactOnChild: 'Amira witnessed the incident and was frightened. Josh and Leo were in the room with her.',
    actionTaken: 'DASH risk assessment completed (medium). Referral made to children’s services.',
    recordedBy: 'PC 4417 Evans',
    recordedAt: '2022-05-04T08:15:00Z',
  }],
  ['2022-05-04', 'referral', 'South Wales Police', 'high', 'Referral to children’s services following domestic abuse incident', { recordedBy: 'MASH', links: [{ label: 'Police referral (PPN)', href: '/documents/ppn-2022-0504' }] }],
  ['2022-05-09', 'meeting', 'Children’s services', 'high', 'Strategy discussion held', {
    description: 'Police, health and children’s services. Agreed threshold met for a section 47 enquiry.',
    actionTaken: 'Section 47 enquiry to start; joint visit arranged.',
    recordedBy: 'Rhian Davies, team manager',
  }],
  ['2022-05-11', 'visit', 'Children’s services', 'medium', 'Joint home visit with police', {
    description: 'Saw all three children. The home was tidy and warm. Amira said she was not scared of her dad “most of the time”.',
    impactOnChild: 'Amira is worried about her mother. Josh was quiet. Leo is meeting his milestones.',
    recordedBy: 'Sam Jones, social worker',
  }],
  ['2022-05', 'assessment', 'Children’s services', 'medium', 'Child and family assessment started', { approximate: false }],
  ['2022-06-20', 'education', 'Ysgol Gynradd Glan-yr-Afon', 'medium', 'School reports Josh’s attendance has fallen to 84%', { childIds: ['josh'] }],
  ['2022-07-01', 'meeting', 'Children’s services', 'high', 'Initial child protection conference', {
    description: 'All three children made subject to child protection plans under the category of emotional abuse.',
    actionTaken: 'Core group to meet within 10 working days.',
    recordedBy: 'Independent chair',
  }],
  ['2022-07-01', 'plan', 'Children’s services', 'high', 'Child protection plans started for Amira, Josh and Leo'],
  ['2022-07-14', 'meeting', 'Children’s services', 'medium', 'First core group meeting'],
  ['2022-08', 'health', 'CAMHS', 'medium', 'Amira referred to CAMHS for anxiety', { childIds: ['amira'], approximate: true }],
  ['2022-09-05', 'education', 'Ysgol Gynradd Glan-yr-Afon', 'low', 'Leo started at the school nursery', { childIds: ['leo'] }],
  ['2022-10-18T16:05', 'visit', 'Children’s services', 'low', 'Unannounced home visit: children seen and well'],
  ['2022-11-30', 'incident', 'Housing association', 'medium', 'Repair officer reports a broken internal door at the home', { description: 'The door to the kitchen had been kicked in. Mother said it was an accident.' }],
  ['2022-12-12', 'meeting', 'Children’s services', 'high', 'Review child protection conference: plans continue'],
  ['2023-01', 'health', 'Health visitor', 'low', 'Leo’s missed review completed; no concerns', { childIds: ['leo'] }],
  ['2023-02-14T01:20', 'police', 'South Wales Police', 'high', 'Father arrested at the home for breach of a non-molestation order', {
    description: 'Neighbour called police. Father had climbed in through the back window. Children were asleep upstairs.',
    actionTaken: 'Father charged; remanded in custody.',
    recordedBy: 'DC Morgan',
  }],
  ['2023-02-15', 'visit', 'Children’s services', 'high', 'Visit after the arrest: safety plan reviewed with mother'],
  ['2023-03', 'court', 'Magistrates’ court', 'medium', 'Father sentenced to 16 weeks, suspended, with a restraining order', { approximate: true }],
  ['2023-04-03', 'education', 'Ysgol Gynradd Glan-yr-Afon', 'medium', 'Amira’s teacher notes she is withdrawn and tired', { childIds: ['amira'] }],
  ['2023-05-22', 'meeting', 'Children’s services', 'high', 'Review conference: plans continue; concern about mother’s drinking'],
  ['2023-06', 'health', 'GP, Heol Fawr Surgery', 'medium', 'Mother referred to substance misuse service'],
  ['2023-07-19', 'assessment', 'Children’s services', 'medium', 'Parenting assessment completed', { description: 'Mother meets the children’s basic care needs but struggles with routines when she has been drinking.' }],
  ['2023-08', 'incident', 'Children’s services', 'high', 'Children found home alone in the evening', { approximate: true, description: 'Reported by a neighbour some days later; the exact date is not known.' }],
  ['2023-09-11', 'court', 'Family court', 'high', 'Local authority issued care proceedings', { links: [{ label: 'Application (C110A)', href: 'https://example.org/court/c110a' }] }],
  ['2023-09-12', 'court', 'Family court', 'high', 'Interim care orders made; children remain at home under a written agreement'],
  ['2023-10-02', 'placement', 'Children’s services', 'high', 'Children moved to live with maternal grandmother', { impactOnChild: 'Josh was upset at leaving his friends on the street. Amira said she felt “safer at Nan’s”.' }],
  ['2023-10-16', 'education', 'Ysgol Gynradd Glan-yr-Afon', 'low', 'School transport arranged from grandmother’s home', { childIds: ['amira', 'josh'] }],
  ['2023-11', 'health', 'CAMHS', 'medium', 'Amira started weekly sessions with CAMHS', { childIds: ['amira'] }],
  ['2023-12-19', 'visit', 'Children’s services', 'low', 'Christmas contact with mother at a family centre went well'],
  ['2024', 'assessment', 'Independent social worker', 'medium', 'Special guardianship assessment of grandmother started', { approximate: true }],
  ['2024-01-23', 'court', 'Family court', 'medium', 'Case management hearing: final hearing listed for July'],
  ['2024-03-05T10:00', 'meeting', 'Children’s services', 'medium', 'Looked-after child review'],
  ['2024-04', 'education', 'Ysgol Gynradd Glan-yr-Afon', 'low', 'Josh’s attendance back above 95%', { childIds: ['josh'] }],
  ['2024-05-13', 'health', 'Health visitor', 'low', 'Leo’s 3-year review: speech slightly delayed, referred to speech and language therapy', { childIds: ['leo'] }],
  ['2024-07-08', 'court', 'Family court', 'high', 'Final hearing: special guardianship orders made to grandmother'],
  ['2024-07-09', 'plan', 'Children’s services', 'medium', 'Special guardianship support plan agreed'],
];

/** The sibling group's chronology: 39 entries, 2022 to 2024, from nine sources. */
export const sampleEntries: ChronologyEntry[] = rows.map(([date, category, source, significance, title, extra], i) => ({
  id: `hughes-${String(i + 1).padStart(3, '0')}`,
  date,
  category,
  source,
  significance,
  title,
  childIds: ['amira', 'josh', 'leo'],
  recordedBy: 'Sam Jones, social worker',
  ...extra,
}));

/** Entries with every kind of problem the component must survive. */
export function invalidEntries(): unknown[] {
  return [
    { id: 'bad-1', date: '2023-01-10', category: 'visit', source: 'Children’s services', significance: 'low' },
    { id: 'bad-2', date: '31/02/2024', title: 'Date written the British way', category: 'visit', source: 'Health visitor', significance: 'medium' },
    { id: 'bad-3', date: '2024-02-31', title: 'A day that does not exist', category: 'visit', source: 'School', significance: 'high' },
    { id: 'bad-4', date: '2023-06', title: '<img src=x onerror=alert(1)> <b>not bold</b>', category: 'meeting', source: '<script>alert(1)</script>', significance: 'low' },
    { id: 'bad-5', date: '2023-07', title: 'Link that must not be followed', category: 'police', source: 'Police', significance: 'urgent', links: [{ label: 'Click me', href: 'javascript:alert(1)' }] },
    { id: 'bad-6', date: '2023-08-01', title: 'Very long description', category: 'health', source: 'GP', significance: 'low', description: 'A very long note. '.repeat(58_255) },
    { id: 'bad-1', date: '2023-09', title: 'Same id as another entry', category: 'gossip', source: 'Neighbour', significance: 'low' },
    'not an entry at all',
    null,
  ];
}

const generatedTitles = ['Home visit', 'Strategy meeting', 'School attendance concern', 'Police attended the home', 'Health appointment missed', 'Core group meeting', 'Referral received', 'Court hearing', 'Placement review', 'Assessment completed'];
const generatedCategories = ['visit', 'meeting', 'education', 'police', 'health', 'meeting', 'referral', 'court', 'placement', 'assessment'];
const generatedSources = ['Children’s services', 'South Wales Police', 'Health visitor', 'Ysgol Gynradd Glan-yr-Afon', 'GP, Heol Fawr Surgery', 'CAMHS', 'Family court', 'Housing association'];

/** A large, deterministic chronology for stress stories and tests: `count` events over about 12 years. */
export function generatedEntries(count: number): ChronologyEntry[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const entries: ChronologyEntry[] = [];
  const start = Date.UTC(2013, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  for (let i = 0; i < count; i++) {
    const when = new Date(start + Math.floor((i / count) * span + random() * 86_400_000));
    const kind = i % 10;
    const precision = random();
    const iso = when.toISOString();
    const date = precision < 0.05 ? iso.slice(0, 4) : precision < 0.15 ? iso.slice(0, 7) : precision < 0.8 ? iso.slice(0, 10) : iso.slice(0, 16);
    const significance = random() < 0.15 ? 'high' : random() < 0.5 ? 'medium' : 'low';
    entries.push({
      id: `gen-${i}`,
      date,
      approximate: precision < 0.1,
      title: `${generatedTitles[kind]} (${i + 1})`,
      description: `Event ${i + 1} recorded for the sibling group. Children seen; see the case record for the full note.`,
      category: generatedCategories[kind]!,
      source: generatedSources[i % generatedSources.length]!,
      significance,
      childIds: i % 3 === 0 ? ['amira'] : i % 3 === 1 ? ['josh', 'leo'] : [],
      recordedBy: 'Sam Jones, social worker',
    });
  }
  return entries;
}
