import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, openPlayground, test } from './support/playground'

const DEFINITION = readFileSync(
  new URL('../parser/formats/vmware-esxi/ingest/parser.yml', import.meta.url),
  'utf8',
)

/** The 1-based line of parser.yml whose text starts with `prefix` once indented. */
function lineStartingWith(prefix: string): number {
  return DEFINITION.split('\n').findIndex((line) => line.trimStart().startsWith(prefix)) + 1
}

/** The 1-based line of parser.yml where `text` first occurs. */
function firstLineWith(text: string): number {
  return DEFINITION.split('\n').findIndex((line) => line.includes(text)) + 1
}

async function openParserTab(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Parser' }).click()
  const editor = page.getByTestId('parser-tab').locator('.monaco-editor')
  // The tab may open scrolled to the rule of the current line: any of parser.yml will do.
  await expect(editor.locator('.view-lines')).toContainText(/%\{|name:/)
  return editor
}

/** Finds `text` with the editor's Find widget; returns its match count ('No results', 'N of M'). */
async function find(page: Page, editor: Locator, text: string): Promise<Locator> {
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+F')
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
  const count = editor.locator('.find-widget .matchesCount')
  await expect(count).not.toHaveText('')
  return count
}

/** The rows of the editor's suggestion list. */
const suggestionRows = (page: Page): Locator => page.locator('.suggest-widget .monaco-list-row')

async function findCount(page: Page, editor: Locator, text: string): Promise<string> {
  const shown = (await (await find(page, editor, text)).textContent()) ?? ''
  await page.keyboard.press('Escape')
  return shown
}

/** Moves the cursor `into` characters past the start of `text` (or to its end), found with Find. */
async function cursorAt(page: Page, editor: Locator, text: string, into: number | 'end') {
  await expect(await find(page, editor, text)).toHaveText('1 of 1')
  await page.keyboard.press('Escape')
  if (into === 'end') {
    await page.keyboard.press('ArrowRight')
    return
  }
  await page.keyboard.press('ArrowLeft')
  for (let step = 0; step < into; step++) await page.keyboard.press('ArrowRight')
}

test('a grok pattern name shows its expansion on hover and leads to its definition', async ({
  page,
}) => {
  await openPlayground(page)
  const editor = await openParserTab(page)
  await cursorAt(page, editor, '%{SSHD_CONNECTION_FROM}', 4)

  await page.keyboard.press('Control+K')
  await page.keyboard.press('Control+I')
  const hover = page.locator('.monaco-hover').filter({ hasText: 'SSHD_CONNECTION_FROM' })
  await expect(hover).toContainText('SSHD_CONNECTION_FROM — custom pattern')
  await expect(hover).toContainText('Expands to:')
  // The reference %{IP:source_ip} of its definition is expanded down to IPv4's octets.
  await expect(hover).toContainText('(?P<source_ip>')
  await expect(hover).toContainText('25[0-5]')
  await page.keyboard.press('Escape')

  const activeLine = editor.locator('.line-numbers.active-line-number')
  await page.keyboard.press('F12')
  await expect(activeLine).toHaveText(String(lineStartingWith('SSHD_CONNECTION_FROM:')))

  // From a template's capture to the first pattern that names it.
  await cursorAt(page, editor, 'result.source_port', 9)
  await page.keyboard.press('F12')
  await expect(activeLine).toHaveText(String(firstLineWith(':source_port}')))
})

test('typing offers pattern names after %{ and capture names after parsed_event.result.', async ({
  page,
}) => {
  await openPlayground(page)
  const editor = await openParserTab(page)
  const suggestions = suggestionRows(page)

  await cursorAt(page, editor, '%{SSHD_CONNECTION_FROM}', 'end')
  await page.keyboard.type('|%{IP')
  await expect(suggestions.filter({ hasText: /^IPV4/ })).toBeVisible()
  await page.keyboard.press('Escape')

  await cursorAt(page, editor, 'result.source_port', 'end')
  await page.keyboard.type(' or parsed_event.result.')
  await expect(suggestions.filter({ hasText: /^user_name/ })).toBeVisible()
  await expect(suggestions.filter({ hasText: /^source_ip/ })).toBeVisible()
})

test('F2 renames a custom pattern at its definition and every reference', async ({ page }) => {
  await openPlayground(page)
  const editor = await openParserTab(page)
  await cursorAt(page, editor, 'SSHD_CONNECTION_FROM:', 3)
  await page.keyboard.press('F2')
  const input = page.locator('.rename-box input')
  await expect(input).toHaveValue('SSHD_CONNECTION_FROM')
  await input.fill('SSHD_CONNECTED_FROM')
  await input.press('Enter')
  await expect.poll(() => findCount(page, editor, 'SSHD_CONNECTED_FROM')).toMatch(/of 2$/)
  expect(await findCount(page, editor, 'SSHD_CONNECTION_FROM')).toBe('No results')
})

test("typing | in a template offers the engine's filters, and the one picked compiles", async ({
  page,
}) => {
  await openPlayground(page)
  const editor = await openParserTab(page)
  const suggestions = suggestionRows(page)
  const firstSuggestion = suggestions.and(page.locator('[data-index="0"]'))
  const notice = page.getByTestId('definition-notice')
  await expect(page.getByTestId('regression-summary')).toHaveText('34/34 passing')

  await cursorAt(page, editor, 'result.user_name }}', 'end')
  // Typed closed first: whether Monaco closes the braces itself varies from one run to the next.
  await page.keyboard.type('{{ message }}')
  for (let left = 0; left < 3; left++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.type(' | ')
  // The engine's filters in alphabetical order: the list is too long to show lower without typing.
  await expect(firstSuggestion).toContainText(/^abs/)
  await expect(suggestions.filter({ hasText: /^basename/ })).toBeVisible()
  // Half typed, the template does not compile.
  await expect(notice).toContainText('definition has errors')

  await page.keyboard.type('lo')
  await expect(firstSuggestion).toContainText(/^lower/)
  await page.keyboard.press('Enter')
  await expect(editor.locator('.view-lines')).toContainText(/\{\{\s*message\s*\|\s*lower\s*\}\}/)
  await expect(notice).toHaveCount(0)
  await expect(page.getByTestId('regression-summary')).toHaveText('34/34 passing')
})
