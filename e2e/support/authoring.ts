import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { openPlayground, replaceLogText } from './playground'

/** A line no built-in sample has, with no timestamp, so its event does not depend on the clock. */
export const AUTHORED_LINE = 'Accepted password for auditor from 10.20.30.40 port 52814 ssh2'
/** The name the app proposes for it: the rule that matched the line. */
export const AUTHORED_NAME = 'SSHD_ACCEPTED_AUTHENTICATION'

/** Authors a sample from AUTHORED_LINE in a fresh playground; its Expected tab is then open. */
export async function authorSample(page: Page): Promise<void> {
  await openPlayground(page)
  await replaceLogText(page, AUTHORED_LINE)
  await page.getByRole('button', { name: 'New sample from this line' }).click()
}

/** Authors a sample from AUTHORED_LINE in a fresh playground and returns the bytes of its export. */
export async function authorAndExport(page: Page): Promise<Buffer> {
  await authorSample(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: `Export ${AUTHORED_NAME}` }).click()
  return readFile(await (await download).path())
}
