import { ageOn } from '../model/dates.js';
import type {
  AgeBand,
  ConsentCapacity,
  ConsentDecision,
  ConsentMethod,
  ConsentOption,
  ConsentRecord,
  ConsentRecorder,
  GiverRole,
} from '../model/types.js';
import type { ConsentWithdrawRequest } from '../shared/events.js';

/** The answer to "could the child decide for themselves?", in the words of the question asked for their age. */
export type CapacityAnswer =
  | 'gillick-competent'
  | 'not-competent'
  | 'not-assessed'
  | 'presumed'
  | 'assessed-able'
  | 'assessed-not-able';

/**
 * What the practitioner has answered so far, exactly as the controls hold it: plain JSON,
 * so it can be kept as a draft and restored. Empty strings are unanswered questions.
 */
export interface Answers {
  subjectName: string;
  subjectDob: string;
  purposes: string[];
  purposeOther: string;
  recipients: string[];
  recipientOther: string;
  scope: '' | 'all' | 'categories';
  categories: string[];
  categoryOther: string;
  decision: '' | ConsentDecision;
  giverName: string;
  giverRole: '' | GiverRole;
  giverRoleOther: string;
  parentalResponsibility: '' | 'yes' | 'no';
  ageBand: '' | AgeBand;
  capacity: '' | CapacityAnswer;
  capacityReasons: string;
  method: '' | ConsentMethod;
  informed: '' | 'yes' | 'no';
  shareAnyway: '' | 'yes' | 'no';
  lawfulBasis: string;
  lawfulBasisOther: string;
  reason: string;
  decidedByName: string;
  decidedByRole: string;
  personInformed: '' | 'yes' | 'no';
  notInformedReason: string;
  childViews: string;
  reviewDate: string;
  expiresOn: string;
  /** The record this one changes (a withdrawal supersedes the consent it withdraws). */
  supersedes: string;
}

export const STEPS = [
  'subject',
  'purposes',
  'recipients',
  'scope',
  'decision',
  'giver',
  'capacity',
  'method',
  'right-to-withdraw',
  'share-anyway',
  'without-consent',
  'child-views',
  'dates',
  'check',
] as const;
export type StepId = (typeof STEPS)[number];

/** The value of the "other" choice in purposes, recipients, categories and lawful bases. */
export const OTHER = 'other';

export function emptyAnswers(): Answers {
  return {
    subjectName: '',
    subjectDob: '',
    purposes: [],
    purposeOther: '',
    recipients: [],
    recipientOther: '',
    scope: '',
    categories: [],
    categoryOther: '',
    decision: '',
    giverName: '',
    giverRole: '',
    giverRoleOther: '',
    parentalResponsibility: '',
    ageBand: '',
    capacity: '',
    capacityReasons: '',
    method: '',
    informed: '',
    shareAnyway: '',
    lawfulBasis: '',
    lawfulBasisOther: '',
    reason: '',
    decidedByName: '',
    decidedByRole: '',
    personInformed: '',
    notInformedReason: '',
    childViews: '',
    reviewDate: '',
    expiresOn: '',
    supersedes: '',
  };
}

/** Reads a draft or any other value into answers, keeping only fields of the right type. */
export function toAnswers(value: unknown): Answers {
  const answers = emptyAnswers();
  if (!value || typeof value !== 'object') return answers;
  const given = value as Record<string, unknown>;
  for (const key of Object.keys(answers) as (keyof Answers)[]) {
    const current = answers[key];
    const next = given[key];
    if (Array.isArray(current)) {
      if (Array.isArray(next)) (answers[key] as string[]) = next.filter((item): item is string => typeof item === 'string');
    } else if (typeof next === 'string') {
      (answers[key] as string) = next;
    }
  }
  return answers;
}

