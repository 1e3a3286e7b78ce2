// The fast check of the carer's input (see fastCheck.ts for the adult's), compiled once from the schema's own
// definition into closures that accept exactly what the schema accepts, for plain data. It knows the few kinds
// the carer input uses (strict objects, optional, arrays with a minimum length, enums, booleans, strings with a
// length range or the ISO date format, using zod's own pattern); any other kind compiles to "no", which sends
// every input to zod. Apart from the adult's so that a page that only determines adults' eligibility does not
// carry it. test/eligibility/fastCheck.test.ts proves that it and zod agree.
import type * as z from 'zod';
import { CarerEligibilityInputSchema } from './carerSchemas.js';
import { _plain } from './fastCheck.js';

/** A compiled check. */
export type FastCheck = (v: unknown) => boolean;

const NO: FastCheck = () => false;

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly minimum?: number; readonly maximum?: number } } }[];
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly format?: string;
  readonly pattern?: RegExp;
}

/** Compiles a schema into a check that accepts exactly what it accepts (plain data), or into "no" for kinds it does not know. */
export function _compile(schema: z.ZodType): FastCheck {
  const def = schema._zod.def as unknown as Def;
  let min = 0;
  let max = Infinity;
  for (const c of def.checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'min_length') min = cd.minimum ?? 0;
    else if (cd.check === 'max_length') max = cd.maximum ?? Infinity;
    else return NO;
  }
  switch (def.type) {
    case 'optional': {
      const inner = _compile(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'string': {
      if (def.format !== undefined && (def.format !== 'date' || !(def.pattern instanceof RegExp))) return NO;
      const pattern = def.pattern;
      // The last string accepted is remembered (a batch shares its asOf): a cache of a pure answer.
      let last: unknown = NO;
      return (v) => v === last || (typeof v === 'string' && v.length >= min && v.length <= max && (pattern === undefined || pattern.test(v)) && ((last = v), true));
    }
    case 'array': {
      const element = _compile(def.element!);
      return (v) => {
        if (!Array.isArray(v) || v.length < min) return false;
        for (let i = 0; i < v.length; i += 1) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object': {
      // Only a strict object (unknown keys refused), as every eligibility input object is.
      if ((def.catchall?._zod.def as Def | undefined)?.type !== 'never') return NO;
      const keys = Object.keys(def.shape ?? {});
      const fields = keys.map((k) => _compile(def.shape![k]!));
      const allowed = new Set(keys);
      return (v) => {
        if (!_plain(v)) return false;
        // for-in, not Object.keys (no array made): it sees own and inherited enumerable keys, as zod does.
        for (const k in v) if (!allowed.has(k)) return false;
        for (let i = 0; i < keys.length; i += 1) if (!fields[i]!(v[keys[i]!])) return false;
        return true;
      };
    }
    default:
      return NO;
  }
}

/** True exactly when {@link CarerEligibilityInputSchema} accepts `v` (for plain data; false otherwise). */
export const _isCarerInput = _compile(CarerEligibilityInputSchema) as (v: unknown) => v is z.output<typeof CarerEligibilityInputSchema>;
