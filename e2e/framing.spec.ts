import type { Page } from '@playwright/test'
import {
  expect,
  logEditor,
  openPlayground,
  replaceLogText,
  test,
  visibleText,
} from './support/playground'

interface Framed {
  kind: string
  rule: string
  line: string
  /** The message behind the header: the line as the seed has it. */
  bare: string
  /** Event lines the header adds, as the Event tab shows them. */
  header: string[]
}

const SSHD_FROM = 'Connection from 1.2.3.4 port 33398'
const SSHD_DISCONNECTED = 'Disconnected from user root 1.2.3.4 port 33398'
const HOSTD_AUTH =
  'info hostd[2099656] [Originator@6876 sub=Vimsvc opID=esxcli-a5-20ae] [Auth]: User root'
const HOSTD_PASSWORD =
  '[Originator@6876 sub=Default opID=esxcli-76-ecbf] Accepted password for user root from 127.0.0.1'

const FRAMED: Framed[] = [
  {
    kind: 'rfc3164',
    rule: 'SSHD_CONNECTION_FROM',
    line: `<38>2023-04-18T07:14:36.123Z esx01.lab sshd[12345]: ${SSHD_FROM}`,
    bare: SSHD_FROM,
    header: ['"@timestamp": "2023-04-18T07:14:36.123Z"', '"hostname": "esx01.lab"', '"pid": 12345'],
  },
  {
    kind: 'rfc5424',
    rule: 'SSHD_CONNECTION_CLOSED',
    line: `<38>1 2023-04-18T07:14:37.000Z esx02.lab sshd 4242 - - ${SSHD_DISCONNECTED}`,
    bare: SSHD_DISCONNECTED,
    header: ['"@timestamp": "2023-04-18T07:14:37.000Z"', '"hostname": "esx02.lab"', '"pid": 4242'],
  },
  {
    kind: 'esxi-file',
    rule: 'HOSTD_AUTH_USER',
    line: `2023-04-18T07:14:38.456Z ${HOSTD_AUTH}`,
    bare: HOSTD_AUTH,
    header: ['"@timestamp": "2023-04-18T07:14:38.456Z"'],
  },
  {
    kind: 'esxi8-file',
    rule: 'HOSTD_ACCEPTED_PASSWORD',
    line: `2023-04-18T07:14:39.789Z In(166) Hostd[2099656]: ${HOSTD_PASSWORD}`,
    bare: HOSTD_PASSWORD,
    header: ['"@timestamp": "2023-04-18T07:14:39.789Z"', '"name": "Hostd"', '"pid": 2099656'],
  },
]

const LINES = [...FRAMED.map((framed) => framed.line), ...FRAMED.map((framed) => framed.bare)]

/** Puts the cursor on a line (1-based) the way a keyboard user would. */
async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Home')
  for (let down = 1; down < line; down++) await page.keyboard.press('ArrowDown')
  await expect(page.locator('.tab-line')).toHaveText(`line ${line}`)
}

/**
 * The Event tab's lines without indentation or trailing commas, which move as fields are added,
 * once it shows the event of `message` (holding `field`: a framed line and its bare twin have the
 * same message, so the tab may still show the other one's event).
 */
async function eventLines(page: Page, message: string, field?: string): Promise<string[]> {
  const eventEditor = page.getByTestId('event-editor')
  await expect.poll(() => visibleText(eventEditor)).toContain(JSON.stringify(message))
  if (field !== undefined) await expect.poll(() => visibleText(eventEditor)).toContain(field)
  const text = await visibleText(eventEditor)
  return text.split('\n').map((line) => line.trim().replace(/,$/, ''))
}

test.use({ viewport: { width: 1600, height: 1400 } })

test('paste framed ESXi lines: each shows its framing, and its event is the bare one plus the header', async ({
  page,
}) => {
  await openPlayground(page)
  await replaceLogText(page, LINES.join('\n'))
  const badges = logEditor(page).locator('.rule-badge')
  await expect(badges).toHaveCount(LINES.length)
  for (const framed of FRAMED) {
    await expect(
      badges.filter({ hasText: `${framed.kind} · ${framed.rule}` }),
      `${framed.kind} badge`,
    ).toHaveCount(1)
  }
  // Bare lines carry no framing in their badge.
  await expect(badges.filter({ hasText: /rfc3164|rfc5424|esxi/ })).toHaveCount(FRAMED.length)

  for (const [index, framed] of FRAMED.entries()) {
    await goToLine(page, FRAMED.length + index + 1)
    const bare = await eventLines(page, framed.bare)
    await goToLine(page, index + 1)
    const withHeader = await eventLines(page, framed.bare, framed.header[0])
    for (const field of framed.header) {
      expect(bare, `${framed.kind}: the bare event lacks ${field}`).not.toContain(field)
      expect(withHeader, `${framed.kind}: ${field}`).toContain(field)
    }
    expect(withHeader, `${framed.kind}: every line of the bare event`).toEqual(
      expect.arrayContaining(bare),
    )
  }
  // The end of the first line: its badge scrolls into view, next to its highlighted captures.
  await goToLine(page, 1)
  await page.keyboard.press('End')
  await page.screenshot({ path: 'test-results/framing.png' })

  // Framing off: the same lines are parsed whole, and no badge names a framing any more.
  await page.getByRole('checkbox', { name: /Framing/ }).uncheck()
  await expect(page.getByTestId('framing-setting')).toContainText('Framing: off')
  await expect(badges).toHaveCount(LINES.length)
  await expect(badges.filter({ hasText: /rfc3164|rfc5424|esxi/ })).toHaveCount(0)
  await expect
    .poll(() => visibleText(page.getByTestId('event-editor')))
    .toContain(JSON.stringify(FRAMED[0]?.line))
})
