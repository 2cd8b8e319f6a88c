import {
  expect,
  logEditor,
  openPlayground,
  replaceLogText,
  test,
  visibleText,
} from './support/playground'

const LINE = 'Connection from 1.2.3.4 port 33398'

test('paste a log line: see its rule, its event, and where source.ip came from', async ({
  page,
}) => {
  await openPlayground(page)
  await replaceLogText(page, LINE)

  // The line's badge names the rule, the same one the Rule tab shows.
  const badge = logEditor(page).locator('.rule-badge')
  await expect(badge).toHaveCount(1)
  await expect(badge).toHaveClass(/rule-badge-matched/)
  await page.getByRole('tab', { name: /^Rule/ }).click()
  const ruleName = (await page.getByTestId('rule-name').textContent()) ?? ''
  expect(ruleName).not.toBe('')
  await expect(badge).toHaveText(new RegExp(`${ruleName}$`))

  await page.getByRole('tab', { name: /^Event/ }).click()
  const eventEditor = page.getByTestId('event-editor')
  await expect.poll(() => visibleText(eventEditor)).toContain('"category": ["network"]')

  // Hovering source.ip in the output highlights the characters of the line it came from.
  await eventEditor
    .locator('.view-line', { hasText: '"ip": "1.2.3.4"' })
    .locator('span span', { hasText: '"1.2.3.4"' })
    .hover()
  const highlight = logEditor(page).locator('.field-source-highlight')
  await expect(highlight).toHaveText('1.2.3.4')
  const start = LINE.indexOf('1.2.3.4') + 1
  await expect(logEditor(page)).toHaveAttribute('data-field-source', `1:${start}-${start + 7}`)
  await page.screenshot({ path: 'test-results/paste-a-log.png' })

  // The other way round: hovering the capture in the line highlights the fields it feeds.
  // (Two pointer positions, as a hand gives: Monaco reads a move inside the editor, not the entry.)
  const capture = logEditor(page).locator('[class*="capture-c"]', { hasText: /^1\.2\.3\.4$/ })
  await capture.hover({ position: { x: 2, y: 4 } })
  await capture.hover({ position: { x: 8, y: 6 } })
  const fed = eventEditor.locator('.fed-field-highlight')
  await expect(fed.first()).toBeVisible()
  const fedText = (await fed.allTextContents()).join(' ')
  expect(fedText).toContain('"ip"')
  expect(fedText).toContain('"address"')
})
