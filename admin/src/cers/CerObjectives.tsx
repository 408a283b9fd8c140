// The CER's objectives (C2): themes from the configured list; added, edited and deleted while
// the server lists `objectives` among the fields this user may write; « Lier à un objectif »
// for the kinds the server offers (étapes, positionnements once their module registers them).
import { useState } from 'react';
import { Box, Button, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import LinkIcon from '@mui/icons-material/Link';
import { Confirm, NumberInput, SelectInput, TextInput, required } from 'react-admin';
import { Section } from '../beneficiaries/Section';
import { HistoryTable } from '../beneficiaries/HistoryTable';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { useReferenceItems } from '../data/use-reference-items';
import { useT } from '../i18n/use-t';
import type { CerDetail, CerObjective } from './cer.type';
import { CerFormDialog, useServerSubmit } from './CerFormDialog';

type Dialog = { kind: 'add' } | { kind: 'edit'; objective: CerObjective } | { kind: 'link'; objective: CerObjective } | null;

const linkKindLabel = (t: ReturnType<typeof useT>, kind: string): string =>
  kind === 'step' || kind === 'positioning' ? t(`rsa.cer.objectives.kind.${kind}`) : kind;

const ObjectiveForm = ({ cerId, objective, onClose }: { cerId: number; objective: CerObjective | null; onClose(): void }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const themes = useReferenceItems('cer_objective_theme');
  const submit = useServerSubmit<{ theme: string; description: string }>(
    (values) => {
      const input = { theme: values.theme, description: (values.description ?? '').trim() };
      return objective ? dataProvider.updateCerObjective(cerId, objective.id, input) : dataProvider.addCerObjective(cerId, input);
    },
    t(objective ? 'rsa.cer.objectives.saved' : 'rsa.cer.objectives.added'),
    ['theme', 'description'],
    onClose,
  );
  // A theme deactivated since stays offered for the objective that carries it.
  const choices = objective && !themes.some((th) => th.label === objective.theme) ? [...themes, { id: -1, list: '', code: '', label: objective.theme }] : themes;
  return (
    <CerFormDialog
      id="cer-objective"
      title={objective ? t('rsa.cer.objectives.edit_named', { theme: objective.theme }) : t('rsa.cer.objectives.add')}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t(objective ? 'rsa.cer.objectives.edit' : 'rsa.cer.objectives.add')}
      record={objective ?? undefined}
    >
      <SelectInput
        source="theme"
        label={t('rsa.cer.objectives.theme')}
        choices={choices}
        optionValue="label"
        optionText="label"
        validate={required()}
      />
      <TextInput source="description" label={t('rsa.cer.objectives.description')} multiline minRows={3} fullWidth validate={required()} />
    </CerFormDialog>
  );
};

const LinkForm = ({ cer, objective, onClose }: { cer: CerDetail; objective: CerObjective; onClose(): void }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const kinds = cer.linkKinds ?? [];
  const submit = useServerSubmit<{ kind: string; targetId: number }>(
    (values) => dataProvider.linkCerObjective(cer.id, objective.id, { kind: values.kind, targetId: Number(values.targetId) }),
    t('rsa.cer.objectives.linked'),
    ['kind', 'targetId'],
    onClose,
  );
  return (
    <CerFormDialog
      id="cer-objective-link"
      title={t('rsa.cer.objectives.link_named', { theme: objective.theme })}
      open
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('rsa.cer.objectives.link')}
      record={{ kind: kinds[0] }}
    >
      <SelectInput
        source="kind"
        label={t('rsa.cer.objectives.link_kind')}
        choices={kinds.map((kind) => ({ id: kind, name: linkKindLabel(t, kind) }))}
        validate={required()}
      />
      <NumberInput source="targetId" label={t('rsa.cer.objectives.link_target')} min={1} validate={required()} />
    </CerFormDialog>
  );
};

export const CerObjectives = ({ cer }: { cer: CerDetail }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [deleting, setDeleting] = useState<CerObjective | null>(null);
  const mayEdit = cer.editable?.fields.includes('objectives') ?? false;
  const mayLink = (cer.linkKinds ?? []).length > 0;
  const remove = useFileOperation(
    (objective: CerObjective) => dataProvider.deleteCerObjective(cer.id, objective.id),
    t('rsa.cer.objectives.deleted'),
    () => setDeleting(null),
  );
  const unlink = useFileOperation(
    ({ objective, linkId }: { objective: CerObjective; linkId: number }) => dataProvider.unlinkCerObjective(cer.id, objective.id, linkId),
    t('rsa.cer.objectives.unlinked'),
  );
  const objectives = cer.objectives ?? [];
  const withActions = mayEdit || mayLink;
  return (
    <Section
      id="cer-objectives"
      title={t('rsa.cer.objectives.title')}
      action={
        mayEdit ? (
          <Button size="small" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })}>
            {t('rsa.cer.objectives.add')}
          </Button>
        ) : undefined
      }
    >
      {objectives.length === 0 ? (
        <Typography variant="body2">{t('rsa.cer.objectives.none')}</Typography>
      ) : (
        <HistoryTable
          caption={t('rsa.cer.objectives.caption')}
          columns={[
            t('rsa.cer.objectives.theme'),
            t('rsa.cer.objectives.description'),
            t('rsa.cer.objectives.links'),
            ...(withActions ? [t('rsa.cer.objectives.actions')] : []),
          ]}
          rows={objectives.map((o) => [
            o.theme,
            o.description,
            <Box key="links" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
              {(o.links ?? []).map((link) => (
                <Chip
                  key={link.id}
                  size="small"
                  label={`${linkKindLabel(t, link.kind)} n° ${link.targetId}`}
                  onDelete={mayLink ? () => unlink.mutate({ objective: o, linkId: link.id }) : undefined}
                />
              ))}
            </Box>,
            ...(withActions
              ? [
                  <Box key="actions" sx={{ display: 'flex', gap: 0.5 }}>
                    {mayEdit && (
                      <Tooltip title={t('rsa.cer.objectives.edit')}>
                        <IconButton aria-label={t('rsa.cer.objectives.edit_named', { theme: o.theme })} onClick={() => setDialog({ kind: 'edit', objective: o })}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                    {mayEdit && (
                      <Tooltip title={t('rsa.cer.objectives.delete')}>
                        <IconButton aria-label={t('rsa.cer.objectives.delete_named', { theme: o.theme })} onClick={() => setDeleting(o)}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                    {mayLink && (
                      <Tooltip title={t('rsa.cer.objectives.link')}>
                        <IconButton aria-label={t('rsa.cer.objectives.link_named', { theme: o.theme })} onClick={() => setDialog({ kind: 'link', objective: o })}>
                          <LinkIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </Box>,
                ]
              : []),
          ])}
        />
      )}
      {dialog?.kind === 'add' && <ObjectiveForm cerId={cer.id} objective={null} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <ObjectiveForm cerId={cer.id} objective={dialog.objective} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'link' && <LinkForm cer={cer} objective={dialog.objective} onClose={() => setDialog(null)} />}
      <Confirm
        isOpen={deleting !== null}
        loading={remove.isPending}
        title={t('rsa.cer.objectives.delete_named', { theme: deleting?.theme ?? '' })}
        content={t('rsa.cer.objectives.delete_confirm', { theme: deleting?.theme ?? '' })}
        confirm={t('rsa.cer.objectives.delete')}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Section>
  );
};
