// Runs a repository command (scripts/*.ts through tsx) as a child process against the test's
// database, as an operator would.
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import { TEST_SECRETS } from './test-app';

const ROOT = path.resolve(__dirname, '..', '..');

export type CliResult = { code: number | null; stdout: string; stderr: string };

export const spawnCli = (script: string, args: string[], env: Record<string, string>): ChildProcess =>
  // The tsx loader in this very process (not the tsx CLI, which forks a child): a kill must reach the import.
  spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_SECRETS, ...env, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

export const runCli = (script: string, args: string[], env: Record<string, string>): Promise<CliResult> =>
  new Promise((resolve) => {
    const child = spawnCli(script, args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

export const lastJsonLine = <T = Record<string, unknown>>(stdout: string): T => {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
};
