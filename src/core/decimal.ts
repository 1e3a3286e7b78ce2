import { Decimal } from 'decimal.js';
import { RulesError, _issue, type RulesIssue } from './errors.js';
import { DecimalStringSchema } from './decimalString.js';
import type { DecimalInput } from './decimalInput.js';

// The decimal-string schemas live in decimalString.ts, which does not import decimal.js, so that code that only
// validates decimals (a rule pack's schema) does not bring decimal.js into a bundle.
export { DecimalStringSchema } from './decimalString.js';
export { DecimalInputSchema, type DecimalInput } from './decimalInput.js';

/**
 * The library's own Decimal constructor. A clone, so that `Decimal.set()` in an application never changes a
 * figure computed here, and a precision of 40 significant digits, far beyond any published figure.
 * Division results are kept at full precision and rounded once, when a figure is published.
 */
export const _D: typeof Decimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

/** A Decimal of the library's private clone. */
export type _Dec = InstanceType<typeof _D>;

/**
 * A named rounding rule.
 *
 * - `half-away-from-zero`: 2.45 → 2.5, -2.45 → -2.5 (the rule ONS and NHS England publications use).
 * - `half-even`: 2.45 → 2.4, 2.55 → 2.6 (banker's rounding).
 * - `down`: towards zero. - `up`: away from zero.
 */
export type RoundingMode = 'half-away-from-zero' | 'half-even' | 'down' | 'up';

/** The rounding modes, for schemas and forms. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-away-from-zero', 'half-even', 'down', 'up'];

const MODE: Record<RoundingMode, Decimal.Rounding> = {
  'half-away-from-zero': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/** How a published figure is rounded: the number of decimal places and the mode. */
export interface RoundingRule {
  /** Decimal places kept (0 for whole numbers). */
  readonly places: number;
  /** How the last kept place is chosen. */
  readonly mode: RoundingMode;
}

/**
 * A published decimal figure: the value as a string, so no precision is lost in JSON, with the rule that
 * produced it.
 */
export interface RoundedDecimal {
  /** The rounded value, e.g. `"76.7"`, always with exactly `rounding.places` decimal places. */
  readonly value: string;
  /** The rounding rule applied. */
  readonly rounding: RoundingRule;
}

/** Makes a private Decimal from a validated decimal input. */
export function _dec(value: DecimalInput | _Dec): _Dec {
  return new _D(value);
}

/**
 * Rounds a number to a published figure with a named rule.
 *
 * @param value - the exact value, as a decimal string or a finite number
 * @param rule - decimal places (a whole number from 0 to 20) and mode
 * @returns the rounded value as a string with the rule recorded
 * @throws {@link RulesError} when the value is not a decimal number or the rule is impossible
 *
 * @example
 * ```ts
 * import { roundDecimal } from 'adult-social-care-rules';
 *
 * roundDecimal('76.65', { places: 1, mode: 'half-away-from-zero' }).value; //=> '76.7'
 * roundDecimal('76.65', { places: 1, mode: 'half-even' }).value; //=> '76.6'
 * ```
 */
export function roundDecimal(value: DecimalInput, rule: RoundingRule): RoundedDecimal {
  const issues: RulesIssue[] = [];
  if (typeof value === 'number' ? !Number.isFinite(value) : !DecimalStringSchema.safeParse(value).success) {
    issues.push(_issue('invalid_format', ['value'], 'must be a decimal number (a string such as "12.50" or a finite number)'));
  }
  issues.push(...ruleIssues(rule));
  if (issues.length > 0) throw new RulesError('roundDecimal', issues);
  return _round(new _D(value), rule);
}

// The checks of a rounding rule, shared by roundDecimal and describeRounding: an object with whole `places`
// from 0 to 20 and one of the named modes (an own key of MODE only, so "toString" is not a mode).
function ruleIssues(rule: unknown): RulesIssue[] {
  if (typeof rule !== 'object' || rule === null) return [_issue('invalid_type', ['rule'], 'must be a rounding rule { places, mode }')];
  const { places, mode } = rule as Record<string, unknown>;
  const issues: RulesIssue[] = [];
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > 20) {
    issues.push(_issue('invalid_value', ['rule', 'places'], 'must be a whole number of decimal places from 0 to 20'));
  }
  if (typeof mode !== 'string' || !Object.prototype.hasOwnProperty.call(MODE, mode)) issues.push(_issue('invalid_value', ['rule', 'mode'], `must be one of: ${ROUNDING_MODES.join(', ')}`));
  return issues;
}

/** Rounds a private Decimal (no validation: for internal use on values the library computed). */
export function _round(value: _Dec, rule: RoundingRule): RoundedDecimal {
  const fixed = value.toFixed(rule.places, MODE[rule.mode]);
  // "-0.0" reads as a negative figure in a report; zero has no sign.
  const clean = /^-0(\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
  return { value: clean, rounding: { places: rule.places, mode: rule.mode } };
}

/**
 * The rounding rule in words, for traces, reports and footnotes.
 *
 * @param rule - decimal places (a whole number from 0 to 20) and mode
 * @returns a phrase such as "rounded half away from zero to 1 decimal place"
 * @throws {@link RulesError} when the rule is not a rounding rule (path `rule`, `rule.places` or `rule.mode`)
 *
 * @example
 * ```ts
 * import { describeRounding } from 'adult-social-care-rules';
 *
 * describeRounding({ places: 1, mode: 'half-away-from-zero' }); //=> 'rounded half away from zero to 1 decimal place'
 * describeRounding({ places: 0, mode: 'half-even' }); //=> 'rounded half even to a whole number'
 * ```
 */
export function describeRounding(rule: RoundingRule): string {
  const issues = ruleIssues(rule);
  if (issues.length > 0) throw new RulesError('describeRounding', issues);
  const places = rule.places === 1 ? '1 decimal place' : `${rule.places} decimal places`;
  const mode = rule.mode === 'down' ? 'towards zero' : rule.mode === 'up' ? 'away from zero' : rule.mode.replaceAll('-', ' ');
  return `rounded ${mode} to ${rule.places === 0 ? 'a whole number' : places}`;
}
