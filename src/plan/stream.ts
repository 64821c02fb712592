/**
 * A streaming reader for JSON plans of any size. It never builds the whole document: it scans the bytes, keeps
 * only the top-level members the report needs, and hands each element of `resource_changes` and `resource_drift`
 * to JSON.parse on its own, without the element's values (`change.before`, `after` and their marks, most of a plan's
 * bytes), which stay bytes until asked for. Memory stays near one element plus the summary while the file can be
 * hundreds of megabytes; planned_values, prior_state, configuration and provider_schemas are skipped unparsed.
 */

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
}

/**
 * The members of an element's `change` object that are not parsed with it: `before`, `after` and their marks are
 * most of a plan's bytes and the report needs them only for the few resources it diffs. `get` parses one on demand,
 * while the handler runs; undefined when the element has no such member.
 */
export interface DeferredValues {
  get(name: string): unknown
  /** The member's JSON text, unparsed. */
  text(name: string): string | undefined
}

/** Skipped in each element's `change`: a resource's values, which only attribute diffs read. */
export const DEFERRED_CHANGE_MEMBERS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'after_unknown',
  'before_sensitive',
  'after_sensitive',
  'generated_config'
])

const NO_DEFERRED: DeferredValues = { get: () => undefined, text: () => undefined }

export interface PlanStreamHandlers {
  /** An element of a streamed top-level array (`resource_changes`, `resource_drift`), its `change` values deferred. */
  element(key: string, value: unknown, deferred: DeferredValues): void
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
  /** A key that spans chunks (or holds an escape), as raw bytes, while `keyDepth` is set. */
  private keyParts: Buffer[] = []
  private key = ''
  /** Bytes of the value being kept (a whole member, or one array element). */
  private capture: Buffer[] | undefined
  private captureStart = 0
  private mode: 'none' | 'member' | 'array' = 'none'
  private expectValue = false
  /** Inside a top-level number, boolean or null. */
  private inScalar = false
  /** Where a key being read belongs: the top level (1), an element (3) or its `change` object (4). */
  private keyDepth = 0
  // Inside an element: whether a key comes next at depth 3 / 4, and the keys last read there.
  private keyNext3 = false
  private keyNext4 = false
  private key3 = ''
  private key4 = ''
  /** A deferred `change` member whose value starts at the next byte that is not space. */
  private deferNext: string | undefined
  private deferName = ''
  private deferFrom = -1
  private deferKind: 'string' | 'container' | 'scalar' = 'scalar'
  /** Deferred members of the element being captured, as absolute stream offsets. */
  private deferred: Array<{ name: string; from: number; to: number }> = []
  /** Stream offset of the first captured byte. */
  private captureAbs = 0
  /** Inside a container nothing is read from (a deferred value, an unread top-level member): its depth so far. */
  private skipDepth = 0
  private skipInString = false
  private skipEscape = false
  /** The skipped container is a deferred value, to be recorded when it ends. */
  private skipDeferred = false

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
      if (this.skipDepth > 0) {
        i = this.skipContainer(chunk, i)
        continue
      }
      const c = chunk[i]
      if (this.inString) {
        // Most of a plan is string content: jump to the next quote or backslash.
        if (this.escape) {
          this.escape = false
          if (this.keyDepth) this.keyParts.push(chunk.subarray(i, i + 1))
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
          if (this.keyDepth) this.carry(chunk, i, this.keyParts)
          break
        }
        if (chunk[stop] === BACKSLASH) {
          if (this.keyDepth) this.keyParts.push(chunk.subarray(i, stop + 1))
          this.escape = true
          i = stop + 1
          continue
        }
        if (this.keyDepth) {
          // A key read whole from this chunk without escapes is its bytes; any other is decoded as JSON.
          let key: string
          if (!this.keyParts.length) key = chunk.toString('utf8', i, stop)
          else {
            this.keyParts.push(chunk.subarray(i, stop))
            key = JSON.parse(`"${Buffer.concat(this.keyParts).toString('utf8')}"`) as string
          }
          if (this.keyDepth === 1) this.key = key
          else if (this.keyDepth === 3) this.key3 = key
          else this.key4 = key
          this.keyParts = []
          this.keyDepth = 0
        } else if (this.deferFrom >= 0 && this.deferKind === 'string' && this.depth === 4) {
          this.endDeferred(this.offset + stop + 1)
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
      if (this.depth <= 1) {
        // The top level: a few bytes per plan, handled out of the hot loop so it stays optimized.
        const next = this.topLevel(c, i)
        if (next >= 0) {
          i = next
          continue
        }
      }
      if (this.deferNext !== undefined) {
        this.startDeferred(c, this.offset + i)
        if (this.deferKind === 'container') {
          this.skipDepth = 1
          this.skipDeferred = true
          i++
          continue
        }
      }
      if (c === QUOTE) {
        this.inString = true
        // A key of the element, or of its `change` object.
        if (this.mode === 'array') {
          if (this.depth === 3 && this.keyNext3) this.keyDepth = 3
          else if (this.depth === 4 && this.keyNext4 && this.key3 === 'change') this.keyDepth = 4
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.depth++
        if (this.mode === 'array' && this.depth === 3) {
          this.startCapture(i, 'array')
          this.keyNext3 = c === OPEN_BRACE
          this.key3 = ''
        } else if (this.mode === 'array' && this.depth === 4 && this.key3 === 'change' && c === OPEN_BRACE) {
          this.keyNext4 = true
          this.key4 = ''
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (this.deferFrom >= 0 && this.deferKind === 'scalar' && this.depth === 4) this.endDeferred(this.offset + i)
        this.depth--
        if (this.depth < 1) throw new Error('the JSON plan is not valid JSON (unbalanced brackets)')
        if (this.deferFrom >= 0 && this.deferKind === 'container' && this.depth === 4) this.endDeferred(this.offset + i + 1)
        if (this.capture && ((this.mode === 'array' && this.depth === 2) || (this.mode === 'member' && this.depth === 1)))
          this.finishCapture(chunk, i + 1)
        if (this.depth === 1) this.mode = 'none'
      } else if (this.mode === 'array' && (c === COMMA || c === COLON)) {
        if (this.depth === 3) this.keyNext3 = c === COMMA
        else if (this.depth === 4 && this.key3 === 'change') {
          if (c === COMMA && this.deferFrom >= 0 && this.deferKind === 'scalar') this.endDeferred(this.offset + i)
          this.keyNext4 = c === COMMA
          if (c === COLON && DEFERRED_CHANGE_MEMBERS.has(this.key4)) this.deferNext = this.key4
        }
      }
      i++
    }
    if (this.capture && this.captureStart < n) this.carry(chunk, this.captureStart, this.capture)
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

  /**
   * A byte at the top level of the document: its start, a member's key, colon, comma or the document's end, or the
   * start of a member's value. Returns where to go on, or -1 when the byte starts a value the main loop reads.
   */
  private topLevel(c: number, i: number): number {
    if (this.ended) throw new Error('the JSON plan is not valid JSON (unexpected data after the end of the document)')
    if (!this.started) {
      if (c !== OPEN_BRACE) throw new Error('the JSON plan is not a JSON object (it does not start with "{")')
      this.started = true
      this.depth = 1
      return i + 1
    }
    if (!this.expectValue) {
      // Between top-level members: a key, a colon, a comma or the end.
      if (c === QUOTE) {
        this.inString = true
        this.keyDepth = 1
      } else if (c === COLON) {
        this.expectValue = true
      } else if (c === CLOSE_BRACE) {
        this.depth = 0
        this.ended = true
      } else if (c !== COMMA) {
        throw new Error(`the JSON plan is not valid JSON (unexpected byte at ${this.offset + i})`)
      }
      return i + 1
    }
    this.expectValue = false
    if (this.streamed.has(this.key) && c === OPEN_BRACKET) this.mode = 'array'
    else if (this.kept.has(this.key)) this.startCapture(i, 'member')
    else {
      this.mode = 'none'
      // planned_values, prior_state, configuration, provider schemas: skipped without reading their keys.
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        this.skipDepth = 1
        return i + 1
      }
    }
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE) {
      this.inScalar = true
      return i
    }
    return -1
  }

  private carryEscape(n: number): number {
    this.skipEscape = true
    return n
  }

  /** The rest of a chunk that ends inside a kept value or a key: carried into the next chunk. */
  private carry(chunk: Buffer, from: number, parts: Buffer[]): void {
    parts.push(chunk.subarray(from))
  }

  /**
   * Walks a skipped container to its end, minding only strings (a bracket inside one does not count) and
   * brackets: the tight loop most of a plan's bytes go through. Returns where it stopped.
   */
  private skipContainer(chunk: Buffer, from: number): number {
    const n = chunk.length
    let i = from
    let depth = this.skipDepth
    let inString = this.skipInString
    if (this.skipEscape) {
      this.skipEscape = false
      i++
    }
    while (i < n) {
      const c = chunk[i++]
      if (inString) {
        if (c === BACKSLASH) i++
        else if (c === QUOTE) inString = false
      } else if (c === QUOTE) inString = true
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) break
    }
    // A backslash that was the chunk's last byte escapes the next chunk's first.
    if (i > n) i = this.carryEscape(n)
    this.skipDepth = depth
    this.skipInString = inString
    if (depth === 0 && this.skipDeferred) {
      this.skipDeferred = false
      this.endDeferred(this.offset + i)
    }
    return i
  }

