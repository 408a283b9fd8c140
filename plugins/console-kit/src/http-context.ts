// The slice of Koa's context the console controllers use; typed here so plugins need not
// depend on Koa's types.
import type { ConsoleUser } from './console-user';

export type HttpContext = {
  method: string;
  path: string;
  query: Record<string, unknown>;
  params: Record<string, string>;
  request: { body?: unknown; headers: Record<string, string | string[] | undefined> };
  status: number;
  body: unknown;
  ip: string;
  state: { consoleUser?: ConsoleUser; consoleToken?: string } & Record<string, unknown>;
  set(field: string, value: string): void;
  attachment(filename: string): void;
  type: string;
};
