import {
  expect,
  logEditor,
  openPlayground,
  replaceLogText,
  test,
  visibleText,
} from './support/playground'

test('keyboard, theme and persistence: the page comes back as the user left it', async ({
  page,
}) => {
  await openPlayground(page)
  await replaceLogText(page, 'Unlocked esx.conf\nConnection from 1.2.3.4 port 33398')
  await expect(logEditor(page).locator('.rule-badge')).toHaveCount(2)

  // Alt+digit opens a tab even while typing in the editor; arrows walk the tab list.
  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('tab', { name: /^Trace/ })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('tab', { name: /^Trace/ }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: /^Diff/ })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(page.getByRole('tab', { name: /^Event/ })).toHaveAttribute('aria-selected', 'true')

  // The toggle walks system → light → dark.
  const toggle = page.getByTestId('theme-toggle')
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  await page.reload()
  await expect(page.locator('.worker-status')).toHaveAttribute('data-state', 'ready')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(logEditor(page).locator('.rule-badge')).toHaveCount(2)
  const restored = await visibleText(logEditor(page))
  expect(restored).toContain('Unlocked esx.conf')
  expect(restored).toContain('Connection from 1.2.3.4 port 33398')
  await expect(logEditor(page).locator('.line-numbers')).toHaveCount(2)
  await page.screenshot({ path: 'test-results/preferences.png' })
})
