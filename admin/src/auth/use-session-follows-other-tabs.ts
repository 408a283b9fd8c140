// Several tabs share one session (P3): when another tab logs out, or logs in as someone else,
// this tab must not keep showing the previous user's files.
import { useEffect } from 'react';
import { useLogout } from 'react-admin';
import { sessionStore } from './session-store';

export const useSessionFollowsOtherTabs = () => {
  const logout = useLogout();
  useEffect(() => {
    let login = sessionStore.user()?.login;
    return sessionStore.onChange(() => {
      const next = sessionStore.user()?.login;
      if (!sessionStore.token()) {
        // Logged out elsewhere: the token is already revoked, just leave.
        logout({}, '/login', false);
      } else if (next !== login) {
        window.location.reload();
      }
      login = next;
    });
  }, [logout]);
};
