// The browser figure, the last part of `npm run bench`: the same lines the Node figures use, parsed
// end to end in Chromium against a production build — the File tab's whole-file flow, from picking
// the file to its progress shown done — timed against the Node parse of those lines (target ≤ 1.5×).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from '@playwright/test'
import { median } from '../../parser/bench/measure'
import { benchSubject } from '../../parser/bench/subject'
import { parse } from '../../parser/index'
import { chromiumLaunchOptions } from '../../playwright.config'

const BROWSER_RATIO_TARGET = 1.5
const PORT = Number(process.env.BENCH_PORT ?? 4279)
const TIMEOUT_MS = 180_000
const RUNS = 5

/** Runs a command quietly; its output is shown only if it fails. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')}: exit ${code}\n${output}`)),
    )
  })
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

interface Served {
  dist: string
  server: ChildProcess
  url: string
}

/** Vite's lock allows one build and one preview per project; the benchmark uses its own folder and port. */
async function buildAndServe(): Promise<Served> {
  const dist = process.env.BENCH_DIST ?? (await mkdtemp(join(tmpdir(), 'bench-dist-')))
  if (!process.env.BENCH_DIST) {
    await run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--bypass-lock'])
  }
  const url = `http://localhost:${PORT}`
  const server = spawn(
    'npx',
    ['vite', 'preview', '--strictPort', '--port', String(PORT), '--outDir', dist, '--bypass-lock'],
    { stdio: 'ignore', detached: true },
  )
  await waitForServer(url)
  return { dist, server, url }
}

/** Set by `watchRun` in the page: the milliseconds from the file's pick to its run shown done. */
interface Watched {
  benchRun?: Promise<number>
}

/**
 * Times the run inside the page, from the input's change event to the first frame after the
 * progress says done. Waiting from here would not do: Playwright polls a locator every 500 ms
 * once it has waited a while, so the figure would be rounded up to the next poll.
 */
function watchRun(timeout: number): void {
  const page = window as Watched
  page.benchRun = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`the run was not done within ${timeout} ms`)), timeout)
    let picked: number | null = null
    document.addEventListener(
      'change',
      () => {
        picked = performance.now()
      },
      { capture: true, once: true },
    )
    const observer = new MutationObserver(() => {
      const done = document.querySelector('[data-testid="file-progress"][data-state="done"]')
      if (done === null || picked === null) return
      const from = picked
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - from))
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
  })
}

/** The whole-file flow: pick the file, wait for the progress to say done with every line. */
async function timeAppFlow(page: Page, file: string, lines: number): Promise<number> {
  const progress = page.getByTestId('file-progress')
  await page.evaluate(watchRun, TIMEOUT_MS)
  await page.getByTestId('open-log-file').setInputFiles(file)
  const milliseconds = await page.evaluate(() => (window as Watched).benchRun)
  const done = await progress.getAttribute('data-done')
  if (Number(done) !== lines) throw new Error(`the file run reports ${done} of ${lines} lines`)
  if (milliseconds === undefined) throw new Error('the page did not time the run')
  return milliseconds
}

/** One timed run of the whole-file flow in a fresh page. */
async function timeOnce(
  browser: Browser,
  url: string,
  file: string,
  lines: readonly string[],
): Promise<number> {
  const page = await browser.newPage()
  try {
    await page.goto(url)
    await page.locator('.worker-status[data-state="ready"]').waitFor({ timeout: TIMEOUT_MS })
    // The workbench is a lazy chunk of its own: its views come after the worker is ready.
    await page.getByRole('tab', { name: 'File', exact: true }).click({ timeout: TIMEOUT_MS })
    await page.getByTestId('open-log-file').waitFor({ state: 'attached' })
    return await timeAppFlow(page, file, lines.length)
  } finally {
    await page.close()
  }
}

/** Wall-clock milliseconds of one `parse` pass over all lines in this process. */
function timeNode(lines: readonly string[], parse: (line: string) => unknown): number {
  const start = performance.now()
  for (const line of lines) parse(line)
  return performance.now() - start
}

interface BrowserComparison {
  browserMilliseconds: number
  nodeMilliseconds: number
  /** The median of the runs' browser / Node ratios. */
  ratio: number
}

/**
 * Parses `lines` in Chromium (a fresh page each run) and in this process, taking turns RUNS times,
 * both by the wall clock: Chromium's worker cannot be timed in CPU time, and taking turns makes a
 * change in the shared machine's load weigh on both sides alike.
 */
async function compareWithNode(
  lines: readonly string[],
  parse: (line: string) => unknown,
): Promise<BrowserComparison> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-file-'))
  const file = join(folder, 'bench.log')
  await writeFile(file, `${lines.join('\n')}\n`)
  const served = await buildAndServe()
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    timeNode(lines, parse)
    const node: number[] = []
    const inBrowser: number[] = []
    for (let run = 0; run < RUNS; run++) {
      node.push(timeNode(lines, parse))
      inBrowser.push(await timeOnce(browser, served.url, file, lines))
    }
    return {
      browserMilliseconds: median(inBrowser),
      nodeMilliseconds: median(node),
      ratio: median(inBrowser.map((time, run) => time / (node[run] ?? time))),
    }
  } finally {
    await browser.close()
    if (served.server.pid !== undefined) process.kill(-served.server.pid)
    await rm(folder, { recursive: true, force: true })
    if (!process.env.BENCH_DIST) await rm(served.dist, { recursive: true, force: true })
  }
}

/** Prints the browser figure next to the Node parse of the same lines. */
async function main(): Promise<void> {
  const { parser, lines } = await benchSubject()
  const { browserMilliseconds, nodeMilliseconds, ratio } = await compareWithNode(lines, (line) =>
    parse(parser, line),
  )
  console.log(
    `browser: ${lines.length.toLocaleString('en-US')} lines in Chromium (whole-file flow) ${Math.round(browserMilliseconds)} ms vs Node parse ${Math.round(nodeMilliseconds)} ms, wall clock, medians of ${RUNS} turns: ratio ${ratio.toFixed(2)} (target <= ${BROWSER_RATIO_TARGET})`,
  )
}

await main()
