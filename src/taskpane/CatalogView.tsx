/**
 * The classification catalog: search the entries this workbook sees (name, class, basis), and add
 * or override an entry for this workbook. Overrides are stored in the workbook.
 */
import { useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  SearchBox,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import type { OverrideEntry } from '../core/catalog';
import { fill } from '../i18n/pane';
import { usePane, usePaneState } from './context';
import type { CatalogRow } from './model';

const CLASSES = ['強制徴収公債権', '非強制徴収公債権', '私債権'] as const;
const PAGE = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
  bar: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  search: { flexGrow: 1, maxWidth: 'none' },
  count: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  entry: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  entryMain: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  nameLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: '2px' },
  name: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  basis: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  aliases: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  local: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  localItem: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  formCard: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  formTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  formActions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

const CLASS_COLOR = { 強制徴収公債権: 'danger', 非強制徴収公債権: 'warning', 私債権: 'success' } as const;

function ClassBadge({ cls }: { cls: string }) {
  const { t } = usePane();
  const color = CLASS_COLOR[cls as keyof typeof CLASS_COLOR] ?? 'informative';
  return (
    <Badge appearance="tint" size="small" color={color}>
      {t.classes[cls] ?? cls}
    </Badge>
  );
}

interface Draft {
  name: string;
  cls: string;
  basis: string;
  aliases: string;
  note: string;
  /** Overriding an existing entry: its name is fixed. */
  existing: boolean;
}

function draftOf(row: CatalogRow | null): Draft {
  if (!row) return { name: '', cls: CLASSES[0], basis: '', aliases: '', note: '', existing: false };
  return { name: row.name, cls: row.class, basis: row.basis, aliases: '', note: row.note, existing: true };
}

