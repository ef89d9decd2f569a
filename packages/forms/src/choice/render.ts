import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import { classes, describedBy, renderError, renderHint, submitImplicitly } from '@kith/core';
import { renderLegend } from './legend.js';
import { followUpSlotName } from './choice-group.js';
import type { ChoiceOption } from './options.js';

/** Everything the shared template needs to draw a radios or checkboxes group. */
export interface ChoiceGroupView {
  type: 'radio' | 'checkbox';
  legend: string;
  hint: string;
  error: string;
  errorPrefix: string;
  pageHeading: boolean;
  legendSize: unknown;
  inline: boolean;
  disabled: boolean;
  options: ChoiceOption[];
  isChecked: (option: ChoiceOption) => boolean;
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
}

const dividerText = (option?: ChoiceOption) =>
  option?.label || msg('or', { id: 'kith.choice.divider', desc: 'Between the usual options and an exclusive one ("None of these")' });

function renderDivider(option?: ChoiceOption): TemplateResult {
  return html`<div class="divider" part="divider">${dividerText(option)}</div>`;
}

function renderOption(view: ChoiceGroupView, option: ChoiceOption, index: number): TemplateResult {
  if (option.divider) return renderDivider(option);
  const id = `option-${index}`;
  const hintId = `${id}-hint`;
  const conditionalId = `${id}-conditional`;
  const checked = view.isChecked(option);
  // aria-expanded tells a checkbox user that content appeared. GOV.UK also puts it on radios,
  // but ARIA does not allow it there, axe fails it and Chromium drops it, so radios have
  // aria-controls only (see radios.md).
  // GOV.UK separates an exclusive answer ("None of these") with "or"; add it when the page did not.
  const previous = view.options[index - 1];
  const needsDivider = view.type === 'checkbox' && option.exclusive && previous && !previous.divider;
  return html`
    ${needsDivider ? renderDivider() : nothing}
    <div class="item" part="item">
      <input
        id=${id}
        class="input"
        type=${view.type}
        name="choice"
        .value=${option.value}
        .checked=${live(checked)}
        ?disabled=${view.disabled || option.disabled}
        aria-describedby=${option.hint ? hintId : nothing}
        aria-controls=${option.hasFollowUp ? conditionalId : nothing}
        aria-expanded=${option.hasFollowUp && view.type === 'checkbox' ? String(checked) : nothing}
        @input=${view.onInput}
        @change=${view.onChange}
        @keypress=${submitImplicitly}
      />
      <label class="label" part="option-label" for=${id}>${option.label}</label>
      ${option.hint ? html`<div id=${hintId} class="item-hint" part="option-hint">${option.hint}</div>` : nothing}
    </div>
    ${option.hasFollowUp
      ? html`<div id=${conditionalId} class="conditional" part="conditional" ?hidden=${!checked}>
          <slot name=${followUpSlotName(index)}></slot>
        </div>`
      : nothing}
  `;
}

/**
 * A fieldset whose legend names the group, then the group's hint and error (the
 * fieldset is described by both), then one native input per option with its label,
 * its hint (the input's description) and the slot for its follow-up content.
 */
export function renderChoiceGroup(view: ChoiceGroupView): TemplateResult {
  const hasChoices = view.options.some((option) => !option.divider);
  return html`
    <div class=${classes({ 'form-group': true, 'has-error': !!view.error })}>
      <fieldset class="fieldset" part="fieldset" aria-describedby=${describedBy(view.hint, view.error)}>
        ${renderLegend(view.legend, { pageHeading: view.pageHeading, size: view.legendSize })} ${renderHint(view.hint)}
        ${renderError(view.error, view.errorPrefix)}
        ${hasChoices
          ? html`<div class=${classes({ items: true, inline: view.inline })} part="items">
              ${repeat(
                view.options,
                (option) => option.element,
                (option, index) => renderOption(view, option, index),
              )}
            </div>`
          : html`<p class="no-options" part="no-options">
              ${msg('There are no options to choose from', { id: 'kith.choice.no-options' })}
            </p>`}
      </fieldset>
    </div>
  `;
}
