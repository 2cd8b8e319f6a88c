import { expect, logEditor, openPlayground, test } from './support/playground'

test('every sample gets a description in the Explain tab; a field shows where it came from', async ({
  page,
}) => {
  await openPlayground(page)
  const items = page.locator('.sample-item')
  await expect(items).toHaveCount(34)
  const description = page.getByTestId('explain-description')

  for (const item of await items.all()) {
    const name = await item.getAttribute('data-sample')
    await item.click()
    // Opening a sample shows its Diff; the Explain tab is one click away.
    await page.getByRole('tab', { name: 'Explain' }).click()
    await expect(description, `description of ${name}`).toHaveText(/\w/)
    await expect(description, `description of ${name}`).not.toHaveText(/No description applies/)
  }

  await page.locator('.sample-item[data-sample="AUTH_SSH_event_opened"]').click()
  await page.getByRole('tab', { name: 'Explain' }).click()
  await expect(
    page.getByRole('img', { name: 'Relationships: 1.2.3.4 connected as root' }),
  ).toBeVisible()
  const ip = page.locator('.explain-field[data-field="source.ip"]')
  await expect(ip).toContainText('1.2.3.4')
  await ip.getByRole('button').focus()
  await expect(logEditor(page).locator('.field-source-highlight')).toHaveText('1.2.3.4')
  await page.screenshot({ path: 'test-results/explain.png' })
})
