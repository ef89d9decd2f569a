/** What happened when consent to share information was considered. */
export const CONSENT_DECISIONS = ['given', 'refused', 'withdrawn', 'not-sought'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

/** The relationship to the child of the person who gave, refused or withdrew consent. */
export const GIVER_ROLES = ['child', 'parent', 'carer', 'special-guardian', 'local-authority', 'other'] as const;
export type GiverRole = (typeof GIVER_ROLES)[number];

/** How the decision was asked for and given. */
export const CONSENT_METHODS = ['in-person', 'phone', 'video', 'written', 'interpreter'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * Which test of a child's capacity applies: Gillick competence under 16 (it must be
 * assessed), or the presumption of capacity at 16 and over (Mental Capacity Act 2005).
 */
export const AGE_BANDS = ['under-16', '16-or-over'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * One entry of a configurable list (a purpose, a recipient, a lawful basis). The id is
 * what records are matched on; the label is the wording used when the record was made,
 * shown when the current list no longer has that id.
 */
export interface ConsentOption {
  id: string;
  label: string;
}

/** Whose information this is. */
export interface ConsentSubject {
  name: string;
  /** YYYY-MM-DD; lets components work out which capacity test applies. */
  dateOfBirth?: string;
}

/** Who gave, refused or withdrew consent. */
export interface ConsentGiver {
  name: string;
  role: GiverRole;
  /** The relationship in the recorder's words when role is 'other' (for example "grandmother"). */
  roleOther?: string;
  hasParentalResponsibility: boolean;
}

/** A child or young person deciding for themselves: could they make this decision? */
export interface ConsentCapacity {
  ageBand: AgeBand;
  /** Whether the practitioner assessed the child's understanding. Required to be true under 16. */
  assessed: boolean;
  /** The practitioner's judgement that the child can make this decision for themselves. */
  competent: boolean;
  /** Why the practitioner reached that judgement. Required when assessed. */
  reasons: string;
}

/** Which information may be shared. */
export type ConsentScope = { type: 'all' } | { type: 'categories'; categories: string[] };

/**
 * Information shared without consent, or against a refusal: consent is not the
 * lawful basis here, and the decision must be recorded with its reasons.
 */
export interface SharingWithoutConsent {
  lawfulBasis: ConsentOption;
  reason: string;
  decidedBy: { name: string; role: string };
  /** Whether the person was told that information would be shared. */
  personInformed: boolean;
  /** Why they were not told (for example, telling them would put the child at risk). Required when not informed. */
  notInformedReason?: string;
}

export interface ConsentRecorder {
  name: string;
  role?: string;
}

/**
 * One decision about sharing a child's information. Records are immutable: a change or
 * a withdrawal is a new record that names the one it changes in `supersedes`.
 */
export interface ConsentRecord {
  id: string;
  subject: ConsentSubject;
  decision: ConsentDecision;
  /** Who gave, refused or withdrew consent; null when consent was not sought. */
  givenBy: ConsentGiver | null;
  /** Present when a child or young person decided for themselves. */
  capacity?: ConsentCapacity;
  purposes: ConsentOption[];
  recipients: ConsentOption[];
  scope: ConsentScope;
  /** How the decision was made; null when consent was not sought. */
  method: ConsentMethod | null;
  informedOfRightToWithdraw: boolean;
  childViews?: string;
  /** YYYY-MM-DD: when the decision should be looked at again. */
  reviewDate?: string;
  /** YYYY-MM-DD: the last day that consent covers. Only for consent given. */
  expiresOn?: string;
  withoutConsent?: SharingWithoutConsent;
  recordedBy: ConsentRecorder;
  /** ISO 8601 date and time with a time zone, for example 2026-03-01T10:15:00Z. */
  recordedAt: string;
  /** The id of the record this one changes or withdraws. */
  supersedes?: string;
}
