import type { CliCommand, DemoSection } from './command.js';
import { ascofCommand } from './ascof.js';
import { demandCommand } from './demand.js';
import { ascofCldDemo } from './demo/ascof-cld.js';
import { ascofDemo } from './demo/ascof.js';
import { coreDemo } from './demo/core.js';
import { demandDemo } from './demo/demand.js';
import { eligibilityDemo } from './demo/eligibility.js';
import { providerFailureDemo } from './demo/provider-failure.js';
import { riskDemo } from './demo/risk.js';
import { eligibilityCommand } from './eligibility.js';
import { providerFailureCommand } from './provider-failure.js';
import { riskCommand } from './risk.js';
import { paramsCommand } from './params.js';
import { compareCommand } from './compare.js';
import { testCommand } from './cases.js';
import { serveCommand } from './serve.js';

/** The area subcommands, in the order `--help` lists them (`ascof cld` is dispatched by `ascof`). */
export const areaCommands: readonly CliCommand[] = [
  eligibilityCommand,
  riskCommand,
  ascofCommand,
  demandCommand,
  providerFailureCommand,
  paramsCommand,
  compareCommand,
  testCommand,
  serveCommand,
];

/** The demo walkthrough, section by section. */
export const demoSections: readonly DemoSection[] = [
  coreDemo,
  eligibilityDemo,
  riskDemo,
  ascofDemo,
  ascofCldDemo,
  demandDemo,
  providerFailureDemo,
];
