import { expect, logEditor, openPlayground, replaceLogText, test } from './support/playground'

// The fixture fails any test that reached another origin; this one walks every view to prove it.
test('a full session stays on the page origin', async ({ page, foreignRequests }) => {
  await openPlayground(page)
  await page.locator('[data-sample="AUTH_SESSION_change_user_with_user_agent"]').click()
  await expect(page.getByTestId('diff-summary')).toBeVisible()
  for (const tab of ['Event', 'Rule', 'Captures', 'Trace', 'Diff']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click()
    await expect(page.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }
  await page.getByRole('tab', { name: /^Event/ }).click()
  const eventEditor = page.getByTestId('event-editor')
  // ECS's description of the field under the pointer, from the bundled @elastic/ecs.
  await eventEditor
    .locator('.view-line', { hasText: '"kind": "event"' })
    .locator('span span', { hasText: '"kind"' })
    .hover()
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('event.kind')
  await page.getByTestId('theme-toggle').click()
  await replaceLogText(page, 'this line matches no rule')
  await expect(logEditor(page).locator('.rule-badge-none')).toBeVisible()
  // Replacing the pinned sample's line ends the comparison with it.
  await expect(page.getByTestId('diff-badge')).toHaveCount(0)
  expect(foreignRequests).toEqual([])
  await page.screenshot({ path: 'test-results/full-session.png' })
})
