import { expect, logEditor, openPlayground, test } from './support/playground'

test('open a sample, see no difference, change one character and see the diff fail', async ({
  page,
}) => {
  await openPlayground(page)
  await page.locator('[data-sample="AUTH_SSH_process_opened"]').click()

  await expect(page.getByRole('tab', { name: /^Diff/ })).toHaveAttribute('aria-selected', 'true')
  const summary = page.getByTestId('diff-summary')
  await expect(summary).toHaveAttribute('data-status', 'pass')
  await expect(summary).toHaveText(/^No difference/)
  await expect(page.getByTestId('diff-badge')).toHaveAttribute('data-status', 'pass')
  await page.screenshot({ path: 'test-results/sample-diff-pass.png' })

  // "…opened for 'root@1.2.3.4'." → "…opened for 'rooT@1.2.3.4'."
  const line = logEditor(page).locator('.view-line', {
    hasText: 'Event 974676 : SSH session was opened',
  })
  await line.click()
  await page.keyboard.press('End')
  for (let step = 0; step < "@1.2.3.4'.".length; step++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('T')

  await expect(summary).toHaveAttribute('data-status', 'fail')
  await expect(page.getByTestId('diff-badge')).toHaveAttribute('data-status', 'fail')
  await expect(page.getByTestId('diff-badge')).toHaveText(/fail/)
  // The diff editor marks what changed.
  await expect(
    page.locator('.diff-editor .char-insert, .diff-editor .line-insert').first(),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/sample-diff-fail.png' })
})
