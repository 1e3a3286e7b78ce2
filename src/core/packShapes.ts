// The shapes of a rule-pack source (one layer) and of its dated entries.
import * as z from 'zod';
import { IsoDateSchema } from './calendar.js';

/** A pack or layer id. */
export const LayerIdSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: 'must be an id of letters, digits, ".", "_", ":" or "-"' });

/** One dated value of a parameter, as a pack author writes it (the value is checked by the parameter's schema). */
export const EntryShapeSchema = z.strictObject({
  // Clones, so that each date field can carry its own words in a docs registry (src/core/schemaDocs.ts).
  validFrom: IsoDateSchema.clone(),
  validTo: IsoDateSchema.clone().optional(),
  value: z.unknown(),
  citation: z.string().trim().min(1, { error: 'must not be empty: every value needs a citation' }),
  kind: z.enum(['law', 'policy']),
  warning: z.string().min(1).optional(),
});

// The outer shape alone, so that each entry can be checked on its own and every problem reported at once.
export const LayerShapeSchema = z.strictObject({
  id: LayerIdSchema,
  version: z.string().min(1).max(50),
  entries: z.record(z.string(), z.array(z.unknown())),
});

