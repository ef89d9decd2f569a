/** A failed check: which ValidityState flag it sets and the message a user reads. */
export interface ValidationFailure {
  flag: Exclude<keyof ValidityStateFlags, 'customError'> | 'customError';
  message: string;
}

/** A check of a control's value; returns the failure, or null when the value is acceptable. */
export type Validator<V = string> = (value: V) => ValidationFailure | null;

/** Runs validators in order and returns the first failure. */
export function firstFailure<V>(value: V, validators: readonly Validator<V>[]): ValidationFailure | null {
  for (const validator of validators) {
    const failure = validator(value);
    if (failure) return failure;
  }
  return null;
}

/** Fails an empty or blank value. The message is read lazily so it follows the current locale. */
export function requiredValidator(message: () => string): Validator<string> {
  return (value) => (value.trim() === '' ? { flag: 'valueMissing', message: message() } : null);
}

/**
 * Counts characters as GOV.UK, native `maxlength` and most servers do: UTF-16 code units.
 * An emoji can count as 2 or more, more than people see; counting fewer than the server
 * would let through text that the server then refuses or cuts short.
 */
export function countCharacters(text: string): number {
  return text.length;
}

/** Fails a value longer than max characters; never changes the value itself. */
export function maxLengthValidator(max: number, message: (over: number) => string): Validator<string> {
  return (value) => {
    const over = countCharacters(value) - max;
    return over > 0 ? { flag: 'tooLong', message: message(over) } : null;
  };
}

/**
 * Lower-cases the first letter of a label for use mid-sentence ("Full name" becomes
 * "full name") but leaves acronyms alone ("NHS number" stays as it is).
 */
export function labelInSentence(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length > 1 && /^\p{Lu}\p{Ll}/u.test(trimmed)) {
    return trimmed[0]!.toLocaleLowerCase() + trimmed.slice(1);
  }
  return trimmed;
}
