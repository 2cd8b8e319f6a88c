import { expect, logEditor, openPlayground, replaceLogText, test } from './support/playground'

test('paste 2,000 lines: the editor stays usable and every line gets its rule', async ({
  page,
}) => {
  await openPlayground(page)
  const messages = await page
    .locator('[data-sample]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('title') ?? ''))
  // Distinct lines (a counter suffix), so nothing is answered from the cache.
  const lines = Array.from(
    { length: 2000 },
    (_, index) => `${messages[index % messages.length]} #${index}`,
  )
  await replaceLogText(page, lines.join('\n'))
  // The cursor ends the paste on its last line, and the output panel follows it.
  await expect(page.locator('.tab-line')).toHaveText('line 2000')
  await expect(logEditor(page).locator('.rule-badge').first()).toBeVisible()

  // Typing is taken at once while the rest is parsed.
  await page.keyboard.press('ControlOrMeta+Home')
  await page.keyboard.type('x')
  await expect(logEditor(page).locator('.view-line').first()).toContainText('xDisconnected')

  await page.keyboard.press('ControlOrMeta+End')
  await expect(logEditor(page).locator('.line-numbers', { hasText: /^2000$/ })).toBeVisible()
  await expect(logEditor(page).locator('.rule-badge').last()).toBeVisible()
  // The header's progress ("parsing N / 2,000 lines") is gone once every line has its answer.
  await expect(page.getByTestId('parse-progress')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/large-paste.png' })
})
