import { parseArgs } from 'node:util';
import { IsoDateSchema } from '../core/dates.js';
import type { RuleEntry, RulePack } from '../core/rulePack.js';
import { PACK_AREAS, stringifyRulePack, type PackArea, type PackFile } from '../pack-files/index.js';
import type { CliCommand } from './command.js';
import { EXIT, UsageError, printJson, type CliIo } from './io.js';
import { loadPackFiles } from './packFiles.js';

const USAGE = `Usage: asc-rules params <area> [--on DATE] [--pack FILE …] [--format text|json|csv|pack]

Lists every parameter of an area's rule pack: its kind (law or policy), value, period, citation, warning
and the layer that set it. Areas: ${PACK_AREAS.join(', ')}.

Options:
  --on DATE            only the values in force on DATE (YYYY-MM-DD); without it, every dated value
  --pack FILE          a council pack file (YAML or JSON) laid on the library pack; repeat to layer
                       several, in order (each file's "base" names the pack before it)
  --format text|json|csv
  --format pack        a starting council pack file (YAML): every policy parameter in force on --on,
                       dated from that day, for you to edit (delete what you keep as it is)
`;

/** One row of the listing. */
interface ParamRow {
  key: string;
  kind: string;
  description: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
  citation: string;
  warning: string | null;
  layer: string;
}

function rows(pack: RulePack, on: string | undefined): ParamRow[] {
  const out: ParamRow[] = [];
  for (const [key, spec] of Object.entries(pack.spec)) {
    const timeline = pack.entries[key] as readonly RuleEntry[];
    const chosen = on === undefined ? timeline : timeline.filter((e) => e.validFrom <= on && (e.validTo === undefined || on < e.validTo));
    if (chosen.length === 0) out.push({ key, kind: spec.kind, description: spec.description, value: null, validFrom: '', validTo: null, citation: '', warning: `no value in force on ${on}`, layer: '' });
    for (const e of chosen) {
      out.push({ key, kind: e.kind, description: spec.description, value: e.value, validFrom: e.validFrom, validTo: e.validTo ?? null, citation: e.citation, warning: e.warning ?? null, layer: `${e.layer.id}@${e.layer.version}` });
    }
  }
  return out;
}

const csvField = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const valueText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function text(area: PackArea, pack: RulePack, on: string | undefined, list: ParamRow[]): string {
  const lines = [
    `${area} parameters ${on === undefined ? '(every dated value)' : `in force on ${on}`}: pack ${pack.id} ${pack.version}; layers ${pack.layers.map((l) => `${l.id} ${l.version}`).join(' → ')}`,
    '',
  ];
  for (const r of list) {
    lines.push(`${r.key}  [${r.kind}]  set by ${r.layer || '(none)'}`);
    lines.push(`  ${r.description}`);
    lines.push(`  value: ${valueText(r.value)}`);
    if (r.validFrom !== '') lines.push(`  in force: from ${r.validFrom} ${r.validTo === null ? 'until further notice' : `until ${r.validTo} (exclusive)`}`);
    if (r.citation !== '') lines.push(`  citation: ${r.citation}`);
    if (r.warning !== null) lines.push(`  warning: ${r.warning}`);
    lines.push('');
  }
  return lines.join('\n');
}

// A starting point for a council: the policy values in force, each to be replaced with the council's own
// value and decision. Law is left out: a pack file cannot change it.
function starterPack(area: PackArea, pack: RulePack, on: string, list: ParamRow[]): string {
  const entries: Record<string, unknown[]> = {};
  for (const r of list) {
    if (r.kind !== 'policy' || r.layer === '') continue;
    entries[r.key] = [{ validFrom: on, value: r.value, citation: `REPLACE: your council's decision (was: ${r.citation})`, kind: 'policy' }];
  }
  const file = { area, base: pack.id, id: `my-council-${area}`, version: '1', entries };
  return [
    `# A starting council pack for ${area}: the policy values in force, laid on ${pack.id}.`,
    '# Keep only the parameters you change, give each your own value, validFrom and citation, and rename the id.',
    `# Check it with: asc-rules params ${area} --pack <this file> --on <date>   (docs/adapting.md)`,
    stringifyRulePack(file as PackFile, { format: 'yaml' }),
  ].join('\n');
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { on: { type: 'string' }, pack: { type: 'string', multiple: true }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [area, ...rest] = positionals;
  if (area === undefined || rest.length > 0 || !(PACK_AREAS as readonly string[]).includes(area)) throw new UsageError(`params takes one area: ${PACK_AREAS.join(', ')}`);
  if (values.on !== undefined && !IsoDateSchema.safeParse(values.on).success) throw new UsageError('--on expects a date, YYYY-MM-DD');
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'csv' && format !== 'pack') throw new UsageError('--format must be text, json, csv or pack');
  if (format === 'pack' && values.on === undefined) throw new UsageError('--format pack needs --on DATE: the day your values take effect');
  const pack = await loadPackFiles(io, area as PackArea, values.pack ?? []);
  const list = rows(pack, values.on);
  if (format === 'pack') io.stdout(starterPack(area as PackArea, pack, values.on as string, list));
  else if (format === 'json') printJson(io, { area, on: values.on ?? null, pack: { id: pack.id, version: pack.version, layers: pack.layers }, parameters: list });
  else if (format === 'csv') {
    const head = ['key', 'kind', 'value', 'validFrom', 'validTo', 'citation', 'warning', 'layer', 'description'];
    const body = list.map((r) => [r.key, r.kind, valueText(r.value), r.validFrom, r.validTo ?? '', r.citation, r.warning ?? '', r.layer, r.description].map(csvField).join(','));
    io.stdout(`${[head.join(','), ...body].join('\n')}\n`);
  } else io.stdout(text(area as PackArea, pack, values.on, list));
  return EXIT.ok;
}

/** `asc-rules params <area>`: the parameters in force, with their provenance. */
export const paramsCommand: CliCommand = {
  name: 'params',
  summary: 'list the parameters of an area: kind, value, period, citation, warning, layer (text, JSON or CSV)',
  usage: USAGE,
  run,
};
