import { msg } from '@lit/localize';
import type { ConsentDecision, ConsentMethod, ConsentOption, GiverRole } from '../model/types.js';

// Default lists and labels, read lazily so they follow the current locale. Hosts replace
// the lists (purposeOptions, recipientOptions …) with their own; records keep the label
// used at the time, and an id from these defaults is shown in the reader's language.

export const defaultPurposes = (): ConsentOption[] => [
  { id: 'education', label: msg('Education support', { id: 'kith.consent.purpose.education' }) },
  { id: 'health', label: msg('Health care', { id: 'kith.consent.purpose.health' }) },
  { id: 'early-help', label: msg('Early help for the family', { id: 'kith.consent.purpose.early-help' }) },
  { id: 'housing', label: msg('Housing support', { id: 'kith.consent.purpose.housing' }) },
  { id: 'assessment', label: msg('An assessment of needs', { id: 'kith.consent.purpose.assessment' }) },
];

export const defaultRecipients = (): ConsentOption[] => [
  { id: 'school', label: msg('School', { id: 'kith.consent.recipient.school' }) },
  { id: 'gp', label: msg('GP surgery', { id: 'kith.consent.recipient.gp' }) },
  { id: 'health-visitor', label: msg('Health visiting team', { id: 'kith.consent.recipient.health-visitor' }) },
  { id: 'camhs', label: msg('Child and adolescent mental health services (CAMHS)', { id: 'kith.consent.recipient.camhs' }) },
  { id: 'police', label: msg('Police', { id: 'kith.consent.recipient.police' }) },
  { id: 'housing', label: msg('Housing', { id: 'kith.consent.recipient.housing' }) },
];

export const defaultCategories = (): ConsentOption[] => [
  { id: 'contact', label: msg('Contact details', { id: 'kith.consent.category.contact' }) },
  { id: 'health', label: msg('Health', { id: 'kith.consent.category.health' }) },
  { id: 'education', label: msg('Education and attendance', { id: 'kith.consent.category.education' }) },
  { id: 'family', label: msg('Family circumstances', { id: 'kith.consent.category.family' }) },
  { id: 'plans', label: msg('Assessments and plans', { id: 'kith.consent.category.plans' }) },
];

/** Lawful bases other than consent (UK GDPR Article 6 and the Data Protection Act 2018). */
export const defaultLawfulBases = (): ConsentOption[] => [
  {
    id: 'safeguarding',
    label: msg('Safeguarding children and individuals at risk', { id: 'kith.consent.basis.safeguarding' }),
  },
  { id: 'public-task', label: msg('Public task: carrying out our legal duties', { id: 'kith.consent.basis.public-task' }) },
  { id: 'legal-obligation', label: msg('Legal obligation', { id: 'kith.consent.basis.legal-obligation' }) },
  { id: 'vital-interests', label: msg("Vital interests: to protect someone's life", { id: 'kith.consent.basis.vital-interests' }) },
];

/** The label to show for an option: the host's list, then Kith's defaults, then the record's own words. */
export function optionLabel(option: ConsentOption, ...lists: ConsentOption[][]): string {
  for (const list of lists) {
    const found = list.find((candidate) => candidate.id === option.id);
    if (found) return found.label;
  }
  return option.label;
}

export const decisionLabel = (decision: ConsentDecision): string =>
  ({
    given: msg('Consent given', { id: 'kith.consent.decision.given' }),
    refused: msg('Consent refused', { id: 'kith.consent.decision.refused' }),
    withdrawn: msg('Consent withdrawn', { id: 'kith.consent.decision.withdrawn' }),
    'not-sought': msg('Consent not sought', { id: 'kith.consent.decision.not-sought' }),
  })[decision];

export const roleLabel = (role: GiverRole): string =>
  ({
    child: msg('The child or young person', { id: 'kith.consent.role.child' }),
    parent: msg('Parent', { id: 'kith.consent.role.parent' }),
    carer: msg('Carer', { id: 'kith.consent.role.carer' }),
    'special-guardian': msg('Special guardian', { id: 'kith.consent.role.special-guardian' }),
    'local-authority': msg('Local authority (under a care order)', { id: 'kith.consent.role.local-authority' }),
    other: msg('Someone else', { id: 'kith.consent.role.other' }),
  })[role];

export const methodLabel = (method: ConsentMethod): string =>
  ({
    'in-person': msg('In person', { id: 'kith.consent.method.in-person' }),
    phone: msg('By phone', { id: 'kith.consent.method.phone' }),
    video: msg('By video call', { id: 'kith.consent.method.video' }),
    written: msg('In writing', { id: 'kith.consent.method.written' }),
    interpreter: msg('Through an interpreter', { id: 'kith.consent.method.interpreter' }),
  })[method];

export const yesNo = (value: boolean): string =>
  value ? msg('Yes', { id: 'kith.consent.yes' }) : msg('No', { id: 'kith.consent.no' });
