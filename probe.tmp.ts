import { launch, DIST } from './test/e2e/browser';
import { serveStatic } from './test/e2e/static-server';
(async () => {
  const server = await serveStatic(DIST);
  const browser = await launch();
  for (const width of [350, 400, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 760 }, locale: 'ja-JP' });
    await context.route('https://appsforoffice.microsoft.com/**', (r) => r.abort('namenotresolved'));
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('status', { name: 'ブックの状態' }).getByText('計画表 4件').waitFor({ timeout: 30000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/pane-probe-${width}.png` });
    await page.getByRole('button', { name: '検証', exact: true }).click();
    await page.getByRole('status', { name: 'ブックの状態' }).getByText(/エラー \d+件/).waitFor();
    await page.getByRole('tab', { name: /検証結果/ }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/pane-probe-${width}-findings.png` });
    if (width === 1280) {
      await page.getByRole('button', { name: '集計・グラフ', exact: true }).click();
      await page.getByText(/集計シートとグラフシートを作成しました/).waitFor();
      await page.getByRole('tab', { name: 'グラフ' }).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/pane-probe-charts.png` });
      await page.locator('svg.sk-chart').nth(1).screenshot({ path: `/tmp/pane-probe-chart2.png` });
      await page.locator('svg.sk-chart').nth(2).screenshot({ path: `/tmp/pane-probe-chart3.png` });
    }
    await context.close();
  }
  await browser.close();
  await server.close();
})();
