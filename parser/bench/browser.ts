// The browser figure of `npm run bench`: the same lines the Node figures use, parsed end to end in
// Chromium against a production build, timed against the Node parse of those lines (target ≤ 1.5×).
// End to end is the app's whole-file flow (file input → worker chunks → progress "done"); a build
// without that flow yet is measured on its worker alone (a fileRun request), and the report says so.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../playwright.config'
import { median } from './measure'

export const BROWSER_RATIO_TARGET = 1.5
const PORT = Number(process.env.BENCH_PORT ?? 4279)
const TIMEOUT_MS = 180_000
const RUNS = 3

export interface BrowserFigure {
  /** 'app' when the whole-file flow was driven, 'worker' when only its worker was. */
  path: 'app' | 'worker'
  milliseconds: number
}

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

/** Vite's lock allows one build and one preview per project; the benchmark uses its own folders and port. */
interface Served {
  dist: string
  server: ChildProcess
  url: string
}

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

/** The whole-file flow: pick the file, wait for the progress to say done with every line. */
async function timeAppFlow(page: Page, file: string, lines: number): Promise<number> {
  const progress = page.getByTestId('file-progress')
  const start = performance.now()
  await page.getByTestId('open-log-file').setInputFiles(file)
  await progress.and(page.locator('[data-state="done"]')).waitFor({ timeout: TIMEOUT_MS })
  const milliseconds = performance.now() - start
  const done = await progress.getAttribute('data-done')
  if (Number(done) !== lines) throw new Error(`the file run reports ${done} of ${lines} lines`)
  return milliseconds
}

// Runs in the page: loads the built-in format in a fresh parser worker, then times one fileRun of
// the text, chunks and NDJSON included. A string, because parser/ is type-checked without the DOM.
const WORKER_RUN = `async ({ workerUrl, text }) => {
  const worker = new Worker(workerUrl, { type: 'module' })
  const answer = (id) => new Promise((resolve, reject) => {
    worker.addEventListener('message', function listen(event) {
      if (event.data.id !== id || event.data.type === 'fileChunk' || event.data.type === 'probe') return
      worker.removeEventListener('message', listen)
      if (event.data.type === 'failure') reject(new Error(event.data.message))
      else resolve(event.data.body)
    })
  })
  worker.postMessage({ type: 'load', id: 1, body: { minRev: 0, source: { kind: 'builtin' }, definition: null, platform: null } })
  const format = await answer(1)
  let lines = 0
  worker.addEventListener('message', (event) => {
    if (event.data.type === 'fileChunk') lines = event.data.body.lines
  })
  const start = performance.now()
  const framing = { enabled: true, timezone: 'UTC' }
  worker.postMessage({ type: 'fileRun', id: 2, body: { rev: format.rev, framing, file: new Blob([text]), from: 0, probe: false } })
  await answer(2)
  const milliseconds = performance.now() - start
  worker.terminate()
  return { milliseconds, lines }
}`

function isWorkerRun(value: unknown): value is { milliseconds: number; lines: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'milliseconds') === 'number' &&
    typeof Reflect.get(value, 'lines') === 'number'
  )
}

async function timeWorker(page: Page, dist: string, text: string, lines: number): Promise<number> {
  const worker = (await readdir(join(dist, 'assets'))).find((name) => /^worker-.*\.js$/.test(name))
  if (!worker) throw new Error(`no parser worker in ${dist}/assets`)
  const argument = JSON.stringify({ workerUrl: `/assets/${worker}`, text })
  const result: unknown = await page.evaluate(`(${WORKER_RUN})(${argument})`)
  if (!isWorkerRun(result)) throw new Error('the worker run gave no timing')
  if (result.lines !== lines) throw new Error(`the worker parsed ${result.lines} of ${lines} lines`)
  return result.milliseconds
}

/** One timed run in a fresh page: through the app's whole-file flow when the build has it. */
async function timeOnce(
  browser: Browser,
  served: Served,
  file: string,
  lines: readonly string[],
): Promise<BrowserFigure> {
  const page = await browser.newPage()
  try {
    await page.goto(served.url)
    await page.locator('.worker-status[data-state="ready"]').waitFor({ timeout: TIMEOUT_MS })
    // The workbench is a lazy chunk of its own: its views come after the worker is ready.
    await page.getByRole('tablist', { name: 'Main views' }).waitFor({ timeout: TIMEOUT_MS })
    const fileTab = page.getByRole('tab', { name: 'File', exact: true })
    if ((await fileTab.count()) > 0) {
      await fileTab.click()
      await page.getByTestId('open-log-file').waitFor({ state: 'attached' })
      return { path: 'app', milliseconds: await timeAppFlow(page, file, lines.length) }
    }
    const text = `${lines.join('\n')}\n`
    return { path: 'worker', milliseconds: await timeWorker(page, served.dist, text, lines.length) }
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

export interface BrowserComparison {
  path: BrowserFigure['path']
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
export async function compareWithNode(
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
    const figures: BrowserFigure[] = []
    for (let run = 0; run < RUNS; run++) {
      node.push(timeNode(lines, parse))
      figures.push(await timeOnce(browser, served, file, lines))
    }
    const inBrowser = figures.map((figure) => figure.milliseconds)
    return {
      path: figures[0]?.path ?? 'worker',
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
export async function printBrowserReport(
  lines: readonly string[],
  parse: (line: string) => unknown,
): Promise<void> {
  const { path, browserMilliseconds, nodeMilliseconds, ratio } = await compareWithNode(lines, parse)
  const how = path === 'app' ? 'whole-file flow' : 'parser worker alone (fileRun)'
  console.log(
    `browser: ${lines.length.toLocaleString('en-US')} lines in Chromium (${how}) ${Math.round(browserMilliseconds)} ms vs Node parse ${Math.round(nodeMilliseconds)} ms, wall clock, medians of ${RUNS} turns: ratio ${ratio.toFixed(2)} (target <= ${BROWSER_RATIO_TARGET})`,
  )
}
