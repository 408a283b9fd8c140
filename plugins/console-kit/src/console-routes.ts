// Every plugin's console API sits under /api/console (CONTRACT.md). Strapi's own content-API
// auth is off on these routes: the accounts plugin's console-session middleware authenticates
// every /api/console request and each action checks the perimeter and the rights itself.
export type ConsoleRoute = { method: string; path: string; handler: string; config: { auth: false } };

export const consoleRoute = (method: string, path: string, handler: string): ConsoleRoute => ({ method, path, handler, config: { auth: false } });

export const consoleRouter = (routes: ConsoleRoute[]) => ({ console: { type: 'content-api' as const, prefix: '/console', routes } });
