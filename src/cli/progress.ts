// A progress bar on stderr when it is a terminal; silent otherwise (CI logs, pipes, --json). One bar per phase of a
// build (importing: rows read of the bundled total, the file being read; computing: metrics done, the metric and its
// family), each with the phase's elapsed time, so a long step is visible as moving time rather than a frozen bar.
import cliProgress from 'cli-progress';

export interface Progress {
  /** Starts a phase: a new bar from 0 to total. */
  start(total: number, phase: string, label: string): void;
  update(value: number, label: string): void;
  stop(): void;
}

const silent: Progress = { start() {}, update() {}, stop() {} };

export function createProgress(enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return silent;
  let bar: cliProgress.SingleBar | null = null;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    start: (total, phase, label) => {
      stop();
      bar = new cliProgress.SingleBar(
        {
          stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 20,
          format: `${phase.padEnd(9)} |{bar}| {percentage}% {label} · {duration_formatted}`,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { label });
    },
    update: (value, label) => bar?.update(value, { label }),
    stop,
  };
}
