/**
 * The rules over HTTP: a stateless JSON service exposing every public entry point of every area
 * (`POST /<area>/<what>`), its OpenAPI 3.1 description (`GET /openapi.json`), the parameters in force on a date
 * (`GET /parameters/{area}?on=YYYY-MM-DD`), `GET /health`, and a self-contained page to try them (`GET /`).
 * Built on Hono (web-standard `fetch`); `asc-rules serve` runs it on Node. The areas never import it.
 *
 * @module server
 */
export { createServiceApp, DEFAULT_BODY_LIMIT, type ServiceOptions, type ServiceLogEntry, type ServiceEnv } from './app.js';
export { serviceRoutes, type ServiceRoute } from './routes.js';
export { type OpenApiDocument } from './openapi.js';
export { parametersInForce, type AreaParameters, type PackParameters, type ParameterInForce } from './parameters.js';
export { applyPackFile, defaultServedPacks, PACK_NAMES, AREA_PACKS, type ApplyPackFileOptions, type PackName, type ServedPacks } from './packs.js';
