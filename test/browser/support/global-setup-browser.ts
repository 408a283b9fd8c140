// Once per jest run, before any browser test file starts: what every test file would otherwise
// build on its own when missing — the Strapi admin panel (cms/dist/build) and the console
// (admin/dist). Test files run in parallel workers: two of them must never build into the
// directory another one is serving from.
import globalSetup from '../../support/global-setup';
import { ensureAdminPanelBuilt } from './admin-build';
import { ensureConsoleBuilt } from './console-build';

export default async function browserGlobalSetup(): Promise<void> {
  await globalSetup();
  ensureAdminPanelBuilt();
  ensureConsoleBuilt();
}
