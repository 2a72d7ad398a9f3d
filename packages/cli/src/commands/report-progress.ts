/** A stderr progress bar for long reads: silent unless stderr is a TTY and the run passes 1 s. */
export interface ProgressBar {
  update: (bytesRead: number, totalBytes: number) => void;
  phase: (label: string) => void;
  done: () => void;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;
const WIDTH = 30;

function mib(bytes: number): string {
  return (bytes / 1048576).toFixed(0);
}

/** Creates the bar; the clock is read here, at the edge, for display only. */
export function createProgressBar(stream: NodeJS.WriteStream): ProgressBar {
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  const draw = (line: string) => {
    stream.write(`\r${line}\u001b[K`);
    drawn = true;
  };
  const isLive = () => stream.isTTY === true && Date.now() - started >= SHOW_AFTER_MS;
  return {
    update(bytesRead, totalBytes) {
      const now = Date.now();
      if (!isLive() || now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
      const filled = Math.round(share * WIDTH);
      draw(
        `reading [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0)} % ${mib(bytesRead)}/${mib(totalBytes)} MiB`,
      );
    },
    phase(label) {
      if (isLive()) draw(`${label}…`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
