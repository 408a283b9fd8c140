// The browser tab's title follows the page: « Onglet – Page – Accompagnement RSA ». The page's
// title is what react-admin's <Title> writes in the app bar (#react-admin-title), the tab the
// selected tab of a tabbed page; a history and several tabs open then read apart.
import { useEffect } from 'react';

/** The document title from its parts: the empty ones and a tab repeating the page are dropped. */
export const documentTitle = (page: string | null | undefined, tab: string | null | undefined, app: string): string => {
  const parts = [tab, page].map((p) => (p ?? '').replace(/\s+/g, ' ').trim()).filter((p) => p !== '' && p !== app);
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return [...unique, app].join(' – ');
};

const read = (app: string) => {
  const page = document.getElementById('react-admin-title')?.textContent;
  const tab = document.querySelector('main [role="tab"][aria-selected="true"]')?.textContent;
  return documentTitle(page, tab, app);
};

/** Keeps document.title in step with the page and its selected tab while the layout is shown. */
export const useDocumentTitle = (app: string) => {
  useEffect(() => {
    const update = () => {
      const title = read(app);
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-selected'] });
    return () => observer.disconnect();
  }, [app]);
};
