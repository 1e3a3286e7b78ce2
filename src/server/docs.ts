// The words of every area's inputs (titles, labels, JSON-Schema-only keywords) for the OpenAPI document and the
// page's forms: each area keeps its own registry beside its schemas (src/<area>/schemaDocs.ts); the service,
// which serves them all, lays them together.
import type { SchemaDocs } from '../core/jsonSchema.js';
import { coreSchemaDocs } from '../core/schemaDocs.js';
import { eligibilitySchemaDocs } from '../eligibility/schemaDocs.js';
import { riskSchemaDocs } from '../risk/schemaDocs.js';
import { ascofSchemaDocs } from '../ascof/schemaDocs.js';
import { demandSchemaDocs } from '../demand/schemaDocs.js';
import { providerFailureSchemaDocs } from '../provider-failure/schemaDocs.js';

/** Every area's docs registry, in the order the areas are served. */
export const serviceDocs: readonly SchemaDocs[] = [coreSchemaDocs, eligibilitySchemaDocs, riskSchemaDocs, ascofSchemaDocs, demandSchemaDocs, providerFailureSchemaDocs];
