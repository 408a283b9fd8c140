// The user's home page arrangement, remembered on the server (GET/PUT /preferences/home-widgets):
// shown at once from the cache, saved on every change, put back as it was if the server refuses.
import { useNotify } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import type { HomeWidgets } from '../data/infocentre-methods';

export const HOME_WIDGETS_KEY = ['rsa', 'home-widgets'] as const;

export const useHomeWidgets = () => {
  const dataProvider = useConsoleDataProvider();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const query = useQuery({ queryKey: HOME_WIDGETS_KEY, queryFn: () => dataProvider.homeWidgets() });
  const save = useMutation({
    mutationFn: (widgets: string[]) => dataProvider.setHomeWidgets(widgets),
    onMutate: (widgets: string[]) => {
      const previous = queryClient.getQueryData<HomeWidgets>(HOME_WIDGETS_KEY);
      queryClient.setQueryData<HomeWidgets>(HOME_WIDGETS_KEY, { widgets, arranged: true });
      return { previous };
    },
    onError: (error: unknown, _widgets, context) => {
      if (context?.previous) queryClient.setQueryData(HOME_WIDGETS_KEY, context.previous);
      notify('rsa.widgets.saved_error', { type: 'error', messageArgs: { message: error instanceof Error ? error.message : String(error) } });
    },
    onSuccess: (saved: HomeWidgets) => queryClient.setQueryData(HOME_WIDGETS_KEY, saved),
  });
  return { widgets: query.data?.widgets, isPending: query.isPending, isError: query.isError, save: save.mutate };
};
