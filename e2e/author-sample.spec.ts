import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  authorAndExport,
  authorSample,
  AUTHORED_LINE as LINE,
  AUTHORED_NAME as NAME,
} from './support/authoring'
import { expectedSampleFile, parsedEvent } from './support/expectedSample'
import {
  expect,
  freshProfile,
  logEditor,
  openPlayground,
  replaceLogText,
  test,
  visibleText,
} from './support/playground'

/** Replaces the expected-event editor's text by a paste, as a user bringing JSON from elsewhere. */
async function pasteExpected(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((content) => navigator.clipboard.writeText(content), text)
  await page.getByTestId('expected-editor').locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

/** The editor's lines as typed: without the rule badge Monaco draws after each one. */
async function shownLines(page: Page): Promise<string> {
  const text = await visibleText(logEditor(page))
  return text
    .split('\n')
    .map((line) => line.replace(/ +⟵ .*$/, ''))
    .join('\n')
}

test('author a sample from a pasted line, edit its expected, reload, export it byte-exact', async ({
  page,
}) => {
  await authorSample(page)
  const mine = page.locator(`[data-user-sample="${NAME}"] .sample-item`)
  await expect(mine).toHaveAttribute('data-status', 'pass')
  await expect(mine).toContainText('yours')
  const status = page.getByTestId('expected-status')
  await expect(status).toHaveAttribute('data-status', 'pass')

  // A broken edit says where it breaks and changes nothing; a valid one is compared at once.
  await pasteExpected(page, '{\n  "user": {\n    "name": "someone"\n  \n}')
  await expect(page.getByTestId('expected-error')).toHaveText(/^Invalid JSON at 5:2: /)
  await expect(mine).toHaveAttribute('data-status', 'pass')
  // The edited field first (a key keeps its first place when reassigned), so it is on the
  // editor's first visible lines after the reload.
  const edited = Object.assign({ user: {} }, parsedEvent(LINE), { user: { name: 'someone-else' } })
  await pasteExpected(page, JSON.stringify(edited, null, 2))
  await expect(page.getByTestId('expected-error')).toHaveText('')
  await expect(status).toHaveAttribute('data-status', 'fail')
  await expect(mine).toHaveAttribute('data-status', 'fail')

  await page.reload()
  await expect(mine).toHaveAttribute('data-status', 'fail')
  await mine.click()
  await expect(page.getByTestId('expected-editor')).toContainText('someone-else')
  await page.screenshot({ path: 'test-results/author-sample-edited.png' })

  await page.getByRole('button', { name: 'Accept actual as expected' }).click()
  await expect(mine).toHaveAttribute('data-status', 'pass')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(mine).toHaveAttribute('data-status', 'fail')
  await page.getByRole('button', { name: 'Accept actual as expected' }).click()
  await expect(mine).toHaveAttribute('data-status', 'pass')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: `Export ${NAME}` }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`${NAME}.json`)
  expect(await readFile(await file.path(), 'utf8')).toBe(expectedSampleFile(NAME, LINE))
  await page.screenshot({ path: 'test-results/author-sample.png' })

  await page.getByRole('button', { name: `Delete ${NAME}` }).click()
  await expect(mine).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(mine).toHaveAttribute('data-status', 'pass')
})

/** Puts the cursor at the end of the Expected editor's second line, where the first field ends. */
async function endOfFirstField(page: Page): Promise<void> {
  await page.getByTestId('expected-editor').locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+Home')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
}

test('invalid JSON typed in Expected survives a reload with its error, and passes once fixed', async ({
  page,
}) => {
  await authorSample(page)
  const mine = page.locator(`[data-user-sample="${NAME}"] .sample-item`)
  const status = page.getByTestId('expected-status')
  await expect(status).toHaveAttribute('data-status', 'pass')
  const editor = page.getByTestId('expected-editor')
  const error = page.getByTestId('expected-error')
  await expect.poll(() => visibleText(editor)).toContain('"message": ')
  const valid = await visibleText(editor)
  // Line 1 is the brace: the first comma ending a line ends the first field.
  const broken = valid.replace(/,\n/, '\n')

  // The first field's comma taken away: the JSON breaks where the second field starts.
  await endOfFirstField(page)
  await page.keyboard.press('Backspace')
  await expect(error).toHaveText(/^Invalid JSON at 3:3: /)
  await expect.poll(() => visibleText(editor)).toBe(broken)
  const reason = await error.textContent()

  await page.reload()
  await mine.click()
  await expect(error).toHaveText(reason ?? '')
  await expect.poll(() => visibleText(editor)).toBe(broken)
  await expect(mine).toHaveAttribute('data-status', 'pass')
  await page.screenshot({ path: 'test-results/author-sample-draft.png' })

  await endOfFirstField(page)
  await page.keyboard.type(',')
  await expect(error).toHaveText('')
  await expect.poll(() => visibleText(editor)).toBe(valid)
  await expect(status).toHaveAttribute('data-status', 'pass')
  // Once valid, the draft is gone: a reload shows the event with nothing to report.
  await page.reload()
  await mine.click()
  await expect(status).toHaveAttribute('data-status', 'pass')
  await expect.poll(() => visibleText(editor)).toBe(valid)
  await expect(error).toHaveText('')
})

