import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import { TINY_FORMAT } from '../app/formats/testing/tinyFormat'
import { encodePermalink } from '../app/share/permalink'
import type { EcsEvent } from '../parser/types'
import {
  expectInert,
  HOSTILE_LINES,
  hostileExpected,
  LONE_SURROGATES,
  MEGABYTE_LINE,
  recordDialogs,
} from './support/hostile'
import {
  expect,
  logEditor,
  openPlayground,
  replaceEditorText,
  replaceLogText,
  test,
  visibleText,
} from './support/playground'

const TABS = ['Event', 'Rule', 'Captures', 'Trace', 'Diff', 'Explain', 'Expected']
const LINES = Object.values(HOSTILE_LINES)

/** Puts the cursor on line `line` (1-based) of the log editor. */
async function goToLine(page: Page, line: number): Promise<void> {
  await logEditor(page).locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+Home')
  for (let step = 1; step < line; step++) await page.keyboard.press('ArrowDown')
  await expect(page.locator('.tab-line')).toHaveText(`line ${line}`)
}

/** Opens every output tab on the current line, so each view renders the line and its event. */
async function visitTabs(page: Page, dialogs: readonly string[]): Promise<void> {
  for (const name of TABS) {
    await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click()
    await expect(page.getByTestId(`panel-${name.toLowerCase()}`)).toBeVisible()
    await expectInert(page, dialogs)
  }
}

/** The Explain tab's value of `field` (default: message), as the user reads it. */
async function explainedValue(page: Page, field = 'message'): Promise<string> {
  await page.getByRole('tab', { name: /^Explain/ }).click()
  const value = page.locator(`.explain-field[data-field="${field}"] .explain-field-value`)
  return (await value.textContent()) ?? ''
}

