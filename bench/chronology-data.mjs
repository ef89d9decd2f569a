// Deterministic chronology data for the chronology bench: the same entries go to Kith
// and to the MOJ timeline baseline. Mixed precision, several agencies, realistic text.

const TITLES = [
  'Home visit: children seen and spoken to alone',
  'Strategy discussion with police and health',
  'School reports attendance below 85%',
  'Police called to the family home',
  'Health visitor appointment missed',
  'Core group meeting held',
  'Referral received from the school',
  'Case management hearing in the family court',
  'Placement review with foster carers',
  'Child and family assessment completed',
];
const CATEGORIES = ['visit', 'meeting', 'education', 'police', 'health', 'meeting', 'referral', 'court', 'placement', 'assessment'];
const SOURCES = [
  'Children’s services',
  'South Wales Police',
  'Health visitor',
  'Ysgol Gynradd Glan-yr-Afon',
  'GP, Heol Fawr Surgery',
  'CAMHS',
  'Family court',
  'Housing association',
];
const DESCRIPTIONS = [
  'Saw all three children at home. The home was warm and tidy. Amira talked about school and her friends; Josh was quiet.',
  'Agreed the threshold for a section 47 enquiry is met. Joint visit to be arranged within two working days.',
  'Attendance has fallen over the last half term. The school has written to mother and offered a meeting.',
  'Neighbours reported shouting. Officers attended; father had left. Children were upstairs and were not hurt.',
];

/** A small seeded generator, so every run and both baselines get identical data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** `count` entries spread over twelve years, oldest first as a case system would export them. */
export function generateEntries(count, seed = 7) {
  const next = random(seed);
  const start = Date.UTC(2013, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  const entries = new Array(count);
  for (let i = 0; i < count; i++) {
    const iso = new Date(start + Math.floor((i / count) * span + next() * 3_600_000)).toISOString();
    const p = next();
    const date = p < 0.05 ? iso.slice(0, 4) : p < 0.15 ? iso.slice(0, 7) : p < 0.8 ? iso.slice(0, 10) : iso.slice(0, 16);
    const kind = Math.floor(next() * TITLES.length);
    const s = next();
    entries[i] = {
      id: `e${i}`,
      date,
      approximate: p < 0.08,
      title: `${TITLES[kind]} (${i + 1})`,
      description: DESCRIPTIONS[i % DESCRIPTIONS.length],
      category: CATEGORIES[kind],
      source: SOURCES[Math.floor(next() * SOURCES.length)],
      significance: s < 0.15 ? 'high' : s < 0.5 ? 'medium' : 'low',
      impactOnChild: i % 3 === 0 ? 'Amira was worried about her mother and found it hard to sleep.' : undefined,
      actionTaken: i % 4 === 0 ? 'Safety plan reviewed with mother; next visit in ten working days.' : undefined,
      childIds: i % 3 === 0 ? ['amira'] : i % 3 === 1 ? ['josh', 'leo'] : [],
      recordedBy: 'Sam Jones, social worker',
    };
  }
  return entries;
}

/** The filters the bench applies, the same predicate for Kith (as a ChronologyFilter) and the baseline. */
export const FILTERS = {
  facet: { filter: { significance: ['high'], categories: ['police', 'court', 'meeting'] } },
  text: { filter: { text: 'school' } },
};
