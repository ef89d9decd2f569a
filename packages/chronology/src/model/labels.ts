import { msg, str } from '@lit/localize';
import type { ChronologyCategory, EntryField, EntryProblem, Significance } from './types.js';

/** The categories a chronology has unless the host configures its own. */
export const DEFAULT_CATEGORY_IDS = [
  'referral',
  'assessment',
  'visit',
  'meeting',
  'plan',
  'court',
  'health',
  'education',
  'police',
  'placement',
  'incident',
] as const;

/** The default categories with labels in the current locale. Read it again after a locale change. */
export function defaultCategories(): ChronologyCategory[] {
  const labels: Record<(typeof DEFAULT_CATEGORY_IDS)[number], string> = {
    referral: msg('Referral', { id: 'kith.chronology.category.referral' }),
    assessment: msg('Assessment', { id: 'kith.chronology.category.assessment' }),
    visit: msg('Visit', { id: 'kith.chronology.category.visit' }),
    meeting: msg('Meeting', { id: 'kith.chronology.category.meeting' }),
    plan: msg('Plan', { id: 'kith.chronology.category.plan' }),
    court: msg('Court', { id: 'kith.chronology.category.court' }),
    health: msg('Health', { id: 'kith.chronology.category.health' }),
    education: msg('Education', { id: 'kith.chronology.category.education' }),
    police: msg('Police', { id: 'kith.chronology.category.police' }),
    placement: msg('Placement', { id: 'kith.chronology.category.placement' }),
    incident: msg('Incident', { id: 'kith.chronology.category.incident' }),
  };
  return DEFAULT_CATEGORY_IDS.map((id) => ({ id, label: labels[id] }));
}

export function significanceLabel(significance: Significance): string {
  switch (significance) {
    case 'high':
      return msg('High significance', { id: 'kith.chronology.significance.high' });
    case 'medium':
      return msg('Medium significance', { id: 'kith.chronology.significance.medium' });
    case 'low':
      return msg('Low significance', { id: 'kith.chronology.significance.low' });
  }
}

/** The name of a field as people read it, for problem reports and details. */
export function fieldLabel(field: EntryField): string {
  switch (field) {
    case 'entry':
      return msg('Entry', { id: 'kith.chronology.field.entry' });
    case 'id':
      return msg('Id', { id: 'kith.chronology.field.id' });
    case 'date':
      return msg('Date', { id: 'kith.chronology.field.date' });
    case 'approximate':
      return msg('Approximate date', { id: 'kith.chronology.field.approximate' });
    case 'title':
      return msg('Title', { id: 'kith.chronology.field.title' });
    case 'description':
      return msg('Description', { id: 'kith.chronology.field.description' });
    case 'category':
      return msg('Category', { id: 'kith.chronology.field.category' });
    case 'source':
      return msg('Source', { id: 'kith.chronology.field.source' });
    case 'significance':
      return msg('Significance', { id: 'kith.chronology.field.significance' });
    case 'impactOnChild':
      return msg('Impact on the child', { id: 'kith.chronology.field.impact' });
    case 'actionTaken':
      return msg('Action taken', { id: 'kith.chronology.field.action' });
    case 'childIds':
      return msg('Children', { id: 'kith.chronology.field.children' });
    case 'recordedBy':
      return msg('Recorded by', { id: 'kith.chronology.field.recorded-by' });
    case 'recordedAt':
      return msg('Recorded on', { id: 'kith.chronology.field.recorded-at' });
    case 'links':
      return msg('Links', { id: 'kith.chronology.field.links' });
    case 'suppliedBy':
      return msg('Supplied by', { id: 'kith.chronology.field.supplied-by' });
  }
}

const MAX_SHOWN = 80;

/** Shortens a bad value for a message, so a 1 MB string does not become a 1 MB message. */
export function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * What is wrong, in the current locale, without the field name (shown beside it).
 * Keeping the field out of the sentence avoids Welsh mutations of interpolated words.
 */
export function problemMessage(problem: Omit<EntryProblem, 'message'>): string {
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'not-an-object':
      return msg('Not a chronology entry', { id: 'kith.chronology.problem.not-an-object' });
    case 'missing':
      return msg('Missing', { id: 'kith.chronology.problem.missing' });
    case 'not-text':
      return msg('Should be text', { id: 'kith.chronology.problem.not-text' });
    case 'not-true-or-false':
      return msg('Should be true or false', { id: 'kith.chronology.problem.not-boolean' });
    case 'not-a-list':
      return msg('Should be a list', { id: 'kith.chronology.problem.not-a-list' });
    case 'date-format':
      return msg(str`‘${value}’ is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm`, {
        id: 'kith.chronology.problem.date-format',
      });
    case 'impossible-date':
      return msg(str`‘${value}’ is not a real date`, { id: 'kith.chronology.problem.impossible-date' });
    case 'not-a-date-time':
      return msg(str`‘${value}’ is not a date and time`, { id: 'kith.chronology.problem.not-a-date-time' });
    case 'unknown-category':
      return msg(str`‘${value}’ is not one of the categories`, { id: 'kith.chronology.problem.unknown-category' });
    case 'unknown-significance':
      return msg(str`‘${value}’ is not high, medium or low`, { id: 'kith.chronology.problem.unknown-significance' });
    case 'unsafe-link':
      return msg(str`‘${value}’ is not a web address starting with http or https, so it is not shown as a link`, {
        id: 'kith.chronology.problem.unsafe-link',
      });
    case 'duplicate-id':
      return msg(str`Another entry also has the id ‘${value}’`, { id: 'kith.chronology.problem.duplicate-id' });
  }
}

/** A problem with its message, as the component reports it to the host. */
export function withMessage(problem: Omit<EntryProblem, 'message'>): EntryProblem {
  return { ...problem, message: problemMessage(problem) };
}
