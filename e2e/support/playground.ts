import {
  type Browser,
  type BrowserContext,
  test as base,
  expect,
  type Locator,
  type Page,
} from '@playwright/test'

/**
 * Every spec runs through these fixtures: one counts requests to any origin other than the app's
 * own (aborting them, so nothing leaves the machine), the other the Content-Security-Policy
 * violations of the page and its workers; either fails the test if there was one.
 */
export const test = base.extend<{ foreignRequests: string[]; policyViolations: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const foreign = await blockForeignRequests(context, baseURL)
      await use(foreign)
      expect(foreign, 'requests to other origins').toEqual([])
    },
    { auto: true },
  ],
  policyViolations: [
    async ({ context }, use) => {
      const violations = await recordPolicyViolations(context)
      await use(violations)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Aborts a context's requests to any origin but the app's; returns the list of those it aborted. */
async function blockForeignRequests(
  context: BrowserContext,
  baseURL: string | undefined,
): Promise<string[]> {
  const own = new URL(baseURL ?? 'http://localhost').origin
  const foreign: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    const origin = url.startsWith('http') ? new URL(url).origin : own
    if (origin === own) return route.continue()
    foreign.push(url)
    return route.abort()
  })
  return foreign
}

/**
 * Collects a context's CSP violations: the documents' `securitypolicyviolation` events, and the
 * console's reports, which also cover workers.
 */
async function recordPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('__reportPolicyViolation', (_source, report: string) => {
    violations.push(report)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.violatedDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
      const reporter = Reflect.get(window, '__reportPolicyViolation')
      if (typeof reporter === 'function') reporter(report)
    })
  })
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text())
  })
  return violations
}

/**
 * A second browser profile sharing nothing with the test's own (no storage), held to the same
 * no-foreign-requests and no-CSP-violation rules; `close` closes it and checks them.
 */
export async function freshProfile(
  browser: Browser,
  baseURL: string | undefined,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL })
  const foreign = await blockForeignRequests(context, baseURL)
  const violations = await recordPolicyViolations(context)
  const page = await context.newPage()
  return {
    page,
    close: async () => {
      await context.close()
      expect(foreign, 'requests to other origins from the fresh profile').toEqual([])
      expect(violations, 'CSP violations in the fresh profile').toEqual([])
    },
  }
}

/** The editor's rendered lines; Monaco draws spaces as no-break spaces, the user reads spaces. */
export async function visibleText(editor: Locator): Promise<string> {
  const lines = await editor.locator('.view-line').allTextContents()
  return lines.map((line) => line.replaceAll('\u00a0', ' ')).join('\n')
}

export function logEditor(page: Page): Locator {
  return page.getByTestId('log-editor')
}

/** Opens the playground on a fresh profile and waits until its samples are in the editor, parsed. */
export async function openPlayground(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.locator('.worker-status')).toHaveAttribute('data-state', 'ready')
  await expect(page.getByTestId('samples-count')).toHaveText(/^\d+ \/ [1-9]\d* passing$/)
  await expect(logEditor(page).locator('.rule-badge').first()).toBeVisible()
}

/** Replaces the log editor's content by a real clipboard paste, leaving the cursor at its end. */
export async function replaceLogText(page: Page, text: string): Promise<void> {
  await replaceEditorText(page, logEditor(page), text)
}

/** Replaces a Monaco editor's whole content by a real clipboard paste. */
export async function replaceEditorText(page: Page, editor: Locator, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((content) => navigator.clipboard.writeText(content), text)
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}
