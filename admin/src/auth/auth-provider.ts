// react-admin's authProvider over the console API (CONTRACT.md): the session token is
// resolved by the server on every call; this side only stores it, forwards it and decides
// which menus and buttons to show through the pure canAccess.
import { HttpError, type AuthProvider } from 'react-admin';
import { API_URL } from '../data/api-url';
import { httpClient } from '../data/http-client';
import { canAccess } from './can-access';
import { sessionStore, type ConsoleUser } from './session-store';

export type LoginParams = { login: string; password: string };

type LoginAnswer = { token: string; user: ConsoleUser };

// checkAuth runs on every page change: asking the server each time would double the traffic,
// while the data calls of the page report an expired session (401) anyway.
const RECHECK_MS = 60_000;
let lastCheck = 0;

const postJson = (path: string, body: unknown) => httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) });

export const authProvider: AuthProvider = {
  async login({ login, password }: LoginParams) {
    // No bearer token yet: a stale one from an old session must not be sent either.
    sessionStore.clear();
    const { json } = await postJson('/auth/login', { login, password });
    const answer = json as LoginAnswer;
    sessionStore.save(answer.token, answer.user);
    lastCheck = Date.now();
  },

  async logout() {
    if (sessionStore.token()) {
      // Revokes the token on the server; a failure (already expired) must not block the log-out.
      await postJson('/auth/logout', {}).catch(() => undefined);
    }
    sessionStore.clear();
    lastCheck = 0;
  },

  async checkAuth() {
    if (!sessionStore.token()) throw { message: false, redirectTo: '/login' };
    if (Date.now() - lastCheck < RECHECK_MS) return;
    const { json } = await httpClient(`${API_URL}/auth/me`);
    sessionStore.saveUser(json as ConsoleUser);
    lastCheck = Date.now();
  },

  async checkError(error: unknown) {
    const status = error instanceof HttpError ? error.status : (error as { status?: number })?.status;
    if (status === 401) {
      sessionStore.clear();
      lastCheck = 0;
      // react-admin shows this message after sending the user to the login page.
      const message = error instanceof Error && error.message ? error.message : 'Session expirée : veuillez vous reconnecter.';
      throw { message, redirectTo: '/login' };
    }
    // 403 and the rest are the calling page's business (shown as notifications), not a log-out.
  },

  async getIdentity() {
    const user = sessionStore.user();
    if (!user) throw new Error('Non connecté.');
    return { id: user.id, fullName: user.name, login: user.login, profiles: user.profiles };
  },

  async getPermissions() {
    return sessionStore.user()?.profiles ?? [];
  },

  async canAccess({ action, resource, record }) {
    const user = sessionStore.user();
    if (!user) return false;
    return canAccess(user.profiles, { action, resource, record }, user.login);
  },
};
