// A non-CRUD operation on a file (sortie, veille, référent d'étape…): runs the dataProvider
// method, tells the user in French, and re-reads the page. A refusal (403/409/422) shows the
// server's own sentence, which says why.
import { useMutation } from '@tanstack/react-query';
import { useNotify, useRefresh } from 'react-admin';

export const useFileOperation = <Input>(operation: (input: Input) => Promise<unknown>, successMessage: string, onDone?: () => void) => {
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: operation,
    onSuccess: () => {
      notify(successMessage, { type: 'success' });
      onDone?.();
      refresh();
    },
    onError: (error: unknown) => {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    },
  });
};
