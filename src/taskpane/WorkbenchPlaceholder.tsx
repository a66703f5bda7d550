import { Body1, Caption1, Subtitle2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n';

const SAMPLE_COMMAND = 'npx saiken inspect samples/tsuyama-plan2.xlsx';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '44rem',
    padding: tokens.spacingHorizontalXL,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    overflowX: 'auto',
    userSelect: 'all',
  },
});

/** What a plain browser shows: what this page is, and where the product runs today. */
export function WorkbenchPlaceholder({ t }: { t: Messages }) {
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <Title3 as="h1">{t.workbenchTitle}</Title3>
      <Body1 as="p">{t.workbenchWhat}</Body1>
      <section className={styles.section} aria-labelledby="saiken-excel">
        <Subtitle2 as="h2" id="saiken-excel">
          {t.workbenchExcelHeading}
        </Subtitle2>
        <Body1 as="p">{t.workbenchExcel}</Body1>
      </section>
      <section className={styles.section} aria-labelledby="saiken-cli">
        <Subtitle2 as="h2" id="saiken-cli">
          {t.workbenchCliHeading}
        </Subtitle2>
        <Body1 as="p">{t.workbenchCli}</Body1>
        <pre className={styles.code}>
          <code>{SAMPLE_COMMAND}</code>
        </pre>
      </section>
      <Caption1 as="p">{t.workbenchLater}</Caption1>
    </main>
  );
}
