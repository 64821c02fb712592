import { StringDecoder } from 'node:string_decoder'
import { messageOf } from '../plan/log.js'
import { StoppedError } from '../tfc/errors.js'
import type { StepContext } from './context.js'

const STX = '\x02'
const ETX = '\x03'
/** The most read at once; a longer log simply takes more reads. */
const READ_BYTES = 1024 * 1024

/**
 * Follows a plan or apply log as it is written (tfc-api.md §5.4): reads from the byte offset it has reached, so no
 * byte is fetched twice (the Terraform CLI reads the same way), prints whole lines into the job log when
 * `show-logs` is on, and notices the end marker (ETX), which says the phase is over before the next poll would.
 */
export class LogFollower {
  private offset = 0
  private partial = ''
  private readonly decoder = new StringDecoder('utf8')
  /** The end marker has arrived: nothing more will be written. */
  finished = false

  constructor(
    private readonly ctx: StepContext,
    private readonly url: string
  ) {}

  /** Reads what is new. True when the end marker arrived in this read. A read that fails is tried at the next turn. */
  async read(): Promise<boolean> {
    if (this.finished) return false
    const url = new URL(this.url)
    // go-tfe replaces the URL's query with these two; the URL carries its credential in the path.
    url.search = `limit=${READ_BYTES}&offset=${this.offset}`
    let bytes: Buffer
    try {
      const result = await this.ctx.http.fetchBlob(url.href)
      if (result.status !== 200) return false
      bytes = result.bytes
    } catch (error) {
      if (error instanceof StoppedError) throw error
      return false
    }
    this.offset += bytes.length
    const text = this.decoder.write(bytes)
    this.finished = text.includes(ETX)
    this.print(text.split(STX).join('').split(ETX)[0], this.finished)
    return this.finished
  }

  private print(text: string, flush: boolean): void {
    if (!this.ctx.inputs.showLogs) return
    const lines = (this.partial + text).split('\n')
    this.partial = flush ? '' : (lines.pop() ?? '')
    for (const line of lines) if (line.trim()) this.ctx.log.info(messageOf(line.replace(/\r$/, '')))
  }
}
