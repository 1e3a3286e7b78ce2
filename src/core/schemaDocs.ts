// The words of the rule-pack source schema (a pack or a council's layer, as JSON), for forms and the
// `asc-rules schema rule-pack` command; kept apart from the schemas, as each area keeps its own.
import type * as z from 'zod';
import { schemaDocs } from './jsonSchema.js';
import { EntryShapeSchema, LayerIdSchema } from './packShapes.js';
import { RulePackSourceSchema } from './packSource.js';

const entries = RulePackSourceSchema.shape.entries;
const timeline = (entries._zod.def as unknown as { valueType: z.ZodType }).valueType;
const validTo = EntryShapeSchema.shape.validTo;

/** The titles and descriptions of {@link RulePackSourceSchema} and its dated entries. */
export const coreSchemaDocs = schemaDocs()
  .add(RulePackSourceSchema, {
    id: 'RulePackSource',
    title: 'Rule pack or council layer',
    description: 'A pack, or a council layer laid over one: dated values per parameter, each with its citation (docs/rule-packs.md).',
  })
  .add(LayerIdSchema, { title: 'Pack id', description: 'A stable id of this pack or layer, e.g. "leeds-risk": letters, digits, ".", "_", ":" or "-".' })
  .add(RulePackSourceSchema.shape.version, { title: 'Version', description: "The author's version of this layer, e.g. \"2026.1\"; every result records it." })
  .add(entries, {
    title: 'Dated values',
    description: 'By parameter name (`asc-rules params <area>` lists them): the dated values of each. A layer gives only the parameters it changes; national law cannot be changed.',
  })
  .add(timeline, { title: 'Timeline', description: 'The dated values of one parameter, in date order, without overlaps.' })
  .add(EntryShapeSchema, { id: 'RuleEntry', title: 'Dated value', description: 'One value of a parameter and the period it applies in.' })
  .add(EntryShapeSchema.shape.validFrom, { title: 'In force from', description: 'The first day the value applies (inclusive), YYYY-MM-DD.' })
  .add(validTo, { title: 'In force until', description: 'The first day the value no longer applies (exclusive), YYYY-MM-DD; leave out for "until further notice".' })
  .add((validTo._zod.def as unknown as { innerType: z.ZodType }).innerType, { title: 'In force until', description: 'The first day the value no longer applies (exclusive).' })
  .add(EntryShapeSchema.shape.value, { title: 'Value', description: "The value, which must pass the parameter's own schema (`asc-rules params <area>` shows the current one)." })
  .add(EntryShapeSchema.shape.citation, { title: 'Citation', description: 'Where the value comes from: "SI 2015/313 reg 2(1)", "Leeds QA framework para 4.2", a Cabinet decision.' })
  .add(EntryShapeSchema.shape.kind, {
    title: 'Kind',
    description: 'Must equal the parameter\'s declared kind: "law" values are national law and cannot be overridden; "policy" values are the council\'s.',
    labels: { law: 'National law', policy: 'Council policy' },
  })
  .add(EntryShapeSchema.shape.warning, { title: 'Warning', description: 'Set when the value is not verified law or published fact: shown in every trace that uses it.' });
