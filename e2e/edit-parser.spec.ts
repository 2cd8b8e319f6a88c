import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, openPlayground, test } from './support/playground'

const BUILTIN = 'parser/formats/vmware-esxi/ingest/parser.yml'
// The rule of sample NETWORK_SOURCE, on line 29 of the built-in parser.yml.
const RULE = '(?P<event_action>Connection from) %{IP'
const BROKEN = '(?P<event_action>Connection from) %{NO_SUCH_PATTERN'
const MISSPELT = '(?P<event_action>Connexion from) %{IP'

const parserEditor = (page: Page) => page.getByTestId('parser-editor')

/** Edits parser.yml as a user would: the editor's find and replace, Replace All. */
async function replaceInParser(page: Page, from: string, to: string): Promise<void> {
  await parserEditor(page).locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+H')
  const find = parserEditor(page).getByRole('textbox', { name: 'Find' })
  await find.fill(from)
  await parserEditor(page).getByRole('textbox', { name: 'Replace' }).fill(to)
  await parserEditor(page)
    .getByRole('button', { name: /Replace All/ })
    .click()
  await page.keyboard.press('Escape')
}

async function exportedDefinition(page: Page): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export parser.yml' }).click()
  return readFile(await (await download).path(), 'utf8')
}

test('editing the parser: errors where they are, the last good parser meanwhile, what changed, kept, reset', async ({
  page,
}) => {
  const builtin = await readFile(BUILTIN, 'utf8')
  await openPlayground(page)
  await page.getByRole('tab', { name: 'Parser' }).click()
  await expect(parserEditor(page)).toContainText('pipeline:')
  const summary = page.getByTestId('regression-summary')
  await expect(summary).toHaveText('34/34 passing')
  // The rule that matched the line under the cursor is highlighted where it is written.
  await page.locator('[data-sample="NETWORK_SOURCE"]').click()
  await expect(parserEditor(page)).toHaveAttribute('data-matched-rule', 'SSHD_CONNECTION_FROM@29')
  await expect(parserEditor(page).locator('.matched-rule-line')).toHaveCount(1)

  // A pattern that does not exist: marked at its line, the last good parser keeps parsing.
  await replaceInParser(page, RULE, BROKEN)
  const notice = page.getByTestId('definition-notice')
  await expect(notice).toContainText(
    'definition has errors — showing results of the last good definition',
  )
  await expect(notice).toContainText(/line 29:\d+ — .*NO_SUCH_PATTERN/)
  await expect(page.getByTestId('samples-count')).toHaveText('34 / 34 passing')
  await expect(page.getByTestId('definition-badge')).toBeVisible()
  await parserEditor(page).locator('.view-lines').click()
  await page.keyboard.press('F8')
  await expect(parserEditor(page).locator('.active-line-number')).toHaveText('29')
  await expect(parserEditor(page).locator('.marker-widget')).toContainText('NO_SUCH_PATTERN')
  await page.keyboard.press('Escape')

  // Fixed: the notice goes and every sample passes.
  await replaceInParser(page, BROKEN, RULE)
  await expect(notice).toHaveCount(0)
  await expect(page.getByTestId('definition-badge')).toHaveCount(0)
  await expect(summary).toHaveText('34/34 passing')

  // A rule that no longer matches its sample: the summary names it, and opens its diff.
  await replaceInParser(page, RULE, MISSPELT)
  await expect(summary).toHaveText('33/34 passing — NETWORK_SOURCE now fail')
  await expect(page.getByTestId('samples-count')).toHaveText('33 / 34 passing')
  await expect(page.getByTestId('regression-delta')).toHaveText('−1')
  await summary.getByRole('button', { name: 'NETWORK_SOURCE' }).click()
  await expect(page.getByTestId('diff-badge')).toHaveAttribute('data-status', 'fail')
  const edited = await exportedDefinition(page)
  expect(edited).toBe(builtin.replace(RULE, MISSPELT))

  // Kept across a reload, on the Parser tab where the user left.
  await page.reload()
  await expect(page.getByTestId('samples-count')).toHaveText('33 / 34 passing')
  await expect(parserEditor(page)).toBeVisible()
  expect(await exportedDefinition(page)).toBe(edited)

  // Reset to the built-in definition, undoable.
  await page.getByRole('button', { name: 'Reset to built-in' }).click()
  await expect(summary).toHaveText('34/34 passing — NETWORK_SOURCE now pass')
  expect(await exportedDefinition(page)).toBe(builtin)
  await expect(page.getByRole('button', { name: 'Reset to built-in' })).toBeDisabled()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(summary).toHaveText('33/34 passing — NETWORK_SOURCE now fail')
  await page.getByRole('button', { name: 'Reset to built-in' }).click()
  await expect(page.getByTestId('samples-count')).toHaveText('34 / 34 passing')
})
