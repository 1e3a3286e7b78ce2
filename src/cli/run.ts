import { parseArgs } from 'node:util';
import { packageInfo } from '../core/packageInfo.js';
import { toJsonSchema } from '../core/jsonSchema.js';
import { coreSchemaDocs } from '../core/schemaDocs.js';
import { areaCommands, demoSections } from './commands.js';
import { EXIT, UsageError, printJson, reportError, type CliIo } from './io.js';
import { cliSchemas } from './schemas.js';

function help(): string {
  const width = Math.max(8, ...areaCommands.map((c) => c.name.length));
  const rows = [
    ['schema', 'print the JSON Schema of an input (schema --list shows the names)'],
    ['demo', 'walk through every area on bundled sample data'],
    ...areaCommands.map((c) => [c.name, c.summary]),
  ];
  return [
    `asc-rules ${packageInfo.version}: the rules of English adult social care, from the command line.`,
    '',
    'Usage: asc-rules <command> [options]',
    '',
    'Commands:',
    ...rows.map(([name, summary]) => `  ${String(name).padEnd(width)}  ${summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also after a command: asc-rules <command> --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 done; 1 unexpected failure; 2 bad usage or input refused (the problems are printed).',
    '',
  ].join('\n');
}

const SCHEMA_USAGE = 'Usage: asc-rules schema <name>\n       asc-rules schema --list\n\nPrints the JSON Schema (draft 2020-12) of an input, for forms and API validation.\n';

async function schemaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(SCHEMA_USAGE);
    return EXIT.ok;
  }
  if (values.list) {
    for (const [name, { summary }] of Object.entries(cliSchemas)) io.stdout(`${name}\t${summary}\n`);
    return EXIT.ok;
  }
  const [name, ...rest] = positionals;
  if (name === undefined || rest.length > 0) throw new UsageError('schema takes one name; asc-rules schema --list shows them');
  const entry = cliSchemas[name];
  if (entry === undefined) throw new UsageError(`no schema named "${name}"; asc-rules schema --list shows them`);
  // The rule-pack words lie under every area's (a risk file's override is a pack layer).
  printJson(io, toJsonSchema(entry.schema, entry.docs === undefined ? [coreSchemaDocs] : [coreSchemaDocs, entry.docs]));
  return EXIT.ok;
}

async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout('Usage: asc-rules demo\n\nWalks through every area of the library on bundled sample data.\n');
    return EXIT.ok;
  }
  io.stdout(`adult-social-care-rules ${packageInfo.version}: demo on bundled sample data\n`);
  for (const section of demoSections) {
    io.stdout(`\n=== ${section.title} ===\n\n`);
    await section.run(io);
  }
  return EXIT.ok;
}

/**
 * Runs the `asc-rules` command line with the given arguments and resolves to its exit code.
 * All output goes through `io`, so tests can run it without a process.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout(help());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${packageInfo.version}\n`);
      return EXIT.ok;
    }
    if (first === 'schema') return await schemaCommand(rest, io);
    if (first === 'demo') return await demoCommand(rest, io);
    const command = areaCommands.find((c) => c.name === first);
    if (command === undefined) throw new UsageError(`unknown command "${first}"`);
    // `asc-rules <command> --help`; a subcommand (`asc-rules ascof cld --help`) answers its own.
    if (rest[0] === '--help' || rest[0] === '-h') {
      io.stdout(command.usage);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    return reportError(io, error);
  }
}
