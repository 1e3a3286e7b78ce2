import type { CliCommand, DemoSection } from './command.js';
import { coreDemo } from './demo/core.js';
import { ascofCldCommand } from './ascof-cld.js';
import { ascofCldDemo } from './demo/ascof-cld.js';

/** The area subcommands, in the order `--help` lists them. */
export const areaCommands: readonly CliCommand[] = [ascofCldCommand];

/** The demo walkthrough, section by section. */
export const demoSections: readonly DemoSection[] = [coreDemo, ascofCldDemo];
