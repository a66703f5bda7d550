/** Settings that change results, stored in the workbook (product.md §8). */
import { useEffect, useState } from 'react';
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Spinner, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DEPARTMENT_LENGTH, DEPARTMENTS_MAX, departmentLines, type Settings } from '../core/settings';
import { fill } from '../i18n/pane';
import { usePane, usePaneState } from './context';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2 },
  number: { maxWidth: '8rem' },
  actions: { display: 'flex', justifyContent: 'flex-start' },
});

interface Draft {
  blankAsZero: boolean;
  points: string;
  /** The ratio as a percentage: 0.5 is shown as 50. */
  percent: string;
  installDataValidation: boolean;
  /** One department a line, as typed. */
  departments: string;
}

const draftOf = (s: Settings): Draft => ({
  blankAsZero: s.blankAsZero,
  points: String(s.largeChangePoints),
  percent: String(Math.round(s.largeChangeRatio * 1000) / 10),
  installDataValidation: s.installDataValidation,
  departments: s.expectedDepartments.join('\n'),
});

/** The typed lines as the list stored; null past the limits. */
function departmentsIn(text: string): string[] | null {
  const list = departmentLines(text);
  return list.length <= DEPARTMENTS_MAX && list.every((d) => d.length <= DEPARTMENT_LENGTH) ? list : null;
}

/** Does the draft differ from the settings the workbook holds? */
function changed(d: Draft, stored: Settings): boolean {
  const s = draftOf(stored);
  return (Object.keys(s) as (keyof Draft)[]).some((k) => (typeof s[k] === 'string' ? String(d[k]).trim() !== String(s[k]).trim() : d[k] !== s[k]));
}

function numberIn(text: string, min: number, max: number): number | null {
  if (text.trim() === '') return null;
  const n = Number(text.normalize('NFKC').trim());
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

export function SettingsView() {
  const { t, store } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const stored = s.stored?.settings;
  const [d, setD] = useState<Draft | null>(stored ? draftOf(stored) : null);
  useEffect(() => {
    if (stored) setD(draftOf(stored));
  }, [stored]);

  if (!d || !stored) return <Spinner size="tiny" label={t.catalogLoading} />;
  const points = numberIn(d.points, 0, 100);
  const percent = numberIn(d.percent, 0, 10000);
  const departments = departmentsIn(d.departments);
  const valid = points !== null && percent !== null && departments !== null;
  const problems = s.stored?.problems ?? [];
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        void store.saveSettings({
          blankAsZero: d.blankAsZero,
          largeChangePoints: points,
          largeChangeRatio: percent / 100,
          installDataValidation: d.installDataValidation,
          expectedDepartments: departments,
        });
      }}
    >
      <Caption1 className={styles.intro}>{t.settingsIntro}</Caption1>
      {problems.map((p) => (
        <MessageBar key={p} intent="warning">
          <MessageBarBody>{fill(t.settingsDamaged, { detail: p })}</MessageBarBody>
        </MessageBar>
      ))}
      <Field hint={t.blankAsZeroHint}>
        <Switch label={t.blankAsZero} checked={d.blankAsZero} onChange={(_e, v) => setD({ ...d, blankAsZero: v.checked })} />
      </Field>
      <Field label={t.largeChangePoints} hint={t.largeChangeHint} validationMessage={points === null ? fill(t.numberInvalid, { min: 0, max: 100 }) : undefined}>
        <Input className={styles.number} type="number" min={0} max={100} step={0.1} value={d.points} onChange={(_e, v) => setD({ ...d, points: v.value })} />
      </Field>
      <Field label={t.largeChangeRatio} validationMessage={percent === null ? fill(t.numberInvalid, { min: 0, max: 10000 }) : undefined}>
        <Input className={styles.number} type="number" min={0} max={10000} step={1} value={d.percent} onChange={(_e, v) => setD({ ...d, percent: v.value })} />
      </Field>
      <Field hint={t.installValidationHint}>
        <Switch
          label={t.installValidation}
          checked={d.installDataValidation}
          onChange={(_e, v) => setD({ ...d, installDataValidation: v.checked })}
        />
      </Field>
      <Field
        label={t.expectedDepartments}
        hint={t.expectedDepartmentsHint}
        validationMessage={departments === null ? fill(t.expectedDepartmentsInvalid, { max: DEPARTMENTS_MAX, length: DEPARTMENT_LENGTH }) : undefined}
      >
        <Textarea resize="vertical" rows={4} value={d.departments} onChange={(_e, v) => setD({ ...d, departments: v.value })} />
      </Field>
      {/* A switch turned on looks in force; it is used once saved (a clerk's look: 再計算 still left the blanks). */}
      {changed(d, stored) && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.settingsUnsaved}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!valid || !s.host || s.busy !== null}>
          {t.settingsSave}
        </Button>
      </div>
    </form>
  );
}
