import { buildProgram } from './program';

const program = buildProgram();
program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`nullpath: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
