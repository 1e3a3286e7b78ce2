import type { CliCommand, DemoSection } from './command.js';
import { coreDemo } from './demo/core.js';
import { eligibilityDemo } from './demo/eligibility.js';
import { eligibilityCommand } from './eligibility.js';

/** The area subcommands, in the order `--help` lists them. */
export const areaCommands: readonly CliCommand[] = [
  eligibilityCommand,
];

/** The demo walkthrough, section by section. */
export const demoSections: readonly DemoSection[] = [
  coreDemo,
  eligibilityDemo,
];
