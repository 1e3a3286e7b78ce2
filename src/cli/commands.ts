import type { CliCommand, DemoSection } from './command.js';
import { coreDemo } from './demo/core.js';
import { demandCommand } from './demand.js';
import { demandDemo } from './demo/demand.js';

/** The area subcommands, in the order `--help` lists them. */
export const areaCommands: readonly CliCommand[] = [demandCommand];

/** The demo walkthrough, section by section. */
export const demoSections: readonly DemoSection[] = [coreDemo, demandDemo];
