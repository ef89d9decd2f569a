import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * Ids inside a control's shadow root. The label, hint, error message and the
 * focusable control live in the same root, so aria-describedby and label[for] work.
 */
export const FIELD_IDS = { control: 'control', label: 'label', hint: 'hint', error: 'error' } as const;

/** The visually hidden prefix read before every error message, localised; "Error:" in English. */
export function defaultErrorPrefix(): string {
  return msg('Error:', { id: 'kith.error-prefix', desc: 'Read by screen readers before an error message' });
}

export function renderLabel(label: string, { pageHeading = false } = {}): TemplateResult {
  const labelElement = html`<label id=${FIELD_IDS.label} class="label" part="label" for=${FIELD_IDS.control}
    >${label}</label
  >`;
  return pageHeading ? html`<h1 class="label-wrapper">${labelElement}</h1>` : labelElement;
}

export function renderHint(hint: string): TemplateResult | typeof nothing {
  return hint ? html`<div id=${FIELD_IDS.hint} class="hint" part="hint">${hint}</div>` : nothing;
}

export function renderError(error: string, prefix: string): TemplateResult | typeof nothing {
  return error
    ? html`<p id=${FIELD_IDS.error} class="error-message" part="error-message">
        <span class="visually-hidden">${prefix}</span> ${error}
      </p>`
    : nothing;
}

/** The aria-describedby value for a control: hint first, then error, as GOV.UK does. */
export function describedBy(hint: string, error: string): string | typeof nothing {
  const ids = [hint ? FIELD_IDS.hint : '', error ? FIELD_IDS.error : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}
