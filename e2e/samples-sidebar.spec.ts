import { expect, openPlayground, test } from './support/playground'

test('the sidebar lists all 34 samples, all passing, and filters them', async ({ page }) => {
  await openPlayground(page)
  await expect(page.getByTestId('samples-count')).toHaveText('34 / 34 passing')
  const items = page.locator('.sample-item')
  await expect(items).toHaveCount(34)
  await expect(page.locator('.sample-item[data-status="pass"]')).toHaveCount(34)

  await page.getByLabel('Filter samples by name').fill('auth_ssh')
  await expect(items).toHaveCount(5)
  await page.getByLabel('Filter samples by status').selectOption('fail')
  await expect(items).toHaveCount(0)
  await page.getByLabel('Filter samples by status').selectOption('all')
  await page.getByLabel('Filter samples by name').fill('')
  await expect(items).toHaveCount(34)
  await page.screenshot({ path: 'test-results/samples-sidebar.png' })
})
