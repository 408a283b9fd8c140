// Rights on one file (ACCESS.md), checked on the server before every action: first the
// perimeter (outside it the file does not exist: 404), then what the profile may do on it
// (file-actions.ts: 403 with a French message). `isOwnFile`: the user holds an assignment in
// force on the file.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { FILE_ACTION_REFUSED, availableFileActions, mayDo, type FileAction } from '../../../domain/file-actions';

export const FILE_NOT_FOUND = 'Dossier introuvable.';

export const parseBeneficiaryId = (raw: unknown): number => {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new ConsoleError(404, FILE_NOT_FOUND);
  return id;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const beneficiaries = () => strapi.plugin('file-active').service('beneficiaries');
  const assignments = () => strapi.plugin('file-active').service('assignments');

  const requireVisible = async (user: ConsoleUser, beneficiaryId: number): Promise<void> => {
    if (!(await beneficiaries().isVisible(user, beneficiaryId))) throw new ConsoleError(404, FILE_NOT_FOUND);
  };

  return {
    requireVisible,

    /** 404 outside the perimeter, 403 when the profile may not make this change on this file. */
    async requireAction(user: ConsoleUser, beneficiaryId: number, action: FileAction, refusal: string = FILE_ACTION_REFUSED): Promise<void> {
      await requireVisible(user, beneficiaryId);
      const isOwnFile: boolean = await assignments().isOwnFile(user, beneficiaryId);
      if (!mayDo({ profiles: user.profiles }, action, { isOwnFile })) throw new ConsoleError(403, refusal);
    },

    async actionsFor(user: ConsoleUser, beneficiaryId: number): Promise<FileAction[]> {
      const isOwnFile: boolean = await assignments().isOwnFile(user, beneficiaryId);
      return availableFileActions({ profiles: user.profiles }, { isOwnFile });
    },
  };
};
