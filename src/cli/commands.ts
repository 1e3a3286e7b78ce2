import type { CliCommand, DemoSection } from './command.js';
import { coreDemo } from './demo/core.js';
import { ascofCommand } from './ascof.js';
import { ascofDemo } from './demo/ascof.js';

/** The area subcommands, in the order `--help` lists them. */
export const areaCommands: readonly CliCommand[] = [
  ascofCommand,
];

/** The demo walkthrough, section by section. */
export const demoSections: readonly DemoSection[] = [
  coreDemo,
  ascofDemo,
];
