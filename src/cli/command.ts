import type { CliIo } from './io.js';

/** One subcommand of `asc-rules`. Each area adds its own when it lands. */
export interface CliCommand {
  /** The word typed after `asc-rules`. */
  readonly name: string;
  /** One line for `--help`. */
  readonly summary: string;
  /** The full usage text for `asc-rules <name> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: string[], io: CliIo) => Promise<number>;
}

/** One section of `asc-rules demo` (and `npm start`). */
export interface DemoSection {
  /** Heading printed above the section. */
  readonly title: string;
  /** Prints the walkthrough to `io.stdout`. */
  readonly run: (io: CliIo) => void | Promise<void>;
}
