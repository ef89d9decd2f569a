import { defaultTokensCss } from '@kith/tokens';

const adopted = new WeakSet<Document>();

/**
 * Gives the document Kith's default tokens at zero specificity (`:where(:root)`), so
 * components look right with no setup while any page, theme or tokens.css rule wins.
 */
export function adoptDefaultTokens(doc: Document): void {
  if (adopted.has(doc)) return;
  adopted.add(doc);
  const SheetConstructor = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new SheetConstructor();
  sheet.replaceSync(defaultTokensCss);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
