import { expect, openPlayground, test } from './support/playground'

test('the app opens and its parser worker answers with the parser version', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('ESXi Parser Playground')
  const status = page.locator('.worker-status')
  await expect(status).toHaveAttribute('data-state', 'ready')
  await expect(status).toHaveText(/^parser \d+\.\d+\.\d+\S* ready$/)
  await openPlayground(page)
  await page.screenshot({ path: 'test-results/shell.png' })
})
