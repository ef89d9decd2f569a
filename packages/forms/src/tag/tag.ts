import { html } from 'lit';
import { KithElement, oneOf } from '@kith/core';
import { tagStyles } from './tag.styles.js';

/** The colours a tag can have; each text and background pair meets WCAG AA. */
export const TAG_COLOURS = ['default', 'grey', 'blue', 'light-blue', 'green', 'turquoise', 'red', 'orange', 'yellow', 'purple', 'pink'] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

/**
 * A short label showing the status of something, such as "Open case" or "Overdue".
 * Tags are not interactive: they are text, never buttons or links.
 *
 * @summary Short status label in one of several AA-contrast colours.
 * @tagname kith-tag
 *
 * @slot - The tag text. Keep it to a word or two.
 *
 * @csspart tag - The tag itself.
 *
 * @cssprop --kith-color-tag-background - Background of the default tag.
 * @cssprop --kith-color-tag-text - Text colour of the default tag.
 */
export class KithTag extends KithElement {
  static override styles = [KithElement.styles, tagStyles];

  static override properties = {
    colour: { reflect: true },
  };

  /**
   * The colour: default, grey, blue, light-blue, green, turquoise, red, orange, yellow,
   * purple or pink. Anything else shows the default colour. Colour never carries the meaning
   * alone: the text must say it.
   */
  colour: TagColour = 'default';

  protected override render() {
    const colour = oneOf(this.colour, TAG_COLOURS, 'default');
    return html`<strong class="tag tag-${colour}" part="tag"><slot></slot></strong>`;
  }
}