/** Answers for withdrawing consent: what was agreed, who agreed it, and the record it replaces. */
export function answersForWithdrawal({ record, purposes, recipients }: ConsentWithdrawRequest): Answers {
  const optionIds = (options: ConsentOption[]) => options.map((option) => option.id);
  const [purposeIds, purposeOther] = splitOther(optionIds(purposes.length ? purposes : record.purposes));
  const [recipientIds, recipientOther] = splitOther(optionIds(recipients.length ? recipients : record.recipients));
  return {
    ...emptyAnswers(),
    subjectName: record.subject.name,
    subjectDob: record.subject.dateOfBirth ?? '',
    purposes: purposeIds,
    purposeOther,
    recipients: recipientIds,
    recipientOther,
    scope: record.scope.type,
    categories: record.scope.type === 'categories' ? record.scope.categories : [],
    decision: 'withdrawn',
    giverName: record.givenBy?.name ?? '',
    giverRole: record.givenBy?.role ?? '',
    giverRoleOther: record.givenBy?.roleOther ?? '',
    parentalResponsibility: record.givenBy ? (record.givenBy.hasParentalResponsibility ? 'yes' : 'no') : '',
    supersedes: record.id,
  };
}

/** An "other: …" id becomes the "other" choice and its words, so the flow can show them again. */
function splitOther(ids: string[]): [string[], string] {
  const other = ids.find((id) => id.startsWith(`${OTHER}:`));
  return other ? [[...ids.filter((id) => id !== other), OTHER], other.slice(OTHER.length + 1)] : [ids, ''];
}

/** The id of something typed under "other": the same words give the same id, so records about it line up. */
export const otherId = (text: string): string => `${OTHER}:${text.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ')}`;

/** The age band the child is in today: from their date of birth when known, else as answered. */
export function ageBandOf(answers: Answers, today: string): '' | AgeBand {
  if (/^\d{4}-\d{2}-\d{2}$/.test(answers.subjectDob)) return ageOn(answers.subjectDob, today) < 16 ? 'under-16' : '16-or-over';
  return answers.ageBand;
}

const decided = (answers: Answers) => answers.decision !== '' && answers.decision !== 'not-sought';
const withOther = (ids: string[], other: string) => ids.length > 0 && (!ids.includes(OTHER) || other.trim() !== '');

/** Which steps the answers so far lead through, in order. */
export function applicableSteps(answers: Answers): StepId[] {
  const mayShareAnyway = ['refused', 'withdrawn', 'not-sought'].includes(answers.decision);
  return STEPS.filter((step) => {
    switch (step) {
      case 'giver':
      case 'method':
        return decided(answers);
      case 'capacity':
        return decided(answers) && answers.giverRole === 'child';
      case 'right-to-withdraw':
        return answers.decision === 'given';
      case 'share-anyway':
        return mayShareAnyway;
      case 'without-consent':
        return mayShareAnyway && answers.shareAnyway === 'yes';
      default:
        return true;
    }
  });
}

/** Whether a step has every answer it needs (the controls check the detail; this is for "what is left"). */
export function isComplete(step: StepId, answers: Answers, today: string): boolean {
  const a = answers;
  switch (step) {
    case 'subject':
      return a.subjectName.trim() !== '';
    case 'purposes':
      return withOther(a.purposes, a.purposeOther);
    case 'recipients':
      return withOther(a.recipients, a.recipientOther);
    case 'scope':
      return a.scope === 'all' || (a.scope === 'categories' && withOther(a.categories, a.categoryOther));
    case 'decision':
      return a.decision !== '';
    case 'giver':
      return (
        a.giverName.trim() !== '' &&
        a.giverRole !== '' &&
        (a.giverRole !== 'other' || a.giverRoleOther.trim() !== '') &&
        (a.giverRole === 'child' || a.parentalResponsibility !== '')
      );
    case 'capacity':
      return capacityProblem(a, today) === null && capacityOf(a, today) !== undefined;
    case 'method':
      return a.method !== '';
    case 'right-to-withdraw':
      return a.informed !== '';
    case 'share-anyway':
      return a.shareAnyway !== '';
    case 'without-consent':
      return (
        withOther(a.lawfulBasis ? [a.lawfulBasis] : [], a.lawfulBasisOther) &&
        a.reason.trim() !== '' &&
        a.decidedByName.trim() !== '' &&
        a.decidedByRole.trim() !== '' &&
        (a.personInformed === 'yes' || (a.personInformed === 'no' && a.notInformedReason.trim() !== ''))
      );
    default:
      return true;
  }
}

/** The first step the answers still need, or 'check' when there is none. */
export function firstIncomplete(answers: Answers, today: string): StepId {
  return applicableSteps(answers).find((step) => !isComplete(step, answers, today)) ?? 'check';
}

/**
 * Why the capacity answers do not let the child decide for themselves, or null:
 * - 'not-able': the child was judged, or is not shown to be, able to make this decision;
 * - 'reasons': an assessment was made but no reasons were given.
 */
