// A progress line on stderr (stdout is kept for the command's result).
export const progressBar = (label: string, total: number | null) => {
  const started = Date.now();
  let last = 0;
  const interactive = process.stderr.isTTY;
  return {
    update(done: number) {
      const now = Date.now();
      if (now - last < 250 && done !== total) return;
      last = now;
      const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
      const line = total
        ? `${label} [${'#'.repeat(Math.round((done / total) * 30)).padEnd(30, '.')}] ${done}/${total} lignes (${rate}/s)`
        : `${label} ${done} lignes (${rate}/s)`;
      process.stderr.write(interactive ? `\r${line}` : `${line}\n`);
    },
    done() {
      if (interactive) process.stderr.write('\n');
    },
  };
};
