import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { TINY_FORMAT, TINY_FORMAT_NAME } from '../app/formats/testing/tinyFormat'
import { expect, logEditor, openPlayground, test, visibleText } from './support/playground'

/** Writes a format's files under `root/name/`, as a user's checkout of a format folder would be. */
async function writeFolder(root: string, name: string, files: Record<string, string>) {
  const folder = join(root, name)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true })
    await writeFile(join(folder, path), text)
  }
  return folder
}

/** A format folder zipped as archivers lay it out: the folder inside. */
function zipOf(name: string, files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {}
  for (const [path, text] of Object.entries(files)) entries[`${name}/${path}`] = strToU8(text)
  return zipSync(entries)
}

/** A real zip file on disk. */
async function writeZip(root: string, name: string, files: Record<string, string>) {
  const zip = join(root, `${name}.zip`)
  await writeFile(zip, zipOf(name, files))
  return zip
}

test('another format, opened from a zip or a folder, runs its own samples; ESXi is one click back', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'open-format-'))
  const zip = await writeZip(root, 'tiny-greetings', TINY_FORMAT)
  await openPlayground(page)
  const current = page.getByTestId('format-current')
  await expect(current).toHaveText('VMware ESXi')

  await page.getByLabel('Open a zipped format folder').setInputFiles(zip)
  await expect(current).toHaveText(TINY_FORMAT_NAME)
  await expect(page.getByTestId('samples-count')).toHaveText('2 / 2 passing')
  await expect(page.locator('[data-sample]')).toHaveText([/GREETING_alice/, /GREETING_bob/])
  await expect(logEditor(page).locator('.rule-badge')).toHaveCount(2)
  expect(await visibleText(logEditor(page))).toContain('hello alice from 10.0.0.1')

  // The Parser tab shows the opened format's definition.
  await page.getByRole('tab', { name: 'Parser' }).click()
  await expect(page.getByTestId('parser-editor')).toContainText('hello %{WORD:user_name}')
  await expect(page.getByTestId('regression-summary')).toHaveText('2/2 passing')
  // Its manifest names no platform era: the current one, until the user picks another.
  const platform = page.getByLabel('Platform era the parser emulates')
  await expect(platform).toHaveValue('2026')
  await platform.selectOption('2024')
  await page.getByRole('tab', { name: 'Logs' }).click()

  // Kept across a reload.
  await page.reload()
  await expect(current).toHaveText(TINY_FORMAT_NAME)
  await expect(page.getByTestId('samples-count')).toHaveText('2 / 2 passing')
  await page.getByRole('tab', { name: 'Parser' }).click()
  await expect(platform).toHaveValue('2024')

  await page.getByRole('button', { name: 'Back to VMware ESXi' }).click()
  await expect(current).toHaveText('VMware ESXi')
  await expect(page.getByTestId('samples-count')).toHaveText('34 / 34 passing')
  await expect(platform).toHaveValue('2023')
  await expect(platform.locator('option:checked')).toHaveText('2023 (manifest)')

  // The same format as a folder, picked as a directory.
  const folder = await writeFolder(root, 'tiny-folder', TINY_FORMAT)
  await page.getByLabel('Open a format folder').setInputFiles(folder)
  await expect(current).toHaveText(TINY_FORMAT_NAME)
  await expect(page.getByTestId('samples-count')).toHaveText('2 / 2 passing')
})

test('a broken folder is refused with its reasons, and the current format keeps working', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'open-format-'))
  const { 'ingest/parser.yml': _parser, ...withoutParser } = TINY_FORMAT
  const badYaml = { ...TINY_FORMAT, 'ingest/parser.yml': 'pipeline: [\n  - name: x\n' }
  await openPlayground(page)
  const error = page.getByTestId('format-error')

  await page
    .getByLabel('Open a format folder')
    .setInputFiles(await writeFolder(root, 'no-parser', withoutParser))
  await expect(error).toContainText('no-parser holds no ingest/parser.yml')

  await page
    .getByLabel('Open a zipped format folder')
    .setInputFiles(await writeZip(root, 'bad-yaml', badYaml))
  await expect(error).toContainText('no working parser')
  await expect(error).toContainText('ingest/parser.yml:')

  await expect(page.getByTestId('format-current')).toHaveText('VMware ESXi')
  await expect(page.getByTestId('samples-count')).toHaveText('34 / 34 passing')
  await expect(logEditor(page).locator('.rule-badge').first()).toBeVisible()
})

