import type { CliCommand, DemoSection } from './command.js';
import { coreDemo } from './demo/core.js';
import { riskDemo } from './demo/risk.js';
import { riskCommand } from './risk.js';

/** The area subcommands, in the order `--help` lists them. */
export const areaCommands: readonly CliCommand[] = [riskCommand];

/** The demo walkthrough, section by section. */
export const demoSections: readonly DemoSection[] = [coreDemo, riskDemo];
