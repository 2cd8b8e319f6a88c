// Hostile content for the e2e stories: lines that would run script, fetch, link or garble the page
// if any view rendered them as markup, and the checks that they stayed inert text.
import type { Page } from '@playwright/test'
import { expect } from './playground'

/** What every payload does if it runs; the page must never get this flag. */
const PAYLOAD = 'window.__pwned=1'

/** One line per kind of hostile content, named for the report. */
export const HOSTILE_LINES = {
  html: '<b>bold</b><iframe src="https://evil.example/"></iframe><style>*{display:none}</style>',
  script: `<script>${PAYLOAD}</script>`,
  image: `<img src="https://evil.example/x.png" onerror="${PAYLOAD}">`,
  markdown: `[click me](javascript:${PAYLOAD}) ![x](https://evil.example/x.png) **bold**`,
  javascriptUrl: `javascript:${PAYLOAD}`,
  ansi: '\u001b[31mred\u001b[0m \u001b]8;;https://evil.example/\u0007link\u001b]8;;\u0007',
  controls: 'nul\u0000bell\u0007back\u0008tab\tvt\u000bff\u000cdel\u007fend',
  bidi: 'user \u202eexe.txt\u202c ok',
  ruleMatched: `Accepted password for <img/src/onerror=${PAYLOAD}> from 10.1.2.3 port 22 ssh2`,
} satisfies Record<string, string>

/** Carried only by JSON (files, links): a clipboard paste turns lone surrogates into U+FFFD. */
export const LONE_SURROGATES = 'lone \ud800 high and \udfff low'

/** A 1 MB single line of markup. */
export const MEGABYTE_LINE = `<img src=x onerror="${PAYLOAD}">`.repeat(Math.ceil(1_048_576 / 31))

/** An expected event whose field names and values are hostile too. */
export function hostileExpected(message: string): Record<string, unknown> {
  return {
    message,
    user: { name: `<script>${PAYLOAD}</script>` },
    [`<img src=x onerror="${PAYLOAD}">`]: `[x](javascript:${PAYLOAD})`,
  }
}

/** Records the page's dialogs; an inert page opens none. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

/** Nothing ran, and the document holds no markup that came from the content. */
export async function expectInert(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(dialogs, 'dialogs opened').toEqual([])
  const found = await page.evaluate(() => {
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    )
    return {
      pwned: Reflect.get(window, '__pwned') ?? null,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      frames: document.querySelectorAll('iframe, object, embed').length,
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
        .length,
      handlers,
      bold: [...document.querySelectorAll('b')].map((element) => element.outerHTML),
    }
  })
  expect(found).toEqual({
    pwned: null,
    inlineScripts: 0,
    frames: 0,
    javascriptLinks: 0,
    handlers: [],
    bold: [],
  })
}