test('a draft too long to keep whole is cut by a reload, and the Expected tab says so', async ({
  page,
}) => {
  await authorSample(page)
  const note = page.getByTestId('expected-draft-note')
  await pasteExpected(page, `[${'x'.repeat(300_000)}`)
  await expect(page.getByTestId('expected-error')).toHaveText(/^Invalid JSON at 1:300002: /)
  await expect(note).toHaveText('A reload keeps only the first 262,144 characters of this draft.')

  await page.reload()
  await page.locator(`[data-user-sample="${NAME}"] .sample-item`).click()
  await expect(page.getByTestId('expected-error')).toHaveText(/^Invalid JSON at 1:262145: /)
  await expect(note).toHaveText(
    'This draft was longer than 262,144 characters when the page was left: only its first 262,144 were kept.',
  )
})

test('a sample exported from one profile imports into a fresh one and passes; a bad file is listed', async ({
  page,
  browser,
  baseURL,
}) => {
  const exported = await authorAndExport(page)

  // A new profile shares nothing with the first: no storage, so no samples of its own.
  const { page: other, close } = await freshProfile(browser, baseURL)
  await openPlayground(other)
  await expect(other.locator('[data-user-sample]')).toHaveCount(0)
  await other.getByLabel('Import samples (.json or .zip)').setInputFiles([
    { name: `${NAME}.json`, mimeType: 'application/json', buffer: exported },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "input": ') },
  ])
  const report = other.getByTestId('import-report')
  await expect(report).toContainText('Imported 1 sample(s).')
  await expect(report).toContainText('broken.json: ')
  await expect(other.locator(`[data-user-sample="${NAME}"] .sample-item`)).toHaveAttribute(
    'data-status',
    'pass',
  )
  await other.screenshot({ path: 'test-results/author-sample-imported.png' })
  await close()
})

test('a permalink opened in a fresh context shows the same lines and sample; a garbage one changes nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  const lines = `Connection from 1.2.3.4 port 33398\n${LINE}`
  await openPlayground(page)
  await replaceLogText(page, lines)
  await page.getByRole('button', { name: 'New sample from this line' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByTestId('share-message')).toHaveText('Link copied.')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(new URL(link).hash).toMatch(/^#v1\./)

  const { page: other, close } = await freshProfile(browser, baseURL)
  await other.goto(link)
  await expect(other.locator('.worker-status')).toHaveAttribute('data-state', 'ready')
  await expect.poll(() => shownLines(other)).toBe(lines)
  await expect(other.locator('[data-user-sample="shared_line_2"] .sample-item')).toHaveAttribute(
    'data-status',
    'pass',
  )
  // The fragment is dropped once opened, so a reload keeps what the user does next.
  expect(new URL(other.url()).hash).toBe('')
  await other.screenshot({ path: 'test-results/author-sample-permalink.png' })

  await other.goto('/#v1.this-is-not-a-link')
  await expect(other.getByTestId('share-message')).toContainText('This link could not be opened')
  await expect.poll(() => shownLines(other)).toBe(lines)
  await close()
})

test('a built-in sample stays read-only: editing it starts from a passing user copy', async ({
  page,
}) => {
  await openPlayground(page)
  await page.locator('[data-sample="AUTH_SSH_process_opened"]').click()
  await page.getByRole('button', { name: 'Edit a copy of AUTH_SSH_process_opened' }).click()
  const copy = page.locator('[data-user-sample="AUTH_SSH_process_opened_2"] .sample-item')
  await expect(copy).toHaveAttribute('data-status', 'pass')
  await expect(page.getByTestId('expected-status')).toHaveAttribute('data-status', 'pass')
  await expect(page.getByTestId('samples-count')).toHaveText('34 / 34 passing')
})

test('the Expected editor flags an unknown field and a wrong type against ECS and the format', async ({
  page,
}) => {
  await authorSample(page)
  await expect(page.getByTestId('expected-status')).toHaveAttribute('data-status', 'pass')
  const squiggles = page
    .getByTestId('expected-editor')
    .locator('.squiggly-warning, .squiggly-error')

  await pasteExpected(page, '{\n  "message": "x",\n  "user": { "nmae": "someone" }\n}')
  await expect(squiggles).not.toHaveCount(0)
  await page.screenshot({ path: 'test-results/author-sample-schema.png' })
  await pasteExpected(page, '{\n  "message": "x",\n  "source": { "port": "not a port" }\n}')
  await expect(squiggles).not.toHaveCount(0)
  // The event the parser makes passes, so what was flagged was the edit and nothing else.
  await pasteExpected(page, JSON.stringify(parsedEvent(LINE), null, 2))
  await expect(page.getByTestId('expected-status')).toHaveAttribute('data-status', 'pass')
  await expect(squiggles).toHaveCount(0)
})
