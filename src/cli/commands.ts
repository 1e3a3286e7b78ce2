import type { CliCommand, DemoSection } from './command.js';
import { coreDemo } from './demo/core.js';
import { providerFailureDemo } from './demo/provider-failure.js';
import { providerFailureCommand } from './provider-failure.js';

/** The area subcommands, in the order `--help` lists them. */
export const areaCommands: readonly CliCommand[] = [providerFailureCommand];

/** The demo walkthrough, section by section. */
export const demoSections: readonly DemoSection[] = [coreDemo, providerFailureDemo];
