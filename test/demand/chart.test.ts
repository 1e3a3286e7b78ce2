import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { CFAS_II_DEMENTIA_RATES, projectDemand, projectionChartData, renderProjectionSvg, simulateDemand, type ProjectDemandInput } from '../../src/demand/index.js';
import { BANDS, SEXES } from './arbitraries.js';

function input(): ProjectDemandInput {
  const population: ProjectDemandInput['population'] = [];
  for (let y = 2025; y <= 2040; y += 1) for (const sex of SEXES) for (const ageBand of BANDS) population.push({ area: 'X', year: y, sex, ageBand, people: 10000 + (y - 2025) * 400 });
  return { asOf: '2026-11-23', measure: 'People aged 65+ with dementia', population, rates: CFAS_II_DEMENTIA_RATES };
}

/** A minimal well-formedness check: every opened element is closed in order, attributes are quoted. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][\w:-]*="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name, , self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  const tags = svg.match(/</g)?.length ?? 0;
  const matched = [...svg.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][\w:-]*="[^"<]*")*)\s*(\/?)>/g)].length;
  return stack.length === 0 && tags === matched;
}

const numbers = (attr: string) => attr.trim().split(/[\s,]+/).map(Number);

describe('renderProjectionSvg', () => {
  const sim = simulateDemand(input(), { draws: 400, seed: 11 });
  const svg = renderProjectionSvg(projectionChartData(sim));

  it('is a well-formed standalone SVG with a title, description, band, lines and legend', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain('<title id="chart-title">People aged 65+ with dementia</title>');
    expect(svg).toMatch(/<desc id="chart-desc">Mean of 400 draws from [\d,]+ in 2025 to [\d,]+ in 2040; 2.5%–97.5% quantile band/);
    expect(svg.match(/<polygon class="band"/g)).toHaveLength(1);
    expect(svg.match(/<polyline class="(central|point)"/g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(16);
    expect(svg).toContain('Point projection');
  });

  it('every plotted coordinate lies inside the drawing area, and the band encloses the central line', () => {
    // The drawing area: the x axis (left, right, bottom) and the highest grid line (top).
    const axis = /<g class="x-axis"[^>]*>\n<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)"/.exec(svg)!;
    const [left, bottom, right] = [Number(axis[1]), Number(axis[2]), Number(axis[3])];
    const top = Math.min(...[...svg.matchAll(/stroke="#e0e0e0"/g)].map((m) => Number(/y1="([\d.]+)"[^>]*$/.exec(svg.slice(0, m.index))![1])));
    expect(left).toBeGreaterThan(40);
    expect(right).toBeLessThanOrEqual(760);
    expect(bottom).toBeLessThanOrEqual(440);
    const central = numbers(/class="central" points="([^"]+)"/.exec(svg)![1]!);
    const band = numbers(/class="band" points="([^"]+)"/.exec(svg)![1]!);
    for (const v of [...central, ...band]) expect(Number.isFinite(v)).toBe(true);
    for (let i = 0; i < central.length; i += 2) {
      expect(central[i]!).toBeGreaterThanOrEqual(left);
      expect(central[i]!).toBeLessThanOrEqual(right);
      expect(central[i + 1]!).toBeGreaterThanOrEqual(top);
      expect(central[i + 1]!).toBeLessThanOrEqual(bottom);
    }
    // The band polygon is the upper edge left to right, then the lower edge right to left; SVG y grows downwards.
    const n = central.length / 2;
    for (let i = 0; i < n; i += 1) {
      const upperY = band[2 * i + 1]!;
      const lowerY = band[2 * (2 * n - 1 - i) + 1]!;
      expect(upperY).toBeLessThanOrEqual(central[2 * i + 1]! + 1e-9);
      expect(lowerY).toBeGreaterThanOrEqual(central[2 * i + 1]! - 1e-9);
    }
  });

  it('y ticks are round numbers starting at 0 and the axis covers the highest value', () => {
    const ticks = [...svg.matchAll(/text-anchor="end" dominant-baseline="middle">([\d,.]+)</g)].map((m) => Number(m[1]!.replaceAll(',', '')));
    expect(ticks[0]).toBe(0);
    const step = ticks[1]! - ticks[0]!;
    expect(String(step)).toMatch(/^(1|2|25|5)0*$/);
    const maxUpper = Math.max(...sim.totals.map((t) => Number(t.quantiles.at(-1)!.value)));
    expect(ticks.at(-1)!).toBeGreaterThanOrEqual(maxUpper);
  });

  it('draws tiny or zero series on a 0-1 axis, never NaN (5e-324 was a fast-check counterexample)', () => {
    for (const v of [5e-324, 1e-7, 0]) {
      const s = renderProjectionSvg({ title: 'T', yLabel: 'P', years: [2020, 2021], central: [v, v], centralLabel: 'M', lower: [0, 0], upper: [v, v] });
      expect(s).not.toMatch(/NaN|Infinity/);
      expect(s).toContain('>1.0</text>');
    }
  });

  it('escapes text', () => {
    const s = renderProjectionSvg({ title: 'A < B & "C"', yLabel: 'People', years: [2025], central: [1], centralLabel: 'x' });
    expect(s).toContain('A &lt; B &amp; &quot;C&quot;');
    expect(wellFormed(s)).toBe(true);
  });

  it('a projection (no uncertainty) has no band', () => {
    const s = renderProjectionSvg(projectionChartData(projectDemand(input()), 'Dementia'));
    expect(s).not.toContain('<polygon');
    expect(wellFormed(s)).toBe(true);
  });

  it('refuses series of the wrong length or a band turned inside out', () => {
    expect(() => renderProjectionSvg({ title: 't', yLabel: 'y', years: [2025, 2026], central: [1], centralLabel: 'c' })).toThrow(/one value per year/);
    expect(() => renderProjectionSvg({ title: 't', yLabel: 'y', years: [2025], central: [1], centralLabel: 'c', lower: [2], upper: [1] })).toThrow(/above/);
  });

  it('is well formed for any valid series', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ c: fc.double({ min: 0, max: 1e7, noNaN: true }), d: fc.double({ min: 0, max: 1e6, noNaN: true }) }), { minLength: 1, maxLength: 30 }), (rows) => {
        const s = renderProjectionSvg({
          title: 'T',
          yLabel: 'People',
          years: rows.map((_, i) => 2020 + i),
          central: rows.map((r) => r.c),
          centralLabel: 'Mean',
          lower: rows.map((r) => Math.max(0, r.c - r.d)),
          upper: rows.map((r) => r.c + r.d),
        });
        expect(wellFormed(s)).toBe(true);
        expect(s).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});

describe('junk never escapes as anything but a RulesError', () => {
  const entries: [string, (x: unknown, y: unknown) => unknown][] = [
    ['projectDemand', (x) => projectDemand(x as never)],
    ['simulateDemand', (x, y) => simulateDemand(x as never, y as never)],
    ['simulateDemand (valid options)', (x) => simulateDemand(x as never, { draws: 2, seed: 1 })],
    ['renderProjectionSvg', (x) => renderProjectionSvg(x as never)],
    ['projectionChartData', (x, y) => projectionChartData(x as never, y as never)],
  ];
  for (const [name, f] of entries) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (x, y) => {
          try {
            f(x, y);
          } catch (e) {
            expect(isRulesError(e)).toBe(true);
          }
        }),
      );
    });
  }
});