export function capacityProblem(answers: Answers, today: string): 'not-able' | 'reasons' | null {
  const capacity = capacityOf(answers, today);
  if (!capacity) return null;
  if (!capacity.competent) return 'not-able';
  if (capacity.assessed && !capacity.reasons.trim()) return 'reasons';
  return null;
}

function capacityOf(answers: Answers, today: string): ConsentCapacity | undefined {
  const ageBand = ageBandOf(answers, today);
  const expected: CapacityAnswer[] = ageBand === 'under-16' ? ['gillick-competent', 'not-competent', 'not-assessed'] : ['presumed', 'assessed-able', 'assessed-not-able'];
  if (!ageBand || !expected.includes(answers.capacity as CapacityAnswer)) return undefined;
  const assessed = ['gillick-competent', 'not-competent', 'assessed-able', 'assessed-not-able'].includes(answers.capacity);
  const competent = ['gillick-competent', 'presumed', 'assessed-able'].includes(answers.capacity);
  return { ageBand, assessed, competent, reasons: answers.capacityReasons.trim() };
}

export interface RecordContext {
  id: string;
  recordedAt: string;
  today: string;
  recordedBy: ConsentRecorder;
  purposeOptions: ConsentOption[];
  recipientOptions: ConsentOption[];
  categoryOptions: ConsentOption[];
  lawfulBasisOptions: ConsentOption[];
}

function chosen(ids: string[], other: string, options: ConsentOption[]): ConsentOption[] {
  const picked = options.filter((option) => ids.includes(option.id));
  if (ids.includes(OTHER) && other.trim()) picked.push({ id: otherId(other), label: other.trim() });
  return picked;
}

/** The ConsentRecord the answers make. Validate it before it leaves the component. */
export function buildRecord(answers: Answers, context: RecordContext): ConsentRecord {
  const a = answers;
  const steps = applicableSteps(a);
  const decision = a.decision as ConsentDecision;
  const trimmed = (text: string) => text.trim();
  const record: ConsentRecord = {
    id: context.id,
    subject: { name: trimmed(a.subjectName), ...(a.subjectDob ? { dateOfBirth: a.subjectDob } : {}) },
    decision,
    givenBy: steps.includes('giver')
      ? {
          name: trimmed(a.giverName),
          role: a.giverRole as GiverRole,
          ...(a.giverRole === 'other' ? { roleOther: trimmed(a.giverRoleOther) } : {}),
          hasParentalResponsibility: a.giverRole !== 'child' && a.parentalResponsibility === 'yes',
        }
      : null,
    purposes: chosen(a.purposes, a.purposeOther, context.purposeOptions),
    recipients: chosen(a.recipients, a.recipientOther, context.recipientOptions),
    scope:
      a.scope === 'categories'
        ? { type: 'categories', categories: chosen(a.categories, a.categoryOther, context.categoryOptions).map((option) => option.label) }
        : { type: 'all' },
    method: steps.includes('method') ? (a.method as ConsentMethod) : null,
    informedOfRightToWithdraw: steps.includes('right-to-withdraw') && a.informed === 'yes',
    recordedBy: context.recordedBy,
    recordedAt: context.recordedAt,
  };
  const capacity = steps.includes('capacity') ? capacityOf(a, context.today) : undefined;
  if (capacity) record.capacity = capacity;
  if (a.childViews.trim()) record.childViews = a.childViews.trim();
  if (a.reviewDate) record.reviewDate = a.reviewDate;
  if (a.expiresOn && decision === 'given') record.expiresOn = a.expiresOn;
  if (steps.includes('without-consent')) {
    const [lawfulBasis] = chosen([a.lawfulBasis], a.lawfulBasisOther, context.lawfulBasisOptions);
    record.withoutConsent = {
      lawfulBasis: lawfulBasis ?? { id: '', label: '' },
      reason: trimmed(a.reason),
      decidedBy: { name: trimmed(a.decidedByName), role: trimmed(a.decidedByRole) },
      personInformed: a.personInformed === 'yes',
      ...(a.personInformed === 'no' ? { notInformedReason: trimmed(a.notInformedReason) } : {}),
    };
  }
  if (a.supersedes) record.supersedes = a.supersedes;
  return record;
}
