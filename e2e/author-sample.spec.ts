import { readFile } from 'node:fs/promises'
import { expectedSampleFile } from './support/expectedSample'
import { expect, openPlayground, replaceLogText, test } from './support/playground'

// A line no built-in sample has, with no timestamp, so its event does not depend on the clock.
const LINE = 'Accepted password for auditor from 10.20.30.40 port 52814 ssh2'

test('author a sample from a pasted line; it persists across a reload and exports byte-exact', async ({
  page,
}) => {
  // The name the app proposes: the rule that matched the line.
  const name = 'SSHD_ACCEPTED_AUTHENTICATION'
  await openPlayground(page)
  await replaceLogText(page, LINE)
  const mine = page.locator(`[data-user-sample="${name}"]`)
  await page.getByRole('button', { name: 'New sample from this line' }).click()
  await expect(mine.locator('.sample-item')).toHaveAttribute('data-status', 'pass')
  await expect(mine).toContainText('yours')

  await page.reload()
  await expect(mine.locator('.sample-item')).toHaveAttribute('data-status', 'pass')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: `Export ${name}` }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`${name}.json`)
  const path = await file.path()
  expect(await readFile(path, 'utf8')).toBe(expectedSampleFile(name, LINE))
  await page.screenshot({ path: 'test-results/author-sample.png' })

  await page.getByRole('button', { name: `Delete ${name}` }).click()
  await expect(mine).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(mine.locator('.sample-item')).toHaveAttribute('data-status', 'pass')
})
