export const id = 967;
export const ids = [967];
export const modules = {

/***/ 9839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ diffLines),
/* harmony export */   mO: () => (/* binding */ attributeDiff)
/* harmony export */ });
/* unused harmony exports MAX_ATTRIBUTES, MAX_VALUE_CHARS, shortValue, shortPair */
/**
 * What changes inside one resource: each changed attribute, before -> after, computed from a resource change's
 * `before`, `after`, `after_unknown`, `before_sensitive` and `after_sensitive` (plan JSON format, both full and
 * redacted). A value marked sensitive on either side is never read into the result, only `(sensitive)`.
 */
/** A resource's list stays readable; the rest is counted. */
const MAX_ATTRIBUTES = 40;
/** A long value (a policy document, user data) is shortened; its change is still visible. */
const MAX_VALUE_CHARS = 80;
/** Whether a sensitivity or unknown mark covers this whole value (true here), as opposed to parts below. */
function covers(mark) {
    return mark === true;
}
function child(mark, key) {
    if (mark === true)
        return true;
    if (mark && typeof mark === 'object')
        return mark[key];
    return undefined;
}
function isContainer(value) {
    return value !== null && typeof value === 'object';
}
function pathStep(path, key) {
    if (typeof key === 'number')
        return `${path}[${key}]`;
    if (/^[A-Za-z_][\w-]*$/.test(key))
        return path ? `${path}.${key}` : key;
    return `${path}[${JSON.stringify(key)}]`;
}
function shortValue(value) {
    const text = JSON.stringify(value) ?? 'null';
    return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
function shown(side, present) {
    if (!present)
        return { kind: 'absent' };
    // A whole object or list is shown in one piece only when no part of it is sensitive.
    if (hasMarkBelow(side.sensitive))
        return { kind: 'sensitive' };
    if (covers(side.unknown))
        return { kind: 'unknown' };
    return { kind: 'value', text: shortValue(side.value) };
}
/**
 * Two long values that share a long beginning (a policy document, say) are shown from a little before where they
 * differ, so the change is visible rather than cut off.
 */
function shortPair(before, after) {
    const b = JSON.stringify(before) ?? 'null';
    const a = JSON.stringify(after) ?? 'null';
    if (b.length <= MAX_VALUE_CHARS && a.length <= MAX_VALUE_CHARS)
        return [b, a];
    let same = 0;
    while (same < b.length && same < a.length && b[same] === a[same])
        same++;
    const from = same > 20 ? same - 10 : 0;
    const cut = (text) => {
        const shown = from ? `…${text.slice(from)}` : text;
        return shown.length > MAX_VALUE_CHARS ? `${shown.slice(0, MAX_VALUE_CHARS - 1)}…` : shown;
    };
    return [cut(b), cut(a)];
}
/** Leaves and containers are compared by their JSON text. */
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** Whether a sensitivity mark has any `true` below it: a container holding a sensitive part is compared by parts. */
function hasMarkBelow(mark) {
    if (mark === true)
        return true;
    if (mark && typeof mark === 'object')
        return Object.values(mark).some(hasMarkBelow);
    return false;
}
function keysOf(value) {
    if (Array.isArray(value))
        return value.map((_, i) => i);
    if (isContainer(value))
        return Object.keys(value);
    return [];
}
function forces(path, replacePaths) {
    return replacePaths.some(p => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}
/**
 * The changed attributes of an update or replacement. `replacePaths` are already formatted as attribute paths
 * (`formatPath` in summary.ts). Pure; never returns a sensitive value.
 */
function attributeDiff(change, replacePaths = []) {
    const out = [];
    let more = 0;
    const add = (path, before, after) => {
        if (out.length < MAX_ATTRIBUTES)
            out.push({ path, before, after, forcesReplacement: forces(path, replacePaths) });
        else
            more++;
    };
    const walk = (path, before, after, inBefore, inAfter) => {
        if (covers(before.sensitive) || covers(after.sensitive)) {
            // Sensitive on either side: neither side's value is shown, and an unchanged sensitive value is not listed.
            const unchanged = inBefore && inAfter && !covers(after.unknown) && sameValue(before.value, after.value);
            if (!unchanged)
                add(path, inBefore ? { kind: 'sensitive' } : { kind: 'absent' }, inAfter ? { kind: 'sensitive' } : { kind: 'absent' });
            return;
        }
        if (covers(after.unknown)) {
            add(path, shown(before, inBefore), { kind: 'unknown' });
            return;
        }
        if (inBefore &&
            inAfter &&
            isContainer(before.value) &&
            isContainer(after.value) &&
            Array.isArray(before.value) === Array.isArray(after.value)) {
            const b = before.value;
            const a = after.value;
            const keys = new Set([...keysOf(b), ...keysOf(a), ...keysOf(after.unknown)]);
            for (const key of [...keys].sort(compareKeys)) {
                const unknown = child(after.unknown, key);
                walk(pathStep(path, key), { value: b[key], sensitive: child(before.sensitive, key), unknown: undefined }, { value: a[key], sensitive: child(after.sensitive, key), unknown }, key in b, key in a || covers(unknown));
            }
            return;
        }
        if (inBefore && inAfter && sameValue(before.value, after.value))
            return;
        // An attribute that is null on one side and missing on the other did not change.
        if (!inBefore && (!inAfter || after.value === null))
            return;
        if (!inAfter && before.value === null)
            return;
        const was = shown(before, inBefore);
        const now = shown(after, inAfter);
        if (was.kind === 'value' && now.kind === 'value') {
            const [from, to] = shortPair(before.value, after.value);
            add(path, { kind: 'value', text: from }, { kind: 'value', text: to });
        }
        else
            add(path, was, now);
    };
    walk('', { value: change.before ?? {}, sensitive: change.before_sensitive, unknown: undefined }, { value: change.after ?? {}, sensitive: change.after_sensitive, unknown: change.after_unknown }, true, true);
    return { attributes: out, more };
}
function compareKeys(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
/**
 * One line per attribute, as Terraform's plan prints them: `~ path = before -> after`; without `values`, only
 * `~ path` (the report on a public repository: see `attribute-values`).
 */
function diffLines(diff, values = true) {
    const text = (value) => value.kind === 'value' ? value.text : value.kind === 'sensitive' ? '(sensitive)' : value.kind === 'unknown' ? '(known after apply)' : '';
    const lines = diff.attributes.map(({ path, before, after, forcesReplacement }) => {
        const mark = forcesReplacement ? '  # forces replacement' : '';
        if (!values)
            return `${before.kind === 'absent' ? '+' : after.kind === 'absent' ? '-' : '~'} ${path}${mark}`;
        if (before.kind === 'absent')
            return `+ ${path} = ${text(after)}${mark}`;
        if (after.kind === 'absent')
            return `- ${path} = ${text(before)}${mark}`;
        return `~ ${path} = ${text(before)} -> ${text(after)}${mark}`;
    });
    if (diff.more)
        lines.push(`  … and ${diff.more} more changed attributes`);
    return lines;
}


/***/ }),

/***/ 4707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ DEFERRED_CHANGE_MEMBERS),
/* harmony export */   q: () => (/* binding */ JsonPlanScanner)
/* harmony export */ });
/**
 * A streaming reader for JSON plans of any size. It never builds the whole document: it scans the bytes, keeps
 * only the top-level members the report needs, and hands each element of `resource_changes` and `resource_drift`
 * to JSON.parse on its own, without the element's values (`change.before`, `after` and their marks, most of a plan's
 * bytes), which stay bytes until asked for. Memory stays near one element plus the summary while the file can be
 * hundreds of megabytes; planned_values, prior_state, configuration and provider_schemas are skipped unparsed.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Skipped in each element's `change`: a resource's values, which only attribute diffs read. */
