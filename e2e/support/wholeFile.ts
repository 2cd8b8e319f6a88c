import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

const TESTS = join(import.meta.dirname, '../../parser/formats/vmware-esxi/tests')

/** The messages of the format's samples, read from its test files. */
export function sampleMessages(): string[] {
  return readdirSync(TESTS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const sample: { input: { message: string } } = JSON.parse(
        readFileSync(join(TESTS, name), 'utf8'),
      )
      return sample.input.message
    })
}

/**
 * Records the main thread's long tasks from page load on (PerformanceObserver 'longtask'), in
 * `window.longTasks` as durations in milliseconds.
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const durations: number[] = []
    Object.assign(window, { longTasks: durations })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** The long tasks recorded since the last call (which starts a new count). */
export function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const recorded: unknown = Reflect.get(window, 'longTasks')
    if (!Array.isArray(recorded)) return []
    return recorded.splice(0).filter((value): value is number => typeof value === 'number')
  })
}

/**
 * Waits until the page has gone `quietMs` without a long task (the editor and the first parses
 * settling after load), so that what is measured next is what the test does.
 */
export async function waitForQuietMainThread(page: Page, quietMs = 1000): Promise<void> {
  let quietSince = Date.now()
  while (Date.now() - quietSince < quietMs) {
    await page.waitForTimeout(100)
    if ((await takeLongTasks(page)).length > 0) quietSince = Date.now()
  }
}

export function openFileTab(page: Page) {
  return page.getByRole('tab', { name: 'File' }).click()
}
