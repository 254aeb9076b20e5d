import { Command } from 'commander';
import { registerAdminCommand } from './commands/admin.command';
import { registerServeCommand } from './commands/serve.command';
import { registerWorkerCommand } from './commands/worker.command';
import { registerScaCommand } from './commands/sca.command';
import { registerAdvisoriesCommand } from './commands/advisories.command';
import { registerScanCommand } from './commands/scan.command';

/**
 * Every subcommand lives in its own `commands/<name>.command.ts` and registers itself here.
 * Exit codes: 0 ok, 1 findings at or above --fail-on, 2 error (usage errors included).
 */
export function buildProgram(): Command {
  const program = new Command('nullpath')
    .description('Nullpath: self-hosted application security (SAST, SCA, secrets)')
    .version('0.1.0')
    .exitOverride((err) => {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') process.exit(0);
      process.exit(2);
    });
  registerServeCommand(program);
  registerWorkerCommand(program);
  registerAdminCommand(program);
  registerScaCommand(program);
  registerAdvisoriesCommand(program);
  registerScanCommand(program);
  return program;
}
