import type { Annotation } from '../../src/report/annotations.js'
import { run, type MainOptions } from '../../src/main.js'
import type { ActionIO } from '../../src/runtime.js'
import type { RunOutcome } from '../../src/run/outcome.js'
import { scaledClock } from '../../sim/clock.js'
import { tempDir } from './temp.js'

/** Records everything the action tells the runner, so tests can assert on outputs, logs, summary and failure. */
export class RecorderIO implements ActionIO {
  readonly outputs: Record<string, string> = {}
  readonly state: Record<string, string> = {}
  readonly secrets: string[] = []
  readonly lines: string[] = []
  readonly warnings: string[] = []
  summary = ''
  failed?: string

  constructor(
    private readonly inputs: Record<string, string>,
    readonly env: NodeJS.ProcessEnv = {}
  ) {}

  getInput(name: string): string {
    return this.inputs[name] ?? ''
  }
  setSecret(secret: string): void {
    this.secrets.push(secret)
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  saveState(name: string, value: string): void {
    this.state[name] = value
  }
  getState(name: string): string {
    return this.state[name] ?? ''
  }
  debug(message: string): void {
    this.lines.push(`::debug::${message}`)
  }
  info(message: string): void {
    this.lines.push(message)
  }
  warning(message: string): void {
    this.warnings.push(message)
    this.lines.push(`::warning::${message}`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`::group::${name}`)
    try {
      return await fn()
    } finally {
      this.lines.push('::endgroup::')
    }
  }
  appendSummary(markdown: string): Promise<void> {
    this.summary += markdown
    return Promise.resolve()
  }
  setFailed(message: string): void {
    this.failed = message
    this.lines.push(`::error::${message}`)
  }
  readonly annotations: Annotation[] = []
  annotate(annotation: Annotation): void {
    this.annotations.push(annotation)
    this.lines.push(`::${annotation.level} ${annotation.file ?? ''}::${annotation.title}: ${annotation.message}`)
  }
  /** Everything a user could see: log, outputs, summary, failure. */
  allText(): string {
    return [...this.lines, JSON.stringify(this.outputs), this.summary, this.failed ?? ''].join('\n')
  }
}

export const TOKEN = 'test-token-admin'
/**
 * Tests run ten times faster than real time: the action, its transport and the simulator share this clock, so
 * scripted durations, backoff and poll intervals keep their proportions while the suite waits a tenth as long.
 */
export const TEST_CLOCK = scaledClock(10)
/**
 * A timeout of 60 s on the test clock (6 s of real time): long enough that a loaded CI machine (the suite's
 * workers, the bundle's child processes, the GitHub contract read once per worker) never runs a normal flow out of
 * time, as 20 s (2 s real) sometimes did; tests of the timeout itself set their own.
 */
export const FAST = { 'poll-interval': '0.02s', timeout: '60s' }

export async function runAction(
  apiUrl: string,
  inputs: Record<string, string>,
  options: MainOptions & { env?: NodeJS.ProcessEnv } = {}
): Promise<{ io: RecorderIO; result: RunOutcome | undefined }> {
  const io = new RecorderIO(
    { token: TOKEN, hostname: apiUrl, organization: 'acme', ...FAST, ...inputs },
    {
      RUNNER_TEMP: tempDir('runner-'),
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_WORKFLOW: 'deploy',
      GITHUB_RUN_NUMBER: '7',
      ...options.env
    }
  )
  const result = await run(io, { clock: TEST_CLOCK, ...options })
  return { io, result }
}

/**
 * Waits until `probe` returns something, checking every few milliseconds: for a test that must act at a point of a
 * run's life (mid-plan, say) without betting on how long the machine takes to get there. Fails after `limitMs`.
 */
export async function until<T>(probe: () => T | undefined | null | false, what: string, limitMs = 10_000): Promise<T> {
  const giveUp = Date.now() + limitMs
  for (;;) {
    const value = probe()
    if (value) return value
    if (Date.now() > giveUp) throw new Error(`Never happened: ${what}`)
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}