test.describe('hostile content stays inert and readable', () => {
  test('pasted into the log editor: every view shows it as text, control characters as escapes', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page)
    await openPlayground(page)
    await replaceLogText(page, LINES.join('\n'))
    await expect(logEditor(page).locator('.rule-badge')).toHaveCount(LINES.length)

    // Monaco draws control characters as symbols; the markup reads as the characters typed.
    const shown = await visibleText(logEditor(page))
    expect(shown).toContain(HOSTILE_LINES.script)
    expect(shown).toContain('nul\u2400bell\u2407back\u2408')

    for (let line = 1; line <= LINES.length; line++) {
      await goToLine(page, line)
      await visitTabs(page, dialogs)
    }
    await goToLine(page, LINES.indexOf(HOSTILE_LINES.controls) + 1)
    expect(await explainedValue(page)).toBe(
      'nul\\x00bell\\x07back\\x08tab\tvt\\x0bff\\x0cdel\\x7fend',
    )
    await goToLine(page, LINES.indexOf(HOSTILE_LINES.bidi) + 1)
    expect(await explainedValue(page)).toBe('user \\u202eexe.txt\\u202c ok')
    await page.screenshot({ path: 'test-results/hostile-pasted.png' })
  })

  test('a 1 MB line of markup, pasted or opened from a link, is parsed and shown as text', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page)
    const eventEditor = page.getByTestId('event-editor')
    // Monaco stops drawing a line after 10,000 characters, the rule badge at its end included.
    const parsed = () =>
      expect
        .poll(() => visibleText(eventEditor))
        .toMatch(/"message": "<img src=x onerror=\\"window.__pwned=1\\">.*\n\s*"event": \{/)
    await openPlayground(page)
    await replaceLogText(page, MEGABYTE_LINE)
    await parsed()
    await visitTabs(page, dialogs)

    // Markup compresses well: the line fits in a link, which opens the same way.
    const link = encodePermalink({ lines: [MEGABYTE_LINE] })
    if (!link.ok) throw new Error(link.reason)
    await page.goto(`/#${link.fragment}`)
    await page.getByRole('tab', { name: /^Event/ }).click()
    await parsed()
    await visitTabs(page, dialogs)
  })

  test('imported as sample files: the sidebar, the editor, Diff and Expected show them inert', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page)
    await openPlayground(page)
    const sampleFile = (name: string, message: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ input: { message }, expected: hostileExpected(message) }, null, 2),
      ),
    })
    const files = [...LINES, LONE_SURROGATES, MEGABYTE_LINE].map((message, index) =>
      sampleFile(`hostile_${index}.json`, message),
    )
    // A file named like markup is a name like any other.
    files.push(sampleFile('<img src=x onerror=window.__pwned=1>.json', HOSTILE_LINES.script))
    await page.getByLabel('Import samples (.json or .zip)').setInputFiles(files)
    await expect(page.getByTestId('import-report')).toContainText(
      `Imported ${files.length} sample(s).`,
    )
    await expectInert(page, dialogs)

    for (let index = 0; index < files.length; index++) {
      await page.locator('[data-user-sample] .sample-item').nth(index).click()
      await visitTabs(page, dialogs)
    }
    await expect(page.locator('[data-user-sample="hostile_9"] .sample-item')).toHaveAttribute(
      'title',
      'lone \\ud800 high and \\udfff low',
    )
    await page.screenshot({ path: 'test-results/hostile-imported.png' })
  })

  test('opened from a permalink: the lines and their samples are shown inert', async ({ page }) => {
    const dialogs = recordDialogs(page)
    const lines = [...LINES, LONE_SURROGATES]
    const expected: Record<string, EcsEvent> = {}
    lines.forEach((line, index) => {
      expected[String(index)] = hostileExpected(line) as EcsEvent
    })
    const link = encodePermalink({ lines, expected })
    if (!link.ok) throw new Error(link.reason)

    await page.goto(`/#${link.fragment}`)
    await expect(page.locator('.worker-status')).toHaveAttribute('data-state', 'ready')
    await expect(logEditor(page).locator('.rule-badge')).toHaveCount(lines.length)
    await expect(page.locator('[data-user-sample]')).toHaveCount(lines.length)
    for (let line = 1; line <= lines.length; line++) {
      await goToLine(page, line)
      await visitTabs(page, dialogs)
    }
    expect(await explainedValue(page)).toBe('lone \\ud800 high and \\udfff low')
  })

  test('opened as a whole log file: the results list, coverage and output panel show it inert', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page)
    const folder = await mkdtemp(join(tmpdir(), 'hostile-file-'))
    const path = join(folder, '<img src=x onerror=window.__pwned=1>.log')
    await writeFile(path, `${[...LINES, MEGABYTE_LINE].join('\n')}\n`)
    await openPlayground(page)
    await page.getByRole('tab', { name: 'File', exact: true }).click()
    await page.getByTestId('open-log-file').setInputFiles(path)
    const progress = page.getByTestId('file-progress')
    await expect(progress).toHaveAttribute('data-state', 'done')
    await expect(progress).toHaveAttribute('data-done', String(LINES.length + 1))
    await expectInert(page, dialogs)

    const controls = page
      .getByTestId('results-row')
      .filter({ hasText: 'nul\\x00bell\\x07back\\x08' })
    await expect(controls).toHaveCount(1)
    const rows = await page.getByTestId('results-row').count()
    for (let row = 0; row < rows; row++) {
      await page.getByTestId('results-row').nth(row).click()
      await visitTabs(page, dialogs)
    }
    await rm(folder, { recursive: true, force: true })
  })

  test('a parser definition carrying hostile values, comments and a broken pattern stays inert', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page)
    const builtin = await readFile('parser/formats/vmware-esxi/ingest/parser.yml', 'utf8')
    // YAML's double-quoted escapes put real control characters in the value.
    const hostile = builtin.replace(
      '          observer.product: ESXi\n',
      `          observer.product: ESXi\n          labels.note: "${HOSTILE_LINES.image.replaceAll('"', '\\"')} nul\\0 esc\\e[31m \\u202e"\n          # ${HOSTILE_LINES.script}\n`,
    )
    expect(hostile).not.toBe(builtin)
    await openPlayground(page)
    await page.getByRole('tab', { name: 'Parser' }).click()
    const parserEditor = page.getByTestId('parser-editor')
    await expect(parserEditor).toContainText('pipeline:')
    await replaceEditorText(page, parserEditor, hostile)
    await expect(page.getByTestId('regression-summary')).toContainText('0/34 passing')

    await page.getByRole('tab', { name: 'Logs' }).click()
    await replaceLogText(page, 'Connection from 1.2.3.4 port 33398')
    await visitTabs(page, dialogs)
    expect(await explainedValue(page, 'labels.note')).toBe(
      `${HOSTILE_LINES.image} nul\\x00 esc\\x1b[31m \\u202e`,
    )

    // A broken pattern named like markup: the error that quotes it is text too.
    await page.getByRole('tab', { name: 'Parser' }).click()
    await replaceEditorText(
      page,
      parserEditor,
      hostile.replace('%{SSHD_CONNECTION_FROM}', `%{${HOSTILE_LINES.image}}`),
    )
    await expect(page.getByTestId('definition-notice')).toContainText('definition has errors')
    await expectInert(page, dialogs)
    await page.screenshot({ path: 'test-results/hostile-definition.png' })
  })

  test('a format folder opened from a zip, its name and samples hostile, stays inert', async ({
    page,
  }) => {
    const dialogs = recordDialogs(page)
    const sampleFile = (message: string) =>
      strToU8(JSON.stringify({ input: { message }, expected: hostileExpected(message) }))
    const files: Record<string, Uint8Array> = {}
    for (const [path, text] of Object.entries(TINY_FORMAT)) files[`hostile/${path}`] = strToU8(text)
    // YAML's \a is the bell character.
    files['hostile/_meta/manifest.yml'] = strToU8(
      `uuid: 7a1d2b9e-0c1a-4d53-9b1e-2a7c5e8f4d11\nname: "<img src=x onerror=window.__pwned=1> \\a Tiny"\nslug: hostile\n`,
    )
    files['hostile/tests/<img src=x onerror=window.__pwned=1>.json'] = sampleFile(
      HOSTILE_LINES.script,
    )
    files['hostile/tests/controls.json'] = sampleFile(HOSTILE_LINES.controls)
    await openPlayground(page)
    await page.getByLabel('Open a zipped format folder').setInputFiles({
      name: 'hostile.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync(files)),
    })
    await expect(page.getByTestId('format-current')).toHaveText(
      '<img src=x onerror=window.__pwned=1> \\x07 Tiny',
    )
    const samples = page.locator('[data-sample]')
    await expect(samples).toHaveCount(4)
    for (let index = 0; index < 4; index++) {
      await samples.nth(index).click()
      await visitTabs(page, dialogs)
    }
  })

  test('the built page carries the Content-Security-Policy', async ({ page }) => {
    const html = await (await page.request.get('/')).text()
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(policy?.replaceAll('&#39;', "'")).toContain("default-src 'self'; script-src 'self'")
    expect(policy).not.toContain('unsafe-eval')
    await openPlayground(page)
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]')
    await expect(meta).toHaveAttribute('content', /object-src 'none'; base-uri 'none'/)
  })
})
