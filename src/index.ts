/**
 * The shared core of adult-social-care-rules: the one error type, effective-dated rule packs, decision
 * traces, decimal rounding and Europe/London date helpers. Each area of the library is its own subpath
 * (`adult-social-care-rules/<area>`); this root entry holds what they share.
 *
 * @module adult-social-care-rules
 */
export { RulesError, isRulesError, type RulesIssue, type RulesIssueCode } from './core/errors.js';
export { defineRulePack, resolve, resolveAll, packRef } from './core/packApi.js';
export {
  extendPack,
  RulePackSourceSchema,
  type RuleKind,
  type RuleParameterSpec,
  type PackSpec,
  type PackValues,
  type PackInputValues,
  type RuleEntryInput,
  type RuleEntry,
  type RulePack,
  type RulePackSource,
  type PackLayerRef,
  type PackRef,
  type ResolvedRule,
  type ResolveAt,
} from './core/rulePack.js';
export {
  TRACE_VERSION,
  renderTrace,
  whyNot,
  type Trace,
  type TraceStep,
  type TraceInput,
  type TraceOutcome,
  type TraceParameter,
  type JsonValue,
} from './core/trace.js';
export {
  roundDecimal,
  describeRounding,
  DecimalStringSchema,
  DecimalInputSchema,
  ROUNDING_MODES,
  type RoundingMode,
  type RoundingRule,
  type RoundedDecimal,
  type DecimalInput,
} from './core/decimal.js';
export {
  LONDON,
  IsoDateSchema,
  IsoDateTimeSchema,
  addClockHours,
  addWorkingDays,
  toLondonTime,
  londonDateOf,
  type IsoDate,
  type IsoDateTime,
  type AddClockHoursOptions,
  type AddWorkingDaysOptions,
} from './core/dates.js';
export { toJsonSchema, schemaDocs, SCHEMA_ID_BASE, type JsonSchema, type SchemaDocs } from './core/jsonSchema.js';
export {
  compareUnderPacks,
  type WhatIfCase,
  type CompareUnderPacksOptions,
  type PackComparison,
  type CaseChange,
  type OutcomeChange,
  type StepChange,
  type ParameterChange,
} from './core/whatIf.js';
export { packageInfo } from './core/packageInfo.js';
