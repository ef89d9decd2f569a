import { useState, type FormEvent } from 'react';
import {
  KithButton,
  KithCheckboxes,
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
  details: string;
}

const EMPTY: Referral = { childName: '', dateOfBirth: '', referrer: '', concerns: [], details: '' };
const REFERRERS: Record<string, string> = { school: 'School', health: 'Health visitor or GP', police: 'Police', family: 'Family member' };
const CONCERNS: Record<string, string> = { neglect: 'Neglect', physical: 'Physical harm', emotional: 'Emotional harm' };

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
  const update = (change: Partial<Referral>) => setReferral((current) => ({ ...current, ...change }));

  // The submit event only comes once every Kith control is valid: the browser runs their validation.
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = [...new FormData(event.currentTarget)].map(([name, value]) => [name, String(value)] as [string, string]);
    setSent({ answers: referral, formData });
  };

  return (
    <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '1rem', fontFamily: 'var(--kith-font-family-body)' }}>
      <h1>Make a referral</h1>
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
    </main>
  );
}
