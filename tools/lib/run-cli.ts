/**
 * Runs a command-line tool: its return value is the exit code, and an unexpected
 * error is printed as one clear line (no stack trace) with exit code 2.
 */
export function runCli(main: () => number | Promise<number>): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  Promise.resolve()
    .then(main)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    });
}
