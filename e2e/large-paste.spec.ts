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

test('a paste too large for the browser storage: the page says the text is not kept, and keeps the rest', async ({
  page,
}) => {
  await openPlayground(page)
  // Another page of the site has filled the storage but for some 200,000 characters.
  await page.evaluate(() => {
    const piece = 'f'.repeat(100_000)
    let at = 0
    try {
      for (;;) localStorage.setItem(`filler-${at++}`, piece)
    } catch {
      localStorage.removeItem(`filler-${at - 1}`)
      localStorage.removeItem(`filler-${at - 2}`)
    }
  })
  const lines = Array.from({ length: 5000 }, (_, index) => `Connection from 10.0.0.1 port ${index}`)
  await replaceLogText(page, lines.join('\n'))
  await expect(page.getByTestId('saving-notice')).toHaveAttribute('data-saved', 'shrunk')
  await expect(page.getByTestId('saving-notice')).toContainText('too large to keep across a reload')
  // A setting changed meanwhile is still kept.
  await page.getByTestId('theme-toggle').click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  // After a reload the setting is there, and the editor holds what it held before the paste.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await expect(logEditor(page).locator('.rule-badge').first()).toBeVisible()
  await expect(logEditor(page)).not.toContainText('port 4999')
})
