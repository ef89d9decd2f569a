export { KithChronology, ChronologyFilterEvent, RENDER_ALL_UP_TO, type ChronologyStrings } from './chronology/define.js';
export * from './model/index.js';
export { KithChronologyEntryForm, ChronologyEntrySaveEvent, type EntryFormStrings } from './chronology-entry-form/define.js';