  private startDeferred(c: number, at: number): void {
    this.deferName = this.deferNext!
    this.deferNext = undefined
    this.deferFrom = at
    this.deferKind = c === QUOTE ? 'string' : c === OPEN_BRACE || c === OPEN_BRACKET ? 'container' : 'scalar'
  }

  private endDeferred(to: number): void {
    this.deferred.push({ name: this.deferName, from: this.deferFrom, to })
    this.deferFrom = -1
  }

  private startCapture(at: number, mode: 'member' | 'array'): void {
    this.captureAbs = this.offset + at
    this.mode = mode
    this.capture = []
    this.captureStart = at
  }

  private finishCapture(chunk: Buffer, end: number): void {
    const ranges = this.mode === 'array' ? this.deferred : []
    this.deferred = []
    // The captured bytes are source[from, to), and source[0] is at stream offset `base`. An element read within one
    // chunk (nearly all) is decoded from the chunk itself, with no copy; one that spans chunks is gathered first.
    let source = chunk
    let from = this.captureStart
    let to = end
    let base = this.offset
    if (this.capture!.length) {
      this.capture!.push(chunk.subarray(this.captureStart, end))
      source = Buffer.concat(this.capture!)
      from = 0
      to = source.length
      base = this.captureAbs
    }
    this.capture = undefined
    // The element without its deferred values (each replaced by null), parsed; the values stay bytes until asked for.
    let reduced = ''
    let at = from
    for (const range of ranges) {
      reduced += `${source.toString('utf8', at, range.from - base)}null`
      at = range.to - base
    }
    reduced += source.toString('utf8', at, to)
    const value = parseJson(reduced)
    if (this.mode !== 'array') return this.handlers.member(this.key, value)
    const text = (name: string): string | undefined => {
      const range = ranges.find(r => r.name === name)
      return range ? source.toString('utf8', range.from - base, range.to - base) : undefined
    }
    const deferred: DeferredValues = ranges.length
      ? {
          text,
          get: name => {
            const json = text(name)
            return json === undefined ? undefined : parseJson(json)
          }
        }
      : NO_DEFERRED
    this.handlers.element(this.key, value, deferred)
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`the JSON plan is not valid JSON (${(error as Error).message})`, { cause: error })
  }
}
