import { Body1, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** The pane inside Excel until the real pane (tables, findings, catalog, settings) replaces it. */
export function ExcelHome({ t }: { t: Messages }) {
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <Title3 as="h1">{t.paneTitle}</Title3>
      <Body1 as="p">{t.paneIntro}</Body1>
      <Caption1 as="p">{t.paneComingSoon}</Caption1>
    </main>
  );
}