test('a folder whose fields.yml and one test do not read opens, its problems listed by file; parser.yml ones lead to the editor', async ({
  page,
}) => {
  // A custom pattern no rule uses, naming a pattern that does not exist: a warning, line 10.
  const parser = TINY_FORMAT['ingest/parser.yml']?.replace(
    "from %{IP:source_ip}'\n",
    "from %{IP:source_ip}'\n        custom_patterns:\n          FAREWELL: 'bye %{NO_SUCH_PATTERN}'\n",
  )
  // The test file's name is the user's: markup and a right-to-left override in it stay text.
  const brokenTest = 'tests/BROKEN_\u202e<img src=x onerror=alert(1)>.json'
  const folder = await writeFolder(await mkdtemp(join(tmpdir(), 'open-format-')), 'tiny-flawed', {
    ...TINY_FORMAT,
    'ingest/parser.yml': parser ?? '',
    '_meta/fields.yml': 'user.name:\n  type: keyword\n  description: [unclosed\n',
    [brokenTest]: '{\n  "input": {\n',
  })
  await openPlayground(page)
  await page.getByLabel('Open a format folder').setInputFiles(folder)

  // Opened, not refused: the samples that read run and pass.
  await expect(page.getByTestId('format-current')).toHaveText(TINY_FORMAT_NAME)
  await expect(page.getByTestId('format-error')).toHaveCount(0)
  await expect(page.getByTestId('samples-count')).toHaveText('2 / 2 passing')
  await expect(logEditor(page).locator('.rule-badge')).toHaveCount(2)

  // The header counts the problems; they are listed on the Parser tab.
  const badge = page.getByTestId('format-problems-badge')
  await expect(badge).toHaveText('⚠ 3 problems in the format')
  await badge.click()
  await expect(page.getByRole('tab', { name: 'Parser' })).toHaveAttribute('aria-selected', 'true')
  const problems = page.getByTestId('format-problems')
  await expect(problems.getByRole('heading')).toHaveText('Format problems 2 errors, 1 warning')
  await expect(problems.locator('.problem-file-name')).toHaveText([
    'ingest/parser.yml',
    '_meta/fields.yml',
    'tests/BROKEN_\\u202e<img src=x onerror=alert(1)>.json',
  ])
  await expect(problems.locator('img')).toHaveCount(0)
  const fields = problems.locator('[data-file="_meta/fields.yml"] li')
  await expect(fields).toHaveText([/^error line 4:1 — ./])
  await expect(fields.locator('.problem-at')).toHaveAttribute('title', '_meta/fields.yml:4:1')
  const test = problems.locator(`[data-file="${brokenTest}"] li`)
  await expect(test).toHaveText([/^error line 3:1 — .*JSON/])
  // Only parser.yml is edited here: the other files' problems are text, not links.
  await expect(problems.locator('[data-file="_meta/fields.yml"] button')).toHaveCount(0)
  await expect(problems.locator(`[data-file="${brokenTest}"] button`)).toHaveCount(0)

  const editor = page.getByTestId('parser-editor')
  await expect(editor).toContainText('FAREWELL')
  await problems
    .getByRole('button', { name: 'warning line 10:26 — unknown pattern NO_SUCH_PATTERN' })
    .click()
  await expect(editor.locator('.active-line-number')).toHaveText('10')
  await expect(editor.locator('.squiggly-warning')).toHaveCount(1)
})

test('a zip dropped on the page opens as a format when it holds ingest/parser.yml', async ({
  page,
}) => {
  const bytes = [...zipOf('tiny', TINY_FORMAT)]
  await openPlayground(page)
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer()
    data.items.add(new File([new Uint8Array(content)], 'tiny.zip', { type: 'application/zip' }))
    return data
  }, bytes)
  const sidebar = page.getByRole('complementary', { name: 'Samples' })
  await sidebar.dispatchEvent('dragover', { dataTransfer: transfer })
  await sidebar.dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.getByTestId('format-current')).toHaveText(TINY_FORMAT_NAME)
  await expect(page.getByTestId('samples-count')).toHaveText('2 / 2 passing')
  await expect(page.getByTestId('import-report')).toHaveCount(0)
})

test('a folder dragged from the file manager and dropped on the page opens as the format', async ({
  page,
}) => {
  const folder = await writeFolder(
    await mkdtemp(join(tmpdir(), 'open-format-')),
    'tiny',
    TINY_FORMAT,
  )
  await openPlayground(page)
  // Chromium's own drag input, as the OS would send it: a real directory, read through
  // DataTransferItem.webkitGetAsEntry like any dropped folder.
  const cdp = await page.context().newCDPSession(page)
  const data = { items: [], files: [folder], dragOperationsMask: 1 }
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
    await cdp.send('Input.dispatchDragEvent', { type, x: 120, y: 400, data })
  }
  await expect(page.getByTestId('format-current')).toHaveText(TINY_FORMAT_NAME)
  await expect(page.getByTestId('samples-count')).toHaveText('2 / 2 passing')
})
