import { msg } from '@lit/localize';

/** Every piece of text the entry form shows (besides field names shared with the chronology), replaceable through `strings`. */
export interface EntryFormStrings {
  precisionLegend: string;
  precisionHint: string;
  precisionDay: string;
  precisionMonth: string;
  precisionYear: string;
  precisionMinute: string;
  dateLabel: string;
  dateRequired: string;
  timeLabel: string;
  timeHint: string;
  timeRequired: string;
  timeFormat: string;
  approximateLegend: string;
  approximateOption: string;
  titleLabel: string;
  titleHint: string;
  titleRequired: string;
  categoryLabel: string;
  categoryChoose: string;
  categoryRequired: string;
  sourceLabel: string;
  sourceHint: string;
  sourceRequired: string;
  significanceLegend: string;
  significanceRequired: string;
  childrenLegend: string;
  childrenHint: string;
  descriptionHint: string;
  impactHint: string;
  saveNew: string;
  saveChanges: string;
  draftSaveFailed: string;
  sendFailed: string;
  sending: string;
}

/** The strings in the current locale. */
export function defaultEntryFormStrings(): EntryFormStrings {
  return {
    precisionLegend: msg('How much of the date is known?', { id: 'kith.chronology-entry-form.precision-legend' }),
    precisionHint: msg('Record only what is known. Do not guess a day or a month.', { id: 'kith.chronology-entry-form.precision-hint' }),
    precisionDay: msg('Day, month and year', { id: 'kith.chronology-entry-form.precision-day' }),
    precisionMonth: msg('Month and year only', { id: 'kith.chronology-entry-form.precision-month' }),
    precisionYear: msg('Year only', { id: 'kith.chronology-entry-form.precision-year' }),
    precisionMinute: msg('Day, month, year and time', { id: 'kith.chronology-entry-form.precision-minute' }),
    dateLabel: msg('Date of the event', { id: 'kith.chronology-entry-form.date-label' }),
    dateRequired: msg('Enter the date of the event', { id: 'kith.chronology-entry-form.date-required' }),
    timeRequired: msg('Enter the time of the event', { id: 'kith.chronology-entry-form.time-required' }),
    titleRequired: msg('Enter a title', { id: 'kith.chronology-entry-form.title-required' }),
    categoryRequired: msg('Choose a category', { id: 'kith.chronology-entry-form.category-required' }),
    sourceRequired: msg('Enter where the information came from', { id: 'kith.chronology-entry-form.source-required' }),
    significanceRequired: msg('Choose how significant the event is', { id: 'kith.chronology-entry-form.significance-required' }),
    timeLabel: msg('Time', { id: 'kith.chronology-entry-form.time-label' }),
    timeHint: msg('Use the 24-hour clock, for example 14:30', { id: 'kith.chronology-entry-form.time-hint' }),
    timeFormat: msg('Enter a time in the 24-hour clock, for example 14:30', { id: 'kith.chronology-entry-form.time-format' }),
    approximateLegend: msg('Is the date approximate?', { id: 'kith.chronology-entry-form.approximate-legend' }),
    approximateOption: msg('Yes, the date is approximate', { id: 'kith.chronology-entry-form.approximate-option' }),
    titleLabel: msg('Title', { id: 'kith.chronology-entry-form.title-label' }),
    titleHint: msg('A short summary of what happened, for example “Police called to the family home”', { id: 'kith.chronology-entry-form.title-hint' }),
    categoryLabel: msg('Category', { id: 'kith.chronology-entry-form.category-label' }),
    categoryChoose: msg('Choose a category', { id: 'kith.chronology-entry-form.category-choose' }),
    sourceLabel: msg('Source', { id: 'kith.chronology-entry-form.source-label' }),
    sourceHint: msg('The agency or person the information came from', { id: 'kith.chronology-entry-form.source-hint' }),
    significanceLegend: msg('How significant is this event for the child?', { id: 'kith.chronology-entry-form.significance-legend' }),
    childrenLegend: msg('Which children is this about?', { id: 'kith.chronology-entry-form.children-legend' }),
    childrenHint: msg('Choose none if it is about the whole sibling group', { id: 'kith.chronology-entry-form.children-hint' }),
    descriptionHint: msg('What happened, in plain words', { id: 'kith.chronology-entry-form.description-hint' }),
    impactHint: msg('How the event affected the child, in their words where you can', { id: 'kith.chronology-entry-form.impact-hint' }),
    saveNew: msg('Add to chronology', { id: 'kith.chronology-entry-form.save-new' }),
    saveChanges: msg('Save changes', { id: 'kith.chronology-entry-form.save-changes' }),
    draftSaveFailed: msg('This entry could not be kept as a draft on this device. Keep this page open until you have saved it.', {
      id: 'kith.chronology-entry-form.draft-save-failed',
    }),
    sendFailed: msg('The entry could not be saved. Try again.', { id: 'kith.chronology-entry-form.send-failed' }),
    sending: msg('Saving the entry…', { id: 'kith.chronology-entry-form.sending' }),
  };
}