const DEFERRED_CHANGE_MEMBERS = new Set([
    'before',
    'after',
    'after_unknown',
    'before_sensitive',
    'after_sensitive',
    'generated_config'
]);
const NO_DEFERRED = { get: () => undefined, text: () => undefined };
class JsonPlanScanner {
    streamed;
    kept;
    handlers;
    depth = 0;
    inString = false;
    escape = false;
    started = false;
    ended = false;
    offset = 0;
    /** A key that spans chunks (or holds an escape), as raw bytes, while `keyDepth` is set. */
    keyParts = [];
    key = '';
    /** Bytes of the value being kept (a whole member, or one array element). */
    capture;
    captureStart = 0;
    mode = 'none';
    expectValue = false;
    /** Inside a top-level number, boolean or null. */
    inScalar = false;
    /** Where a key being read belongs: the top level (1), an element (3) or its `change` object (4). */
    keyDepth = 0;
    // Inside an element: whether a key comes next at depth 3 / 4, and the keys last read there.
    keyNext3 = false;
    keyNext4 = false;
    key3 = '';
    key4 = '';
    /** A deferred `change` member whose value starts at the next byte that is not space. */
    deferNext;
    deferName = '';
    deferFrom = -1;
    deferKind = 'scalar';
    /** Deferred members of the element being captured, as absolute stream offsets. */
    deferred = [];
    /** Stream offset of the first captured byte. */
    captureAbs = 0;
    /** Inside a container nothing is read from (a deferred value, an unread top-level member): its depth so far. */
    skipDepth = 0;
    skipInString = false;
    skipEscape = false;
    /** The skipped container is a deferred value, to be recorded when it ends. */
    skipDeferred = false;
    constructor(streamed, kept, handlers) {
        this.streamed = streamed;
        this.kept = kept;
        this.handlers = handlers;
    }
    push(chunk) {
        let i = 0;
        const n = chunk.length;
        // The next backslash in this chunk, found once and reused: searching again for every string would rescan
        // to the end of the chunk each time in a plan with few escapes.
        let slash = -1;
        if (this.capture)
            this.captureStart = 0;
        while (i < n) {
            if (this.skipDepth > 0) {
                i = this.skipContainer(chunk, i);
                continue;
            }
            const c = chunk[i];
            if (this.inString) {
                // Most of a plan is string content: jump to the next quote or backslash.
                if (this.escape) {
                    this.escape = false;
                    if (this.keyDepth)
                        this.keyParts.push(chunk.subarray(i, i + 1));
                    i++;
                    continue;
                }
                const quote = chunk.indexOf(QUOTE, i);
                if (slash !== n && slash < i) {
                    slash = chunk.indexOf(BACKSLASH, i);
                    if (slash === -1)
                        slash = n;
                }
                const stop = quote === -1 ? (slash === n ? -1 : slash) : Math.min(quote, slash);
                if (stop === -1) {
                    if (this.keyDepth)
                        this.carry(chunk, i, this.keyParts);
                    break;
                }
                if (chunk[stop] === BACKSLASH) {
                    if (this.keyDepth)
                        this.keyParts.push(chunk.subarray(i, stop + 1));
                    this.escape = true;
                    i = stop + 1;
                    continue;
                }
                if (this.keyDepth) {
                    // A key read whole from this chunk without escapes is its bytes; any other is decoded as JSON.
                    let key;
                    if (!this.keyParts.length)
                        key = chunk.toString('utf8', i, stop);
                    else {
                        this.keyParts.push(chunk.subarray(i, stop));
                        key = JSON.parse(`"${Buffer.concat(this.keyParts).toString('utf8')}"`);
                    }
                    if (this.keyDepth === 1)
                        this.key = key;
                    else if (this.keyDepth === 3)
                        this.key3 = key;
                    else
                        this.key4 = key;
                    this.keyParts = [];
                    this.keyDepth = 0;
                }
                else if (this.deferFrom >= 0 && this.deferKind === 'string' && this.depth === 4) {
                    this.endDeferred(this.offset + stop + 1);
                }
                this.inString = false;
                i = stop + 1;
                if (this.capture && this.mode === 'member' && this.depth === 1)
                    this.finishCapture(chunk, i);
                continue;
            }
            if (this.inScalar) {
                const end = this.scalarEnd(chunk, i);
                if (end === -1)
                    break;
                this.inScalar = false;
                if (this.capture)
                    this.finishCapture(chunk, end);
                i = end;
                continue;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (this.depth <= 1) {
                // The top level: a few bytes per plan, handled out of the hot loop so it stays optimized.
                const next = this.topLevel(c, i);
                if (next >= 0) {
                    i = next;
                    continue;
                }
            }
            if (this.deferNext !== undefined) {
                this.startDeferred(c, this.offset + i);
                if (this.deferKind === 'container') {
                    this.skipDepth = 1;
                    this.skipDeferred = true;
                    i++;
                    continue;
                }
            }
            if (c === QUOTE) {
                this.inString = true;
                // A key of the element, or of its `change` object.
                if (this.mode === 'array') {
                    if (this.depth === 3 && this.keyNext3)
                        this.keyDepth = 3;
                    else if (this.depth === 4 && this.keyNext4 && this.key3 === 'change')
                        this.keyDepth = 4;
                }
            }
            else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                this.depth++;
                if (this.mode === 'array' && this.depth === 3) {
                    this.startCapture(i, 'array');
                    this.keyNext3 = c === OPEN_BRACE;
                    this.key3 = '';
                }
                else if (this.mode === 'array' && this.depth === 4 && this.key3 === 'change' && c === OPEN_BRACE) {
                    this.keyNext4 = true;
                    this.key4 = '';
                }
            }
            else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                if (this.deferFrom >= 0 && this.deferKind === 'scalar' && this.depth === 4)
                    this.endDeferred(this.offset + i);
                this.depth--;
                if (this.depth < 1)
                    throw new Error('the JSON plan is not valid JSON (unbalanced brackets)');
                if (this.deferFrom >= 0 && this.deferKind === 'container' && this.depth === 4)
                    this.endDeferred(this.offset + i + 1);
                if (this.capture && ((this.mode === 'array' && this.depth === 2) || (this.mode === 'member' && this.depth === 1)))
                    this.finishCapture(chunk, i + 1);
                if (this.depth === 1)
                    this.mode = 'none';
            }
            else if (this.mode === 'array' && (c === COMMA || c === COLON)) {
                if (this.depth === 3)
                    this.keyNext3 = c === COMMA;
                else if (this.depth === 4 && this.key3 === 'change') {
                    if (c === COMMA && this.deferFrom >= 0 && this.deferKind === 'scalar')
                        this.endDeferred(this.offset + i);
                    this.keyNext4 = c === COMMA;
                    if (c === COLON && DEFERRED_CHANGE_MEMBERS.has(this.key4))
                        this.deferNext = this.key4;
                }
            }
            i++;
        }
        if (this.capture && this.captureStart < n)
            this.carry(chunk, this.captureStart, this.capture);
        this.offset += n;
    }
    end() {
        if (!this.ended)
            throw new Error('the JSON plan is not valid JSON (the document ends early)');
    }
    /** A number, boolean or null ends at the first comma or closing brace. */
    scalarEnd(chunk, from) {
        for (let j = from; j < chunk.length; j++)
            if (chunk[j] === COMMA || chunk[j] === CLOSE_BRACE)
                return j;
        return -1;
    }
    /**
     * A byte at the top level of the document: its start, a member's key, colon, comma or the document's end, or the
     * start of a member's value. Returns where to go on, or -1 when the byte starts a value the main loop reads.
     */
    topLevel(c, i) {
        if (this.ended)
            throw new Error('the JSON plan is not valid JSON (unexpected data after the end of the document)');
        if (!this.started) {
            if (c !== OPEN_BRACE)
                throw new Error('the JSON plan is not a JSON object (it does not start with "{")');
            this.started = true;
            this.depth = 1;
            return i + 1;
        }
        if (!this.expectValue) {
            // Between top-level members: a key, a colon, a comma or the end.
            if (c === QUOTE) {
                this.inString = true;
                this.keyDepth = 1;
            }
            else if (c === COLON) {
                this.expectValue = true;
            }
            else if (c === CLOSE_BRACE) {
                this.depth = 0;
                this.ended = true;
            }
            else if (c !== COMMA) {
                throw new Error(`the JSON plan is not valid JSON (unexpected byte at ${this.offset + i})`);
            }
            return i + 1;
        }
        this.expectValue = false;
        if (this.streamed.has(this.key) && c === OPEN_BRACKET)
            this.mode = 'array';
        else if (this.kept.has(this.key))
            this.startCapture(i, 'member');
        else {
            this.mode = 'none';
            // planned_values, prior_state, configuration, provider schemas: skipped without reading their keys.
            if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                this.skipDepth = 1;
                return i + 1;
            }
        }
        if (c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE) {
            this.inScalar = true;
            return i;
        }
        return -1;
    }
    carryEscape(n) {
        this.skipEscape = true;
        return n;
    }
    /** The rest of a chunk that ends inside a kept value or a key: carried into the next chunk. */
    carry(chunk, from, parts) {
        parts.push(chunk.subarray(from));
    }
    /**
     * Walks a skipped container to its end, minding only strings (a bracket inside one does not count) and
     * brackets: the tight loop most of a plan's bytes go through. Returns where it stopped.
     */
    skipContainer(chunk, from) {
        const n = chunk.length;
        let i = from;
        let depth = this.skipDepth;
        let inString = this.skipInString;
        if (this.skipEscape) {
            this.skipEscape = false;
            i++;
        }
        while (i < n) {
            const c = chunk[i++];
            if (inString) {
                if (c === BACKSLASH)
                    i++;
                else if (c === QUOTE)
                    inString = false;
            }
            else if (c === QUOTE)
                inString = true;
            else if (c === OPEN_BRACE || c === OPEN_BRACKET)
                depth++;
            else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0)
                break;
        }
        // A backslash that was the chunk's last byte escapes the next chunk's first.
        if (i > n)
            i = this.carryEscape(n);
        this.skipDepth = depth;
        this.skipInString = inString;
        if (depth === 0 && this.skipDeferred) {
            this.skipDeferred = false;
            this.endDeferred(this.offset + i);
        }
        return i;
    }
    startDeferred(c, at) {
        this.deferName = this.deferNext;
        this.deferNext = undefined;
        this.deferFrom = at;
        this.deferKind = c === QUOTE ? 'string' : c === OPEN_BRACE || c === OPEN_BRACKET ? 'container' : 'scalar';
    }
    endDeferred(to) {
        this.deferred.push({ name: this.deferName, from: this.deferFrom, to });
        this.deferFrom = -1;
    }
    startCapture(at, mode) {
        this.captureAbs = this.offset + at;
        this.mode = mode;
        this.capture = [];
        this.captureStart = at;
    }
    finishCapture(chunk, end) {
        const ranges = this.mode === 'array' ? this.deferred : [];
        this.deferred = [];
        // The captured bytes are source[from, to), and source[0] is at stream offset `base`. An element read within one
        // chunk (nearly all) is decoded from the chunk itself, with no copy; one that spans chunks is gathered first.
        let source = chunk;
        let from = this.captureStart;
        let to = end;
        let base = this.offset;
        if (this.capture.length) {
            this.capture.push(chunk.subarray(this.captureStart, end));
            source = Buffer.concat(this.capture);
            from = 0;
            to = source.length;
            base = this.captureAbs;
        }
        this.capture = undefined;
        // The element without its deferred values (each replaced by null), parsed; the values stay bytes until asked for.
        let reduced = '';
        let at = from;
        for (const range of ranges) {
            reduced += `${source.toString('utf8', at, range.from - base)}null`;
            at = range.to - base;
        }
        reduced += source.toString('utf8', at, to);
        const value = parseJson(reduced);
        if (this.mode !== 'array')
            return this.handlers.member(this.key, value);
        const text = (name) => {
            const range = ranges.find(r => r.name === name);
            return range ? source.toString('utf8', range.from - base, range.to - base) : undefined;
        };
        const deferred = ranges.length
            ? {
                text,
                get: name => {
                    const json = text(name);
                    return json === undefined ? undefined : parseJson(json);
                }
            }
            : NO_DEFERRED;
        this.handlers.element(this.key, value, deferred);
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the JSON plan is not valid JSON (${error.message})`, { cause: error });
    }
}


/***/ }),

/***/ 967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ STREAMED_MEMBERS),
/* harmony export */   Db: () => (/* binding */ PlanSummaryBuilder),
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   M5: () => (/* binding */ destroyCount),
/* harmony export */   NW: () => (/* binding */ KEPT_MEMBERS),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   pE: () => (/* binding */ MAX_LISTED_CHANGES)
/* harmony export */ });
/* unused harmony exports MAX_DIFFED_CHANGES, actionOf, toResourceChange, addToCounts, hasEffect, summarizePlan */
/* harmony import */ var _attribute_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9839);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4707);


function groupOf(change) {
    if (change.action === 'no-op')
        return change.importing ? 'import' : 'move';
    return change.action;
}
/**
 * The most changes a summary lists. No report shows more: the job summary (512 KB) holds about 6,000 one-line
 * changes, the comment far fewer, and past that the report lists the first addresses of each kind. The rest are
 * counted, not kept, so a plan of any size costs the same memory (100k resources: 298 -> 115 MB peak).
 */
const MAX_LISTED_CHANGES = 10_000;
/**
 * The most updates and replacements whose changed attributes are kept. A comment that shows more resources than
 * this has long since dropped attribute details to fit, so diffing further would cost memory for nothing.
 */
const MAX_DIFFED_CHANGES = 200;
function emptyCounts() {
    return { add: 0, change: 0, replace: 0, destroy: 0, import: 0, move: 0, read: 0, forget: 0 };
}
function actionOf(actions) {
    if (!Array.isArray(actions))
        return 'unknown';
    const key = actions.join(',');
    switch (key) {
        case 'create':
            return 'create';
        case 'update':
            return 'update';
        case 'delete':
            return 'delete';
        case 'delete,create':
        case 'create,delete':
            return 'replace';
        case 'read':
            return 'read';
        case 'no-op':
        case '':
            return 'no-op';
        case 'forget':
            return 'forget';
        default:
            return 'unknown';
    }
}
/** Replace paths are lists of attribute names and indexes; rendered as `tags["Name"]`-style attribute paths. */
function formatPath(path) {
    if (!Array.isArray(path))
        return String(path);
    return path
        .map((step, i) => typeof step === 'number'
        ? `[${step}]`
        : typeof step === 'string' && i > 0
            ? /^[A-Za-z_][\w-]*$/.test(step)
                ? `.${step}`
                : `[${JSON.stringify(step)}]`
            : String(step))
        .join('');
}
/** Terraform 1.0 wrote drift entries without `address`; it is rebuilt from its parts as Terraform would print it. */
function addressOf(raw) {
    if (typeof raw.address === 'string')
        return raw.address;
    if (typeof raw.type !== 'string' || typeof raw.name !== 'string')
        return '(unknown address)';
    const index = raw.index === undefined || raw.index === null ? '' : typeof raw.index === 'number' ? `[${raw.index}]` : `[${JSON.stringify(raw.index)}]`;
    const module = typeof raw.module_address === 'string' && raw.module_address ? `${raw.module_address}.` : '';
    return `${module}${raw.mode === 'data' ? 'data.' : ''}${raw.type}.${raw.name}${index}`;
}
function toResourceChange(raw) {
    const change = raw.change ?? {};
    const importing = change.importing && typeof change.importing === 'object' ? change.importing : undefined;
    const result = {
        address: addressOf(raw),
        action: actionOf(change.actions),
        importing: importing !== undefined
    };
    if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address)
        result.previousAddress = raw.previous_address;
    if (typeof raw.action_reason === 'string')
        result.actionReason = raw.action_reason;
    if (Array.isArray(change.replace_paths) && change.replace_paths.length)
        result.replacePaths = change.replace_paths.map(formatPath);
    if (importing && typeof importing.id === 'string')
        result.importId = importing.id;
    return result;
}
function addToCounts(counts, change) {
    switch (change.action) {
        case 'create':
            counts.add++;
            break;
        case 'update':
            counts.change++;
            break;
        case 'delete':
            counts.destroy++;
            break;
        case 'replace':
            counts.replace++;
            break;
        case 'read':
            counts.read++;
            break;
        case 'forget':
            counts.forget++;
            break;
    }
    if (change.importing)
        counts.import++;
    if (change.previousAddress)
        counts.move++;
}
function hasEffect(change) {
    return change.action !== 'no-op' || change.importing || change.previousAddress !== undefined;
}
/**
 * Gives a change its `diff`, computed when first read: a report that has no room for attribute details (any
 * large plan) never pays for them. The deferred values are kept as text until then (at most MAX_DIFFED_CHANGES).
 */
function lazyDiff(change, values, deferred) {
    const texts = deferred ? [..._stream_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFERRED_CHANGE_MEMBERS */ .Z].map(name => [name, deferred.text(name)]) : [];
    let diff;
    Object.defineProperty(change, 'diff', {
        enumerable: true,
        configurable: true,
        get: () => {
            if (!diff) {
                for (const [name, text] of texts)
                    if (text !== undefined)
                        values[name] = JSON.parse(text);
                diff = (0,_attribute_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .attributeDiff */ .mO)(values, change.replacePaths);
            }
            return diff;
        }
    });
}
/** Collects a summary member by member, so a streaming reader and an in-memory document share one code path. */
class PlanSummaryBuilder {
    maxListed;
    summary = {
        changes: [],
        groupTotals: {},
        unlisted: 0,
        drift: [],
        outputs: [],
        counts: emptyCounts(),
        errored: false
    };
    diffed = 0;
    /** `maxListed`: the changes listed (the rest counted); fewer when many plans are read at once. */
    constructor(maxListed = MAX_LISTED_CHANGES) {
        this.maxListed = maxListed;
    }
    /** `deferred`: the values a streaming reader left unparsed; read only for the changes that are diffed. */
    resourceChange(raw, deferred) {
        const change = toResourceChange(raw ?? {});
        if (!hasEffect(change))
            return;
        if (this.summary.changes.length < this.maxListed) {
            if ((change.action === 'update' || change.action === 'replace') && this.diffed < Math.min(MAX_DIFFED_CHANGES, this.maxListed)) {
                this.diffed++;
                lazyDiff(change, raw.change ?? {}, deferred);
            }
            this.summary.changes.push(change);
        }
        else
            this.summary.unlisted++;
        const group = groupOf(change);
        this.summary.groupTotals[group] = (this.summary.groupTotals[group] ?? 0) + 1;
        addToCounts(this.summary.counts, change);
    }
    driftDiffed = 0;
    /** A resource changed outside Terraform; the first ones keep what changed in them (a drift report shows it). */
    drift(raw, deferred) {
        const change = toResourceChange(raw ?? {});
        if (change.action === 'no-op')
            return;
        if (change.action === 'update' && this.driftDiffed < MAX_DIFFED_CHANGES) {
            this.driftDiffed++;
            lazyDiff(change, raw.change ?? {}, deferred);
        }
        this.summary.drift.push(change);
    }
    member(key, value) {
        if (key === 'terraform_version' && typeof value === 'string')
            this.summary.terraformVersion = value;
        if (key === 'errored')
            this.summary.errored = value === true;
        if (key === 'output_changes' && value && typeof value === 'object') {
            for (const [name, change] of Object.entries(value)) {
                const action = actionOf(change?.actions);
                if (action === 'no-op')
                    continue;
                this.summary.outputs.push({ name, action, sensitive: change?.after_sensitive === true || change?.before_sensitive === true });
            }
        }
    }
    build() {
        return this.summary;
    }
}
/** The top-level members a summary reads; everything else in a plan is skipped. */
const STREAMED_MEMBERS = new Set(['resource_changes', 'resource_drift']);
const KEPT_MEMBERS = new Set(['terraform_version', 'errored', 'output_changes']);
/** Builds the summary from an already-parsed plan document. */
function summarizePlan(doc) {
    const plan = (doc && typeof doc === 'object' ? doc : {});
    const builder = new PlanSummaryBuilder();
    for (const raw of Array.isArray(plan.resource_changes) ? plan.resource_changes : [])
        builder.resourceChange(raw);
    for (const raw of Array.isArray(plan.resource_drift) ? plan.resource_drift : [])
        builder.drift(raw);
    for (const key of KEPT_MEMBERS)
        if (key in plan)
            builder.member(key, plan[key]);
    return builder.build();
}
/** Resources the plan destroys, replacements included: what `allow-destroy` guards. */
function destroyCount(counts) {
    return counts.destroy + counts.replace;
}


/***/ })

};
