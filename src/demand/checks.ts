import { _dec, type _Dec, type DecimalInput } from '../core/decimal.js';
import { _issue, type RulesIssue } from '../core/errors.js';

/** Reads a validated decimal input; NaN-free by schema. */
export function _num(value: DecimalInput): _Dec {
  return _dec(value);
}

/** A decimal of 0 or more, or an issue. */
export function _nonNegative(value: DecimalInput, path: (string | number)[], what: string, issues: RulesIssue[]): _Dec {
  const d = _dec(value);
  if (d.isNegative() && !d.isZero()) issues.push(_issue('too_small', path, `${what} must be 0 or more`));
  return d;
}

/** A share in [0, 1) (or [0, 1] when `closed`), or an issue. */
export function _share(value: DecimalInput, path: (string | number)[], what: string, issues: RulesIssue[], closed = false): _Dec {
  const d = _dec(value);
  const tooBig = closed ? d.gt(1) : d.gte(1);
  if ((d.isNegative() && !d.isZero()) || tooBig) {
    issues.push(_issue('out_of_range', path, `${what} must be a share from 0 up to ${closed ? 'and including 1' : 'but not including 1'}`));
  }
  return d;
}

/** A yearly rate of change, more than -1 (a fall of 100% or more a year is impossible). */
export function _yearlyChange(value: DecimalInput, path: (string | number)[], what: string, issues: RulesIssue[]): _Dec {
  const d = _dec(value);
  if (d.lte(-1)) issues.push(_issue('out_of_range', path, `${what} must be more than -1 (a fall of less than 100% a year)`));
  return d;
}
