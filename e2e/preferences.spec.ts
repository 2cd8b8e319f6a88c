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

  // Lines: arrows move the cursor and the output follows; F8 jumps to the next unmatched line.
  await page.keyboard.press('ArrowUp')
  await expect(page.locator('.tab-line')).toHaveText('line 1')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('no rule here')
  await expect(logEditor(page).locator('.rule-badge-none')).toHaveCount(1)
  await page.keyboard.press('ControlOrMeta+End')
  await expect(page.locator('.tab-line')).toHaveText('line 3')
  await page.keyboard.press('F8')
  await expect(page.locator('.tab-line')).toHaveText('line 2')
  await page.keyboard.press('ControlOrMeta+Shift+K')
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

  // Panes are resizable, and keep their size.
  const samplesPane = page.locator('.samples-sidebar')
  const before = (await samplesPane.boundingBox())?.width ?? 0
  const separator = page.getByRole('separator').first()
  const handle = await separator.boundingBox()
  if (!handle) throw new Error('no pane separator')
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
  await page.mouse.down()
  await page.mouse.move(handle.x + handle.width / 2 + 120, handle.y + handle.height / 2, {
    steps: 5,
  })
  await page.mouse.up()
  await expect
    .poll(async () => (await samplesPane.boundingBox())?.width ?? 0)
    .toBeGreaterThan(before + 100)
  const resized = (await samplesPane.boundingBox())?.width ?? 0

  await page.reload()
  await expect(page.locator('.worker-status')).toHaveAttribute('data-state', 'ready')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(logEditor(page).locator('.rule-badge')).toHaveCount(2)
  const restored = await visibleText(logEditor(page))
  expect(restored).toContain('Unlocked esx.conf')
  expect(restored).toContain('Connection from 1.2.3.4 port 33398')
  await expect(logEditor(page).locator('.line-numbers')).toHaveCount(2)
  const restoredWidth = (await samplesPane.boundingBox())?.width ?? 0
  expect(Math.abs(restoredWidth - resized)).toBeLessThan(4)
  await page.screenshot({ path: 'test-results/preferences.png' })
})
