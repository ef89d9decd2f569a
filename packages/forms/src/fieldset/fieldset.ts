import { html } from 'lit';
import { KithElement, describedBy, renderHint, toText } from '@kith/core';
import { legendStyles, renderLegend, type LegendSize } from '../choice/legend.js';
import { fieldsetStyles } from './fieldset.styles.js';

/**
 * Groups related controls under a legend, for example the lines of an address or the
 * parts of a name. The controls stay in the light DOM (they belong to the page's form
 * and keep their own labels); the fieldset gives them a shared name that screen readers
 * read when the user moves into the group.
 *
 * It is not a form control and has no value. To disable a set of controls, use a native
 * `<fieldset disabled>`: a fieldset in a shadow root cannot disable the page's controls.
 *
 * @summary Groups related controls under a legend, optionally the page heading.
 * @tagname kith-fieldset
 *
 * @slot - The controls of the group.
 *
 * @csspart fieldset - The fieldset.
 * @csspart legend - The legend: the group's visible and accessible name.
 * @csspart hint - The hint under the legend, read as the group's description.
 *
 * @cssprop --kith-font-size-heading-l - Size of an "l" legend (the default for a page heading).
 */
export class KithFieldset extends KithElement {
  static override styles = [KithElement.styles, legendStyles, fieldsetStyles];

  static override properties = {
    legend: {},
    hint: {},
    pageHeading: { type: Boolean, attribute: 'page-heading' },
    legendSize: { attribute: 'legend-size' },
  };

  /** The group's name, shown as the legend. */
  legend = '';
  /** Help text shown under the legend and read as the group's description. */
  hint = '';
  /** Shows the legend as the page's h1, for a question page whose question is this group. */
  pageHeading = false;
  /** Size of the legend: s, m, l or xl (l by default when it is the page heading). */
  legendSize: LegendSize | '' = '';

  protected override render() {
    const hint = toText(this.hint);
    return html`
      <fieldset class="fieldset" part="fieldset" aria-describedby=${describedBy(hint, '')}>
        ${renderLegend(toText(this.legend), { pageHeading: this.pageHeading, size: this.legendSize })} ${renderHint(hint)}
        <slot></slot>
      </fieldset>
    `;
  }
}
