// The console session lives in localStorage, not sessionStorage: several tabs of one user must
// share it (FEATURES P3), and a log-out in one tab logs every tab out. It never goes in a URL.
import type { ConsoleUser } from '@rsa/vocabulary';

export type { ConsoleUser } from '@rsa/vocabulary';

const TOKEN_KEY = 'rsa.console.token';
const USER_KEY = 'rsa.console.user';

export const sessionStore = {
  token(): string | null {
    return localStorage.getItem(TOKEN_KEY);
  },
  user(): ConsoleUser | null {
    const raw = localStorage.getItem(USER_KEY);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as ConsoleUser;
    } catch {
      return null;
    }
  },
  save(token: string, user: ConsoleUser): void {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  replaceToken(token: string): void {
    localStorage.setItem(TOKEN_KEY, token);
  },
  saveUser(user: ConsoleUser): void {
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(USER_KEY);
  },
  /** Calls back when another tab logs in or out, so this tab follows. */
  onChange(listener: () => void): () => void {
    const handler = (event: StorageEvent) => {
      if (event.key === TOKEN_KEY || event.key === null) listener();
    };
    window.addEventListener('storage', handler);
    return () => window.removeEventListener('storage', handler);
  },
};
