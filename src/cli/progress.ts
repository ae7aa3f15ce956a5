// A progress bar on stderr when it is a terminal; silent otherwise (CI logs, pipes, --json).
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, label: string): void;
  update(value: number, label: string): void;
  stop(): void;
}

const silent: Progress = { start() {}, update() {}, stop() {} };

export function createProgress(enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled) return silent;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'building |{bar}| {percentage}% {label}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, label) => bar.start(total, 0, { label }),
    update: (value, label) => bar.update(value, { label }),
    stop: () => bar.stop(),
  };
}
