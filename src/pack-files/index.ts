/**
 * Council rule packs as files: a council's own policy values written in YAML or JSON, read from text (the
 * library does no I/O), checked against the area's pack and the law floor, with every problem named by its
 * line and key. The CLI (`asc-rules params`, `compare`, `test`) reads such files; `docs/adapting.md` walks
 * through writing one.
 *
 * @module pack-files
 */
export {
  parseRulePack,
  stringifyRulePack,
  defaultPackOf,
  PackFileSchema,
  PACK_AREAS,
  type PackArea,
  type PackFile,
  type PackFileFormat,
  type ParseRulePackOptions,
  type ParsedRulePack,
} from './packFile.js';