function EntryForm({ draft: initial, onClose }: { draft: Draft; onClose: () => void }) {
  const { t, store } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const [d, setD] = useState(initial);
  const [tried, setTried] = useState(false);
  const nameMissing = d.name.trim() === '';
  const save = async () => {
    setTried(true);
    if (nameMissing) return;
    const aliases = d.aliases
      .split(/[、,，]/)
      .map((a) => a.trim())
      .filter(Boolean);
    const entry: OverrideEntry = {
      name: d.name.trim(),
      class: d.cls as OverrideEntry['class'],
      ...(d.basis.trim() ? { basis: d.basis.trim() } : {}),
      ...(aliases.length ? { aliases } : {}),
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
    };
    if (await store.saveOverride(entry)) onClose();
  };
  return (
    <section className={styles.formCard} aria-labelledby="saiken-entry-form">
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Subtitle2 as="h2" id="saiken-entry-form" className={styles.formTitle}>
          {initial.existing ? fill(t.catalogFormOverride, { name: initial.name }) : t.catalogFormAdd}
        </Subtitle2>
        <Field label={t.catalogName} required validationMessage={tried && nameMissing ? t.catalogNameRequired : undefined}>
          <Input value={d.name} readOnly={initial.existing} maxLength={100} autoFocus={!initial.existing} onChange={(_e, v) => setD({ ...d, name: v.value })} />
        </Field>
        <Field label={t.catalogClass}>
          <Select value={d.cls} autoFocus={initial.existing} onChange={(_e, v) => setD({ ...d, cls: v.value })}>
            {CLASSES.map((c) => (
              <option key={c} value={c}>
                {t.classes[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.catalogBasisLabel}>
          <Input value={d.basis} maxLength={500} onChange={(_e, v) => setD({ ...d, basis: v.value })} />
        </Field>
        <Field label={t.catalogAliases}>
          <Input value={d.aliases} onChange={(_e, v) => setD({ ...d, aliases: v.value })} />
        </Field>
        <Field label={t.catalogNote}>
          <Textarea value={d.note} maxLength={1000} resize="vertical" onChange={(_e, v) => setD({ ...d, note: v.value })} />
        </Field>
        <div className={styles.formActions}>
          <Button appearance="primary" type="submit" disabled={s.busy !== null}>
            {t.catalogSave}
          </Button>
          <Button onClick={onClose}>{t.cancel}</Button>
        </div>
      </form>
    </section>
  );
}

export function CatalogView() {
  const { t, store } = usePane();
  const s = usePaneState();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [form, setForm] = useState<Draft | null>(null);
  const rows = s.catalog;
  const found = useMemo(() => {
    if (!rows) return [];
    const words = query.trim().toLowerCase().normalize('NFKC').split(/\s+/).filter(Boolean);
    if (!words.length) return rows;
    return rows.filter((r) => {
      const hay = `${r.name} ${r.aliases.join(' ')} ${r.class} ${t.classes[r.class] ?? ''} ${r.basis}`.toLowerCase().normalize('NFKC');
      return words.every((w) => hay.includes(w));
    });
  }, [rows, query, t]);

  if (!rows) return <Spinner size="tiny" label={t.catalogLoading} />;
  const local = s.stored?.overrides ?? [];
  return (
    <div className={styles.root}>
      <Caption1 className={styles.intro}>{t.catalogIntro}</Caption1>
      <div className={styles.bar}>
        <SearchBox
          className={styles.search}
          size="small"
          placeholder={t.catalogSearch}
          aria-label={t.catalogSearch}
          value={query}
          onChange={(_e, d) => {
            setQuery(d.value);
            setLimit(PAGE);
          }}
        />
        <Button size="small" icon={<AddRegular />} disabled={!s.host || s.busy !== null} onClick={() => setForm(draftOf(null))}>
          {t.catalogAdd}
        </Button>
      </div>
      {form && <EntryForm key={`${form.name}|${form.existing}`} draft={form} onClose={() => setForm(null)} />}
      {local.length > 0 && (
        <section className={styles.local} aria-labelledby="saiken-catalog-local">
          <Subtitle2 as="h2" id="saiken-catalog-local" style={{ fontSize: tokens.fontSizeBase300 }}>
            {fill(t.catalogLocal, { n: local.length })}
          </Subtitle2>
          {local.map((e) => (
            <div key={e.name} className={styles.localItem}>
              <span className={styles.nameLine}>
                <span className={styles.name}>{e.name}</span>
                <ClassBadge cls={e.class} />
              </span>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={fill(t.catalogRemoveOf, { name: e.name })}
                disabled={s.busy !== null}
                onClick={() => void store.removeOverride(e.name)}
              >
                {t.catalogRemove}
              </Button>
            </div>
          ))}
        </section>
      )}
      <Caption1 className={styles.count} aria-live="polite">
        {fill(t.catalogCount, { shown: Math.min(limit, found.length), total: rows.length })}
      </Caption1>
      <ul className={styles.list}>
        {found.slice(0, limit).map((r) => (
          <li key={r.id} className={styles.entry}>
            <div className={styles.entryMain}>
              <span className={styles.nameLine}>
                <span className={styles.name}>{r.name}</span>
                <ClassBadge cls={r.class} />
                {r.overridden && (
                  <Badge appearance="outline" size="small" color="brand">
                    {t.catalogOverridden}
                  </Badge>
                )}
              </span>
              <span className={styles.basis}>{r.basis ? fill(t.catalogBasis, { basis: r.basis }) : t.catalogNoBasis}</span>
              {r.aliases.length > 0 && <span className={styles.aliases}>{r.aliases.slice(0, 6).join('、')}</span>}
            </div>
            <Button
              size="small"
              appearance="subtle"
              icon={<EditRegular />}
              aria-label={fill(t.catalogOverrideOf, { name: r.name })}
              title={fill(t.catalogOverrideOf, { name: r.name })}
              disabled={!s.host || s.busy !== null}
              onClick={() => setForm(draftOf(r))}
            />
          </li>
        ))}
      </ul>
      {found.length > limit && (
        <Button appearance="secondary" size="small" onClick={() => setLimit(limit + PAGE)}>
          {t.catalogMore}
        </Button>
      )}
      {!found.length && <Body1 className={styles.count}>{t.findingsNoMatch}</Body1>}
    </div>
  );
}
