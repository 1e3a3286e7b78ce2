// The schema of a whole pack source or override file, for validating files and the CLI `schema` command.
import * as z from 'zod';
import { EntryShapeSchema, LayerIdSchema } from './packShapes.js';

/**
 * The shape of a pack source or override file (JSON). Values are checked against each parameter's own
 * schema when the pack is built.
 */
export const RulePackSourceSchema = z.strictObject({
  id: LayerIdSchema,
  version: z.string().min(1).max(50),
  entries: z.record(z.string(), z.array(EntryShapeSchema)),
});

