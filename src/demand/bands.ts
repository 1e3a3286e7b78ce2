import { _issue, type RulesIssue } from '../core/errors.js';

/** An age band read from its label: lower bound and upper bound (inclusive; `undefined` when open-ended). */
export interface _Band {
  readonly from: number;
  readonly to: number | undefined;
}

/** Reads an age band label validated by AgeBandSchema ("65-69", "90+"). */
export function _readBand(label: string): _Band {
  const open = /^(\d{1,3})\+$/.exec(label);
  if (open) return { from: Number(open[1]), to: undefined };
  if (!label.includes('-')) return { from: Number(label), to: Number(label) };
  const [a, b] = label.split('-');
  return { from: Number(a), to: Number(b) };
}

/**
 * Checks a band label is well ordered and, when `adultAge` is given (for rates and counts), starts at the
 * adult age or later. Population bands are not limited: a full ONS table has children's bands, which no
 * rate uses.
 */
export function _checkBand(label: string, path: (string | number)[], adultAge: number | undefined, issues: RulesIssue[]): void {
  const band = _readBand(label);
  if (band.to !== undefined && band.to < band.from) issues.push(_issue('invalid_value', path, 'the age band ends before it starts'));
  if (adultAge !== undefined && band.from < adultAge) {
    issues.push(_issue('outside_scope', path, `the age band starts below ${adultAge}: only adults are in scope (Care Act 2014 s.2(8))`));
  }
}

/** The label of the band made by joining contiguous bands, or `undefined` when they are not contiguous. */
export function _joinBands(labels: readonly string[]): string | undefined {
  const bands = labels.map(_readBand).sort((a, b) => a.from - b.from);
  for (let i = 0; i + 1 < bands.length; i += 1) {
    const cur = bands[i]!;
    if (cur.to === undefined || cur.to + 1 !== bands[i + 1]!.from) return undefined;
  }
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return last.to === undefined ? `${first.from}+` : `${first.from}-${last.to}`;
}

/** Whether two age bands share any age. */
function overlap(x: _Band, y: _Band): boolean {
  return x.from <= (y.to ?? Infinity) && y.from <= (x.to ?? Infinity);
}

/**
 * Reports rows of one rate set (or of one area's counts) that cover the same people twice: same group,
 * overlapping sexes (`persons` overlaps both) and overlapping age bands. Exact repeats are reported as
 * duplicates elsewhere and skipped here. Rows are compared only within their group and area.
 */
export function _checkOverlaps(
  rows: readonly { group?: string | undefined; area?: string | undefined; sex: string; ageBand: string }[],
  path: (i: number) => (string | number)[],
  issues: RulesIssue[],
): void {
  const buckets = new Map<string, { i: number; sex: string; label: string; band: _Band }[]>();
  rows.forEach((r, i) => {
    const k = `${r.group ?? ''}\u0000${r.area ?? ''}`;
    const bucket = buckets.get(k) ?? [];
    const band = _readBand(r.ageBand);
    for (const b of bucket) {
      if (b.sex === r.sex && b.label === r.ageBand) continue;
      const sexes = b.sex === r.sex || b.sex === 'persons' || r.sex === 'persons';
      if (sexes && overlap(band, b.band)) {
        issues.push(_issue('overlapping', path(i), `covers some of the same people as row ${b.i} (${b.sex} ${b.label}): they would be counted twice in the totals; use one group per set of rows that add up`));
      }
    }
    bucket.push({ i, sex: r.sex, label: r.ageBand, band });
    buckets.set(k, bucket);
  });
}
