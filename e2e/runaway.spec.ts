import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, logEditor, openPlayground, replaceLogText, test } from './support/playground'
import { openFileTab, sampleMessages } from './support/wholeFile'

const REASON = "event.reason: '{{ parsed_event.result.reason }}'"
// Some 10^14 loop turns, only for lines saying RUNAWAY: the samples still compile and pass, and
// such a line never finishes.
const CATASTROPHIC =
  'event.reason: \'{% if "RUNAWAY" in original.message %}{% for i in range(9999999) %}{% for j in range(9999999) %}{% endfor %}{% endfor %}{% endif %}{{ parsed_event.result.reason }}\''
const RUNAWAY_LINE = 'Received disconnect from 1.2.3.4 port 33398:11: disconnected by user RUNAWAY'
const LINES = 100_000
const RUNAWAY_AT = 61_234

/** Edits parser.yml in the Parser tab: the editor's find and replace, Replace All. */
async function replaceInParser(page: Page, from: string, to: string): Promise<void> {
  const editor = page.getByTestId('parser-editor')
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+H')
  await editor.getByRole('textbox', { name: 'Find' }).fill(from)
  await editor.getByRole('textbox', { name: 'Replace' }).fill(to)
  await editor.getByRole('button', { name: /Replace All/ }).click()
  await page.keyboard.press('Escape')
}

test('a catastrophic edited template: its line times out, named with the rule and step, the rest completes', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await openPlayground(page)
  await page.getByRole('tab', { name: 'Parser' }).click()
  await replaceInParser(page, REASON, CATASTROPHIC)
  await expect(page.getByTestId('regression-summary')).toHaveText('34/34 passing')

  const messages = sampleMessages()
  const lines = Array.from({ length: LINES }, (_, index) =>
    index === RUNAWAY_AT ? RUNAWAY_LINE : (messages[index % messages.length] ?? ''),
  )
  const path = join(tmpdir(), `runaway-${process.pid}.log`)
  await writeFile(path, `${lines.join('\n')}\n`)
  await openFileTab(page)
  await page.getByTestId('open-log-file').setInputFiles(path)

  // The file may start on the parser as it was before the edit compiled; the edited one runs it
  // again, so only a run that met the runaway line is the one to wait for.
  const timedOut = page.locator('[data-testid="coverage-bar"][data-rule="(timed out)"]')
  await expect(timedOut).toHaveAttribute('data-count', '1', { timeout: 60_000 })
  const progress = page.getByTestId('file-progress')
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 120_000 })
  await expect(progress).toHaveAttribute('data-done', String(LINES))
  const counts = await page
    .getByTestId('coverage-bar')
    .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))))
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(LINES)

  await timedOut.click()
  const row = page.getByTestId('results-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(String(RUNAWAY_AT + 1))
  await expect(row).toContainText(
    'timed out (SSHD_RECEIVED_DISCONNECT, in set_event_fields action 1 (event.reason))',
  )

  // The export parses the lines again for their events, but not the one that timed out.
  const download = page.waitForEvent('download')
  await page.getByTestId('export-ndjson').click()
  const events = (await readFile(await (await download).path(), 'utf8')).trimEnd().split('\n')
  expect(events).toHaveLength(LINES)
  expect(JSON.parse(events[RUNAWAY_AT] ?? '{}')).toEqual({
    message: RUNAWAY_LINE,
    error: {
      message:
        'not parsed: timed out (SSHD_RECEIVED_DISCONNECT, in set_event_fields action 1 (event.reason))',
    },
  })
  expect(JSON.parse(events[RUNAWAY_AT + 1] ?? '{}').message).toBe(lines[RUNAWAY_AT + 1])

  // The editor's lines run under the same watchdog: the runaway line is given up on, the others parse.
  await page.getByRole('tab', { name: 'Logs' }).click()
  await replaceLogText(page, [messages[0], RUNAWAY_LINE, messages[2]].join('\n'))
  await expect(logEditor(page).locator('.rule-badge-failed')).toHaveCount(1, { timeout: 30_000 })
  await expect(logEditor(page).locator('.rule-badge:not(.rule-badge-failed)')).toHaveCount(2)
})

test('the time limit per line is a preference: changed, it is kept across a reload', async ({
  page,
}) => {
  await openPlayground(page)
  await openFileTab(page)
  const limit = page.getByTestId('watchdog-ms')
  await expect(limit).toHaveValue('1000')
  await limit.fill('2500')
  await limit.press('Enter')
  await page.reload()
  await openFileTab(page)
  await expect(page.getByTestId('watchdog-ms')).toHaveValue('2500')
})
