import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, logEditor, openPlayground, replaceLogText, test } from './support/playground'
import {
  openFileTab,
  recordLongTasks,
  sampleMessages,
  takeLongTasks,
  waitForQuietMainThread,
} from './support/wholeFile'

const LINES = 100_000
const LONG_AT = 5

test('open a 100,000-line log file: progress to 100 %, coverage of every line, no frozen page, NDJSON export', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000)
  // Seed lines made distinct by a counter, one line in ten that no rule matches, and one line
  // over the 64 KiB bound.
  const messages = sampleMessages()
  const lines = Array.from({ length: LINES }, (_, index) =>
    index % 10 === 9
      ? `nothing covers this line ${index}`
      : index === LONG_AT
        ? 'z'.repeat(70 * 1024)
        : `${messages[index % messages.length]} #${index}`,
  )
  const path = join(tmpdir(), `whole-file-${process.pid}.log`)
  await writeFile(path, `${lines.join('\r\n')}\r\n`)

  await recordLongTasks(page)
  await openPlayground(page)
  await openFileTab(page)
  await waitForQuietMainThread(page)

  const started = Date.now()
  await page.getByTestId('open-log-file').setInputFiles(path)
  const progress = page.getByTestId('file-progress')
  // The first rows show while the rest is parsed.
  await expect(page.getByTestId('results-row').first()).toBeVisible()
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 240_000 })
  const seconds = (Date.now() - started) / 1000
  const longTasks = await takeLongTasks(page)
  await expect(progress).toHaveAttribute('data-done', String(LINES))
  await expect(progress).toHaveAttribute('data-total', String(LINES))
  await expect(progress).toContainText('100 %')

  const counts = await page
    .getByTestId('coverage-bar')
    .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))))
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(LINES)
  // Seed lines with a counter appended match or not depending on their rule's end anchor.
  const unmatched = page.locator('[data-testid="coverage-bar"][data-rule="(no rule matched)"]')
  const unmatchedCount = Number(await unmatched.getAttribute('data-count'))
  expect(unmatchedCount).toBeGreaterThanOrEqual(LINES / 10)
  expect(unmatchedCount).toBeLessThan(LINES)

  const worst = Math.max(0, ...longTasks)
  testInfo.annotations.push({
    type: 'longest main-thread task during the run',
    description: `${worst.toFixed(0)} ms (${longTasks.length} long tasks)`,
  })
  console.log(
    `whole-file: ${LINES} lines in ${seconds.toFixed(1)} s; ${longTasks.length} long tasks, longest ${worst.toFixed(0)} ms`,
  )
  expect(longTasks, 'main-thread tasks over 50 ms during the run').toEqual([])

  // A click on the unmatched bar lists those lines only; a text filter narrows them down; picking
  // one shows it in the output panel.
  await unmatched.click()
  await expect(page.getByTestId('results-shown')).toHaveText(
    `${unmatchedCount.toLocaleString('en')} lines`,
  )
  await page.getByTestId('results-filter-text').fill('nothing covers')
  await expect(page.getByTestId('results-shown')).toHaveText('10,000 lines')
  await page.getByTestId('results-row').first().click()
  await expect(page.locator('.tab-line')).toHaveText('line 10')
  await expect(page.getByTestId('panel-event')).toContainText('nothing covers this line 9')

  // The long line is listed, not parsed, and says why.
  await page.getByTestId('results-filter-text').fill('')
  const tooLong = page.locator('[data-testid="coverage-bar"][data-rule="(too long)"]')
  await expect(tooLong).toHaveAttribute('data-count', '1')
  await tooLong.click()
  await expect(page.getByTestId('results-row')).toHaveCount(1)
  await expect(page.getByTestId('results-row')).toContainText(
    'not parsed: 70 KiB, over the 64 KiB line limit',
  )

  const download = page.waitForEvent('download')
  await page.getByTestId('export-ndjson').click()
  const events = (await readFile(await (await download).path(), 'utf8')).trimEnd().split('\n')
  expect(events).toHaveLength(LINES)
  expect(JSON.parse(events[9] ?? '{}').message).toBe('nothing covers this line 9')
  expect(JSON.parse(events[LONG_AT] ?? '{}').error.message).toMatch(/over the 64 KiB limit/)
})

test('a paste of more than 20,000 lines into the log editor runs as a file instead', async ({
  page,
}) => {
  await openPlayground(page)
  const messages = sampleMessages()
  const lines = Array.from({ length: 25_000 }, (_, index) => messages[index % messages.length])
  await replaceLogText(page, lines.join('\n'))
  await expect(page.getByRole('tab', { name: 'File' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('.file-name')).toHaveText('pasted.log')
  const progress = page.getByTestId('file-progress')
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 60_000 })
  await expect(progress).toHaveAttribute('data-total', '25000')
  // The editor kept its own lines: the samples it opened with.
  await page.getByRole('tab', { name: 'Logs' }).click()
  await expect(logEditor(page).locator('.view-line').first()).toContainText(messages[0] ?? '')
})

test('a run can be cancelled: it stops between chunks, what it parsed stays listed', async ({
  page,
}) => {
  const messages = sampleMessages()
  const lines = Array.from({ length: LINES }, (_, index) => messages[index % messages.length])
  const path = join(tmpdir(), `cancel-${process.pid}.log`)
  await writeFile(path, lines.join('\n'))
  await openPlayground(page)
  await openFileTab(page)
  await page.getByTestId('open-log-file').setInputFiles(path)
  const progress = page.getByTestId('file-progress')
  await expect(page.getByTestId('results-row').first()).toBeVisible()
  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toHaveAttribute('data-state', 'cancelled')
  const done = Number(await progress.getAttribute('data-done'))
  expect(done).toBeGreaterThan(0)
  expect(done).toBeLessThan(LINES)
  await expect(page.getByTestId('results-shown')).toHaveText(`${done.toLocaleString('en')} lines`)
})

test('on a four-core machine, helper workers share the file: each line listed once, in order, and exported', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // Chromium reports the machine's cores to the page; this one is said to have four.
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 }),
  )
  const messages = sampleMessages()
  const count = 30_000
  const lines = Array.from({ length: count }, (_, index) =>
    index % 7 === 3 ? `nothing covers line ${index}` : `${messages[index % messages.length]}`,
  )
  const path = join(tmpdir(), `helpers-${process.pid}.log`)
  await writeFile(path, `${lines.join('\n')}\n`)

  await openPlayground(page)
  await openFileTab(page)
  await page.getByTestId('open-log-file').setInputFiles(path)
  const progress = page.getByTestId('file-progress')
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 90_000 })
  await expect(progress).toHaveAttribute('data-done', String(count))
  // The playground's worker and two helpers parsed it (the editor's own workers aside).
  const parsers = page.workers().filter((worker) => /\/worker-[^/]*\.js$/.test(worker.url()))
  expect(parsers).toHaveLength(3)

  const unmatched = page.locator('[data-testid="coverage-bar"][data-rule="(no rule matched)"]')
  await expect(unmatched).toHaveAttribute(
    'data-count',
    String(lines.filter((line) => line.startsWith('nothing')).length),
  )
  await expect(page.getByTestId('results-row').first()).toContainText(lines[0] ?? '')

  const download = page.waitForEvent('download')
  await page.getByTestId('export-ndjson').click()
  const events = (await readFile(await (await download).path(), 'utf8')).trimEnd().split('\n')
  expect(events.map((event) => JSON.parse(event).message)).toEqual(lines)
})
