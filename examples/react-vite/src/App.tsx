import { useState, type FormEvent } from 'react';
import { filterFromSearchParams, filterToSearchParams, type ChronologyEntry } from '@kith/chronology';
import type { ConsentRecord } from '@kith/consent';
import {
  KithButton,
  KithCheckboxes,
  KithChronology,
  KithConsentStatus,
  KithDateInput,
  KithDetails,
  KithNotificationBanner,
  KithOption,
  KithRadios,
  KithSummaryList,
  KithTextInput,
  KithTextarea,
} from '@kith/react';

interface Referral {
  childName: string;
  dateOfBirth: string;
  referrer: string;
  concerns: string[];
  consent: string;
  details: string;
}

const EMPTY: Referral = { childName: '', dateOfBirth: '', referrer: '', concerns: [], consent: '', details: '' };
const REFERRERS: Record<string, string> = { school: 'School', health: 'Health visitor or GP', police: 'Police', family: 'Family member' };
const CONCERNS: Record<string, string> = { neglect: 'Neglect', physical: 'Physical harm', emotional: 'Emotional harm' };

/** The family's chronology so far, as the case management system would send it. */
const HISTORY: ChronologyEntry[] = [
  { id: 'h-1', date: '2024-09', category: 'education', source: 'Hillside Primary School', significance: 'low', title: 'Started at Hillside Primary School' },
  { id: 'h-2', date: '2025-11-03', category: 'visit', source: 'Health visitor', significance: 'medium', title: 'Health visitor home visit: no concerns' },
];

/** The consent decision the answer records: given or refused, by the person referring, today. */
function consentRecords(referral: Referral): ConsentRecord[] {
  if (referral.consent !== 'yes' && referral.consent !== 'no') return [];
  return [
    {
      id: 'consent-1',
      subject: { name: referral.childName || 'Unnamed child' },
      decision: referral.consent === 'yes' ? 'given' : 'refused',
      givenBy: { name: 'The child’s parent', role: 'parent', hasParentalResponsibility: true },
      purposes: [{ id: 'safeguarding', label: 'Safeguarding' }],
      recipients: [{ id: 'mash', label: 'Multi-agency safeguarding hub' }],
      scope: { type: 'all' },
      method: 'in-person',
      informedOfRightToWithdraw: true,
      recordedBy: { name: 'The referrer' },
      recordedAt: new Date().toISOString(),
    },
  ];
}

/** What the page would send to the case management system. */
export interface SentReferral {
  answers: Referral;
  /** The same form's FormData: Kith controls are real form controls. */
  formData: [string, string][];
}

export function App() {
  const [referral, setReferral] = useState<Referral>(EMPTY);
  const [sent, setSent] = useState<SentReferral | null>(null);
  const [helpOpened, setHelpOpened] = useState(false);
  const [chronology, setChronology] = useState<ChronologyEntry[]>(HISTORY);
  // The reader's chronology filter lives in the address, so a reload or a shared link keeps it.
  const [view, setView] = useState(() => filterFromSearchParams(new URLSearchParams(location.search)));
  const update = (change: Partial<Referral>) => setReferral((current) => ({ ...current, ...change }));

  // The submit event only comes once every Kith control is valid: the browser runs their validation.
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = [...new FormData(event.currentTarget)].map(([name, value]) => [name, String(value)] as [string, string]);
    setSent({ answers: referral, formData });
    const entry: ChronologyEntry = {
      id: `referral-${chronology.length + 1}`,
      date: new Date().toISOString().slice(0, 10),
      category: 'referral',
      source: REFERRERS[referral.referrer] ?? '',
      significance: 'high',
      title: `Referral received: ${referral.concerns.map((value) => CONCERNS[value]).join(', ') || 'concerns not listed'}`,
      description: referral.details,
    };
    setChronology((current) => [...current, entry]);
  };

  return (
    <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '1rem', fontFamily: 'var(--kith-font-family-body)' }}>
      <h1>Make a referral</h1>
      {/* Rebuilt from the consent answer below, as it changes. */}
      <KithConsentStatus records={consentRecords(referral)} />
      {sent && (
        <KithNotificationBanner type="success" focusOnShow>
          <p className="heading">Referral sent for {sent.answers.childName}</p>
          <p>
            Sent: <output id="sent">{JSON.stringify(sent)}</output>
          </p>
        </KithNotificationBanner>
      )}
      <form onSubmit={send}>
        {/* Controlled: React state is the value, and every keystroke comes back through onInput. */}
        <KithTextInput
          label="Child's full name"
          name="child-name"
          autocomplete="off"
          required
          value={referral.childName}
          onInput={(event) => update({ childName: event.currentTarget.value })}
        />
        {/* Not controlled: its value is empty until the boxes hold a whole date, so the element
            keeps what is typed and reports the date when the user leaves the boxes. */}
        <KithDateInput
          label="Date of birth"
          name="date-of-birth"
          hint="For example, 27 3 2015"
          pastOnly
          onChange={(event) => update({ dateOfBirth: event.currentTarget.value })}
        />
        <KithRadios
          legend="Who is making the referral?"
          name="referrer"
          required
          value={referral.referrer}
          onChange={(event) => update({ referrer: event.currentTarget.value })}
        >
          {Object.entries(REFERRERS).map(([value, label]) => (
            <KithOption key={value} value={value}>
              {label}
            </KithOption>
          ))}
        </KithRadios>
        <KithCheckboxes
          legend="What are you worried about?"
          hint="Select all that apply"
          name="concerns"
          values={referral.concerns}
          onChange={(event) => update({ concerns: event.currentTarget.values })}
        >
          {Object.entries(CONCERNS).map(([value, label]) => (
            <KithOption key={value} value={value}>
              {label}
            </KithOption>
          ))}
        </KithCheckboxes>
        <KithRadios
          legend="Has the family agreed to their information being shared?"
          name="consent"
          inline
          value={referral.consent}
          onChange={(event) => update({ consent: event.currentTarget.value })}
        >
          <KithOption value="yes">Yes</KithOption>
          <KithOption value="no">No</KithOption>
        </KithRadios>
        <KithDetails summary="What counts as a concern?" onKithDetailsToggle={() => setHelpOpened(true)}>
          Anything that makes you think a child may be at risk of harm, even if you are not sure.
        </KithDetails>
        <KithTextarea
          label="Tell us what has happened"
          name="details"
          maxLength={1000}
          required
          value={referral.details}
          onInput={(event) => update({ details: event.currentTarget.value })}
        />
        <KithButton type="submit">Send referral</KithButton>
      </form>
      <KithSummaryList
        cardTitle="Your answers so far"
        rows={[
          { key: "Child's full name", value: referral.childName },
          { key: 'Date of birth', value: referral.dateOfBirth },
          { key: 'Referred by', value: REFERRERS[referral.referrer] ?? '' },
          { key: 'Concerns', value: referral.concerns.map((value) => CONCERNS[value]).join('\n') },
          { key: 'What has happened', value: referral.details },
        ]}
      />
      <p id="help-opened" hidden={!helpOpened}>
        You opened the help.
      </p>
      <h2>Chronology</h2>
      {/* Entries in as a prop (a sent referral adds one); the reader's filter out through an event. */}
      <KithChronology
        headingLevel={3}
        entries={chronology}
        filter={view.filter}
        order={view.order ?? 'oldest-first'}
        onKithChronologyFilter={(event) => {
          setView({ filter: event.filter, order: event.order });
          history.replaceState(null, '', `?${filterToSearchParams(event.filter, event.order)}`);
        }}
      />
    </main>
  );
}
