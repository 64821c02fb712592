import { StringDecoder } from 'node:string_decoder'
import { LogDigest } from '../plan/diagnostics.js'
import { messageOf } from '../plan/log.js'
import { StoppedError } from '../tfc/errors.js'
import { signedParts } from '../tfc/signed-url.js'
import type { StepContext } from './context.js'

const STX = '\x02'
const ETX = '\x03'
/** The most read at once; a longer log simply takes more reads. */
const READ_BYTES = 1024 * 1024
/** After the phase has ended, reads that find nothing new before the log is taken as it is. */
const MAX_EMPTY_READS_AT_END = 2

/**
 * One phase's log (plan or apply), followed as it is written (tfc-api.md §5.4): read from the byte offset reached,
 * so no byte is fetched twice (the Terraform CLI reads the same way); whole lines go into the job log when
 * `show-logs` is on, and always into a digest (diagnostics and the last lines). The end marker (ETX) says the
 * phase is over before the next poll would.
 */
export class PhaseLog {
  readonly digest: LogDigest
  private url: string | undefined
  private offset = 0
  private partial = ''
  private readonly decoder = new StringDecoder('utf8')
  /** The end marker has arrived: nothing more will be written. */
  finished = false

  constructor(
    private readonly ctx: StepContext,
    readonly phase: 'plan' | 'apply'
  ) {
    this.digest = new LogDigest(phase)
  }

  get following(): boolean {
    return this.url !== undefined
  }

  /** Starts following the log at this (signed) URL; masked before anything could print it. */
  follow(url: string): void {
    if (this.url) return
    for (const secret of signedParts(new URL(url, this.ctx.http.apiOrigin))) this.ctx.log.setSecret(secret)
    this.url = url
  }

  /**
   * Reads what is new. True when the end marker arrived in this read; a read that fails is tried at the next
   * turn. `read` is false when nothing was read (no URL, a failed read, or no new bytes).
   */
  async read(): Promise<{ ended: boolean; read: boolean }> {
    if (this.finished || !this.url) return { ended: false, read: false }
    const url = new URL(this.url)
    // go-tfe replaces the URL's query with these two; the URL carries its credential in the path.
    url.search = `limit=${READ_BYTES}&offset=${this.offset}`
    let bytes: Buffer
    try {
      const result = await this.ctx.http.fetchBlob(url.href, { label: `${this.phase} log` })
      if (result.status !== 200) return { ended: false, read: false }
      bytes = result.bytes
    } catch (error) {
      if (error instanceof StoppedError) throw error
      return { ended: false, read: false }
    }
    this.offset += bytes.length
    const text = this.decoder.write(bytes)
    this.finished = text.includes(ETX)
    this.take(text.split(STX).join('').split(ETX)[0], this.finished)
    return { ended: this.finished, read: bytes.length > 0 }
  }

  /**
   * Reads the rest of a log whose phase has ended (from where following stopped, or from the start when the
   * phase ended before it was followed), so its diagnostics are complete.
   */
  async finish(url: string | undefined): Promise<LogDigest> {
    if (url) this.follow(url)
    let empty = 0
    while (this.url && !this.finished && empty < MAX_EMPTY_READS_AT_END) {
      const { read } = await this.read()
      empty = read ? 0 : empty + 1
    }
    // A log that could not be read is a warning: the run's status says what happened, the log only why.
    if (this.url && this.offset === 0) this.ctx.log.warning(`Could not read the ${this.phase} log; see the run page.`)
    if (!this.finished) this.take('', true)
    this.digest.end()
    return this.digest
  }

  private take(text: string, flush: boolean): void {
    const lines = (this.partial + text).split('\n')
    this.partial = flush ? '' : (lines.pop() ?? '')
    for (const line of lines) {
      this.digest.line(line)
      if (this.ctx.inputs.showLogs && line.trim()) this.ctx.log.info(messageOf(line.replace(/\r$/, '')))
    }
  }
}
