// One questionnaire's entry: a radio group per single-answer question, check boxes where
// several answers are allowed; the server checks the answers against the configured questions
// (unknown → 422) and says why in French.
import { CheckboxGroupInput, Form, RadioButtonGroupInput, SaveButton, useNotify } from 'react-admin';
import { useT } from '../i18n/use-t';
import { fseMethods } from './fse-methods';
import type { ConventionDetail, Questionnaire } from './fse.type';

type Props = { conventionId: number; questionnaire: Questionnaire; onSaved(detail: ConventionDetail): void };

export const QuestionnaireForm = ({ conventionId, questionnaire, onSaved }: Props) => {
  const t = useT();
  const notify = useNotify();
  const submit = async (values: Record<string, unknown>) => {
    try {
      onSaved(await fseMethods.saveQuestionnaire(conventionId, questionnaire.kind, values));
      notify(t('rsa.fse.saved'), { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Form defaultValues={questionnaire.answers ?? {}} onSubmit={submit}>
      {questionnaire.questions.map((q) => {
        const choices = q.choices.filter((c) => c.active).map((c) => ({ id: c.code, name: c.label }));
        const label = q.required ? q.label : `${q.label} (facultatif)`;
        return q.multiple ? (
          <CheckboxGroupInput key={q.code} source={q.code} label={label} choices={choices} row={false} helperText={q.indicator ?? false} />
        ) : (
          <RadioButtonGroupInput key={q.code} source={q.code} label={label} choices={choices} row={false} helperText={q.indicator ?? false} />
        );
      })}
      <SaveButton label={t('rsa.fse.save')} alwaysEnable />
    </Form>
  );
};
