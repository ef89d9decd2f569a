import { html, nothing, css, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { visuallyHiddenStyles } from './hide-visually.styles.js';

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

/** Layout and typography of label, hint and error message shared by every control. */
export const fieldStyles = [
  visuallyHiddenStyles,
  css`
    :host {
      display: block;
      margin-block-end: var(--kith-space-6);
      font-size: var(--kith-font-size-body);
      line-height: var(--kith-line-height-body);
    }
    .form-group {
      padding-inline-start: 0;
    }
    :host(:state(user-invalid)) .form-group,
    .form-group.has-error {
      border-inline-start: var(--kith-border-width-error) solid var(--kith-color-error);
      padding-inline-start: var(--kith-space-3);
    }
    .label-wrapper {
      margin: 0;
      font-size: var(--kith-font-size-heading-l);
      line-height: var(--kith-line-height-heading);
    }
    .label {
      display: block;
      margin-block-end: var(--kith-space-1);
      font-weight: var(--kith-font-weight-regular);
      overflow-wrap: anywhere;
    }
    .label-wrapper .label {
      font-weight: var(--kith-font-weight-bold);
      margin-block-end: var(--kith-space-3);
    }
    .hint {
      margin-block-end: var(--kith-space-3);
      color: var(--kith-color-text-secondary);
      overflow-wrap: anywhere;
    }
    .error-message {
      display: block;
      margin-block: 0 var(--kith-space-3);
      color: var(--kith-color-error);
      font-weight: var(--kith-font-weight-bold);
      overflow-wrap: anywhere;
    }
  `,
];

/** The focus indicator of every Kith control: yellow outline with a dark inner ring (GOV.UK). */
export const focusStyles = css`
  :focus-visible {
    outline: var(--kith-focus-width) solid var(--kith-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--kith-border-width-input) var(--kith-color-focus-text);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
