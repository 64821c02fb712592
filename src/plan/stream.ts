/**
 * A streaming reader for JSON plans of any size. It never builds the whole document: it scans the bytes, keeps
 * only the top-level members the report needs, and hands each element of `resource_changes` and `resource_drift`
 * to JSON.parse on its own, so memory stays near one element plus the summary while the file can be hundreds of
 * megabytes (planned_values, prior_state, configuration and provider_schemas are skipped unparsed).
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

export interface PlanStreamHandlers {
  /** An element of a streamed top-level array (`resource_changes`, `resource_drift`). */
  element(key: string, value: unknown): void
  /** A kept top-level member other than the streamed arrays. */
  member(key: string, value: unknown): void
}

export class JsonPlanScanner {
  private depth = 0
  private inString = false
  private escape = false
  private started = false
  private ended = false
  private offset = 0
  /** Top-level key being read, as raw bytes, while `readingKey`. */
  private keyParts: Buffer[] = []
  private readingKey = false
  private key = ''
  /** Bytes of the value being kept (a whole member, or one array element). */
  private capture: Buffer[] | undefined
  private captureStart = 0
  private mode: 'none' | 'member' | 'array' = 'none'
  private expectValue = false
  /** Inside a top-level number, boolean or null. */
  private inScalar = false

  constructor(
    private readonly streamed: ReadonlySet<string>,
    private readonly kept: ReadonlySet<string>,
    private readonly handlers: PlanStreamHandlers
  ) {}

  push(chunk: Buffer): void {
    let i = 0
    const n = chunk.length
    // The next backslash in this chunk, found once and reused: searching again for every string would rescan
    // to the end of the chunk each time in a plan with few escapes.
    let slash = -1
    if (this.capture) this.captureStart = 0
    while (i < n) {
      const c = chunk[i]
      if (this.inString) {
        // Most of a plan is string content: jump to the next quote or backslash.
        if (this.escape) {
          this.escape = false
          i++
          continue
        }
        const quote = chunk.indexOf(QUOTE, i)
        if (slash !== n && slash < i) {
          slash = chunk.indexOf(BACKSLASH, i)
          if (slash === -1) slash = n
        }
        const stop = quote === -1 ? (slash === n ? -1 : slash) : Math.min(quote, slash)
        if (stop === -1) {
          if (this.readingKey) this.keyParts.push(chunk.subarray(i))
          break
        }
        if (chunk[stop] === BACKSLASH) {
          if (this.readingKey) this.keyParts.push(chunk.subarray(i, stop + 1))
          this.escape = true
          i = stop + 1
          continue
        }
        if (this.readingKey) {
          this.keyParts.push(chunk.subarray(i, stop))
          this.key = JSON.parse(`"${Buffer.concat(this.keyParts).toString('utf8')}"`) as string
          this.keyParts = []
          this.readingKey = false
        }
        this.inString = false
        i = stop + 1
        if (this.capture && this.mode === 'member' && this.depth === 1) this.finishCapture(chunk, i)
        continue
      }
      if (this.inScalar) {
        const end = this.scalarEnd(chunk, i)
        if (end === -1) break
        this.inScalar = false
        if (this.capture) this.finishCapture(chunk, end)
        i = end
        continue
      }
      if (isSpace(c)) {
        i++
        continue
      }
      if (this.ended) throw new Error('the JSON plan is not valid JSON (unexpected data after the end of the document)')
      if (!this.started) {
        if (c !== OPEN_BRACE) throw new Error('the JSON plan is not a JSON object (it does not start with "{")')
        this.started = true
        this.depth = 1
        i++
        continue
      }
      if (this.depth === 1 && !this.expectValue) {
        // Between top-level members: a key, a colon, a comma or the end.
        if (c === QUOTE) {
          this.inString = true
          this.readingKey = true
        } else if (c === 0x3a) {
          this.expectValue = true
        } else if (c === CLOSE_BRACE) {
          this.depth = 0
          this.ended = true
        } else if (c !== COMMA) {
          throw new Error(`the JSON plan is not valid JSON (unexpected byte at ${this.offset + i})`)
        }
        i++
        continue
      }
      if (this.depth === 1 && this.expectValue) {
        this.expectValue = false
        if (this.streamed.has(this.key) && c === OPEN_BRACKET) this.mode = 'array'
        else if (this.kept.has(this.key)) this.startCapture(i, 'member')
        else this.mode = 'none'
        if (c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE) {
          this.inScalar = true
          continue
        }
      }
      if (c === QUOTE) {
        this.inString = true
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.depth++
        if (this.mode === 'array' && this.depth === 3) this.startCapture(i, 'array')
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--
        if (this.depth < 1) throw new Error('the JSON plan is not valid JSON (unbalanced brackets)')
        if (this.capture && ((this.mode === 'array' && this.depth === 2) || (this.mode === 'member' && this.depth === 1)))
          this.finishCapture(chunk, i + 1)
        if (this.depth === 1) this.mode = 'none'
      }
      i++
    }
    if (this.capture && this.captureStart < n) this.capture.push(chunk.subarray(this.captureStart))
    this.offset += n
  }

  end(): void {
    if (!this.ended) throw new Error('the JSON plan is not valid JSON (the document ends early)')
  }

  /** A number, boolean or null ends at the first comma or closing brace. */
  private scalarEnd(chunk: Buffer, from: number): number {
    for (let j = from; j < chunk.length; j++) if (chunk[j] === COMMA || chunk[j] === CLOSE_BRACE) return j
    return -1
  }

  private startCapture(at: number, mode: 'member' | 'array'): void {
    this.mode = mode
    this.capture = []
    this.captureStart = at
  }

  private finishCapture(chunk: Buffer, end: number): void {
    this.capture!.push(chunk.subarray(this.captureStart, end))
    const text = Buffer.concat(this.capture!).toString('utf8')
    this.capture = undefined
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new Error(`the JSON plan is not valid JSON (${(error as Error).message})`, { cause: error })
    }
    if (this.mode === 'array') this.handlers.element(this.key, value)
    else this.handlers.member(this.key, value)
  }
}
