import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** A rule switched off for one check, with the reason a reviewer can judge. */
export interface AxeException {
  rule: string;
  reason: string;
}

/**
 * Runs axe over an element (shadow roots included) and throws with every violation
 * listed. Zero violations is the bar; an exception must say why.
 */
export async function expectAxeClean(element: Element | Document, exceptions: AxeException[] = []): Promise<void> {
  const rules = Object.fromEntries(exceptions.map(({ rule }) => [rule, { enabled: false }]));
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: AXE_TAGS }, rules });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n');
  throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
}
