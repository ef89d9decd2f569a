import { expect } from '@open-wc/testing';
import { tokens, contrastPairs, themes, type TokenPath } from '@kith/tokens';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('@kith/tokens colour contrast (WCAG 2.2 AA)', () => {
  it('computes known ratios correctly', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });

  const themeNames = ['default', ...Object.keys(themes)];
  for (const theme of themeNames) {
    describe(`${theme} theme`, () => {
      const value = (path: TokenPath) => (theme === 'default' ? undefined : themes[theme]![path]) ?? tokens[path];
      for (const { foreground, background, minimum } of contrastPairs) {
        it(`${foreground} on ${background} reaches ${minimum}:1`, () => {
          const ratio = contrastRatio(value(foreground), value(background));
          expect(ratio, `${value(foreground)} on ${value(background)} is ${ratio.toFixed(2)}:1`).to.be.at.least(minimum);
        });
      }
    });
  }
});
