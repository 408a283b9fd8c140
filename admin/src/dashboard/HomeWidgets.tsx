// The widgets of the home page (R2) in the user's order, and the arrangement mode: add a widget,
// move one up or down, remove one — buttons only (keyboard and screen reader alike), each change
// saved on the server and announced; focus stays on the widget being moved.
import { useEffect, useRef, useState } from 'react';
import { Box, Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import CloseIcon from '@mui/icons-material/Close';
import DashboardCustomizeIcon from '@mui/icons-material/DashboardCustomize';
import { usePermissions } from 'react-admin';
import { homeWidgetLabel, homeWidgetsFor } from '@rsa/vocabulary';
import type { Profile } from '../auth/can-access';
import { useT } from '../i18n/use-t';
import { useHomeWidgets } from './use-home-widgets';
import { renderWidget } from './widget-registry';

const move = (list: string[], from: number, to: number): string[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};

export const HomeWidgets = () => {
  const t = useT();
  const { permissions } = usePermissions<Profile[]>();
  const { widgets, isPending, save } = useHomeWidgets();
  const [arranging, setArranging] = useState(false);
  const [choice, setChoice] = useState('');
  const [announce, setAnnounce] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focus) return;
    const target = container.current?.querySelector<HTMLElement>(`[data-focus-key="${focus}"]:not([disabled])`) ?? container.current?.querySelector<HTMLElement>('[data-focus-key="arrange"]');
    target?.focus();
    setFocus(null);
  }, [focus, widgets]);

  if (isPending || !widgets) return null;
  const offered = homeWidgetsFor(permissions ?? []).filter((id) => !widgets.includes(id));
  const shown = widgets.filter((id) => renderWidget(id) !== null);

  const moveTo = (id: string, direction: -1 | 1) => {
    const from = widgets.indexOf(id);
    const to = from + direction;
    if (to < 0 || to >= widgets.length) return;
    save(move(widgets, from, to));
    setAnnounce(t('rsa.widgets.moved', { name: homeWidgetLabel(id), position: to + 1, total: widgets.length }));
    // Stay on the same button; at either end it is disabled, so take the other one.
    const edge = (direction === -1 && to === 0) || (direction === 1 && to === widgets.length - 1);
    setFocus(`${id}:${edge ? (direction === -1 ? 'down' : 'up') : direction === -1 ? 'up' : 'down'}`);
  };
  const remove = (id: string) => {
    const index = widgets.indexOf(id);
    const next = widgets.filter((w) => w !== id);
    save(next);
    setAnnounce(t('rsa.widgets.removed', { name: homeWidgetLabel(id) }));
    setFocus(next.length > 0 ? `${next[Math.min(index, next.length - 1)]}:remove` : 'add');
  };
  const add = () => {
    if (!choice) return;
    save([...widgets, choice]);
    setAnnounce(t('rsa.widgets.added', { name: homeWidgetLabel(choice) }));
    setFocus(`${choice}:remove`);
    setChoice('');
  };

  return (
    <Box ref={container} sx={{ display: 'grid', gap: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant={arranging ? 'contained' : 'outlined'}
          startIcon={<DashboardCustomizeIcon />}
          aria-pressed={arranging}
          data-focus-key="arrange"
          onClick={() => setArranging((a) => !a)}
        >
          {arranging ? t('rsa.widgets.done') : t('rsa.widgets.arrange')}
        </Button>
        {arranging &&
          (offered.length === 0 ? (
            <Typography>{t('rsa.widgets.none_left')}</Typography>
          ) : (
            <>
              <TextField
                select
                size="small"
                id="widget-to-add"
                label={t('rsa.widgets.add')}
                value={choice}
                onChange={(e) => setChoice(e.target.value)}
                fullWidth={false}
                sx={{ minWidth: 320 }}
                slotProps={{ htmlInput: { 'data-focus-key': 'add' } }}
              >
                {offered.map((id) => (
                  <MenuItem key={id} value={id}>
                    {homeWidgetLabel(id)}
                  </MenuItem>
                ))}
              </TextField>
              <Button variant="contained" onClick={add} disabled={!choice}>
                {t('rsa.widgets.add_button')}
              </Button>
            </>
          ))}
      </Stack>
      <Typography role="status" aria-live="polite" sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
        {announce}
      </Typography>
      {shown.length === 0 ? (
        <Typography>{t('rsa.widgets.empty')}</Typography>
      ) : (
        <Box
          component="ul"
          aria-label={t('rsa.widgets.arrange')}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'stretch' }}
        >
          {shown.map((id, index) => {
            const name = homeWidgetLabel(id);
            return (
              <Box component="li" key={id} data-widget={id} sx={{ display: 'grid', gap: 0.5 }}>
                {arranging && (
                  <Stack direction="row" spacing={0.5} useFlexGap sx={{ justifyContent: 'flex-end', flexWrap: 'nowrap' }}>
                    <Tooltip title={t('rsa.widgets.move_up', { name })}>
                      <span>
                        <IconButton size="small" aria-label={t('rsa.widgets.move_up', { name })} data-focus-key={`${id}:up`} disabled={index === 0} onClick={() => moveTo(id, -1)}>
                          <ArrowUpwardIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={t('rsa.widgets.move_down', { name })}>
                      <span>
                        <IconButton
                          size="small"
                          aria-label={t('rsa.widgets.move_down', { name })}
                          data-focus-key={`${id}:down`}
                          disabled={index === shown.length - 1}
                          onClick={() => moveTo(id, 1)}
                        >
                          <ArrowDownwardIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <Tooltip title={t('rsa.widgets.remove', { name })}>
                      <span>
                        <IconButton size="small" aria-label={t('rsa.widgets.remove', { name })} data-focus-key={`${id}:remove`} onClick={() => remove(id)}>
                          <CloseIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                  </Stack>
                )}
                {renderWidget(id)}
              </Box>
            );
          })}
        </Box>
      )}
    </Box>
  );
};
