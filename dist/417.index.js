export const id = 417;
export const ids = [417,334];
export const modules = {

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dm: () => (/* binding */ LogDigest),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* unused harmony exports MAX_KEPT_DIAGNOSTICS, fromStructured, digestLog */
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(697);
/**
 * Terraform's diagnostics (errors and warnings) read from a plan or apply log line by line, in either format
 * (tfc-api-addendum.md §4): structured JSON lines give each diagnostic's file and range; a text log gives the
 * `on FILE line N` form. Only what a report and annotations need is kept, so a log of any length costs little.
 */

/** More would not be read by anyone; the count of the rest is kept. */
const MAX_KEPT_DIAGNOSTICS = 50;
const MAX_DETAIL = 2_000;
const MAX_TEXT_DETAIL_LINES = 20;
function text(value) {
    return typeof value === 'string' ? value : '';
}
function position(raw) {
    if (!raw || typeof raw.line !== 'number' || raw.line < 1)
        return undefined;
    return typeof raw.column === 'number' && raw.column >= 1 ? { line: raw.line, column: raw.column } : { line: raw.line };
}
function severityOf(value) {
    return value === 'error' ? 'error' : value === 'warning' ? 'warning' : 'notice';
}
/** A structured log's diagnostic message (addendum §4.2) as a Diagnostic. */
function fromStructured(raw, phase) {
    const diagnostic = {
        severity: severityOf(raw.severity),
        summary: text(raw.summary),
        detail: text(raw.detail).slice(0, MAX_DETAIL),
        phase
    };
    if (typeof raw.address === 'string' && raw.address)
        diagnostic.address = raw.address;
    const start = position(raw.range?.start);
    if (raw.range && typeof raw.range.filename === 'string' && raw.range.filename && start) {
        diagnostic.range = { filename: raw.range.filename, start, end: position(raw.range.end) };
    }
    if (raw.snippet && (typeof raw.snippet.code === 'string' || typeof raw.snippet.context === 'string')) {
        diagnostic.snippet = { context: text(raw.snippet.context) || undefined, code: text(raw.snippet.code) || undefined };
    }
    return diagnostic;
}
const TEXT_START = /^(Error|Warning): (.*)$/;
const TEXT_LOCATION = /^\s+on (\S+) line (\d+)(?:, in (.*))?:$/;
const TEXT_SNIPPET = /^\s+\d+: /;
const BOX = /^[│╷╵]\s?/;
/** The expression values Terraform prints under the source line (`├────` / `│ var.replicas is 0`): not the detail. */
const VALUES_BOX = /^\s+[├│]/;
/**
 * Where an unboxed (colourless) diagnostic's detail ends, short of the next diagnostic: the lines Terraform prints
 * after its diagnostics, and the rule above its notes.
 */
const AFTER_DIAGNOSTICS = /^(─{8,}|Operation failed:|Planning failed\.|Apply complete!|Plan: \d|No changes\.|Note: |Terraform (will perform|used the selected))/;
/**
 * Collects diagnostics and the last lines of a log, fed one line at a time (the log follower's lines, or a whole
 * log split). A line that parses as JSON is a structured message; any other line is text, read for the
 * `Error: …` / `on FILE line N` form unless the log has shown it is structured (HCP Terraform prints a few
 * text lines before the JSON ones).
 */
class LogDigest {
    phase;
    tailLines;
    diagnostics = [];
    /** Diagnostics past MAX_KEPT_DIAGNOSTICS, counted. */
    dropped = 0;
    structured = false;
    /** Lines that were JSON messages. */
    jsonLines = 0;
    /** The last lines as a person reads them (a JSON line's `@message`), colour codes removed. */
    tail = [];
    open;
    constructor(phase, tailLines = 40) {
        this.phase = phase;
        this.tailLines = tailLines;
    }
    line(raw) {
        const line = raw.replace(/\r$/, '');
        if (line.startsWith('{')) {
            const entry = parseJson(line);
            if (entry) {
                this.jsonLines++;
                this.closeText();
                if (entry.type === 'version' && entry['@module'] === 'terraform.ui' && String(entry.ui).startsWith('1'))
                    this.structured = true;
                if (entry.type === 'diagnostic' && entry.diagnostic && typeof entry.diagnostic === 'object') {
                    this.keep(fromStructured(entry.diagnostic, this.phase));
                }
                this.pushTail(typeof entry['@message'] === 'string' ? entry['@message'] : line);
                return;
            }
        }
        const plain = (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .a)(line);
        this.pushTail(plain);
        if (!this.structured)
            this.textLine(plain);
    }
    /** Ends the log: a text diagnostic still open is complete. */
    end() {
        this.closeText();
    }
    /** The last lines of the log, blank ones at the end dropped. */
    lastLines() {
        const lines = [...this.tail];
        while (lines.length && !lines[lines.length - 1].trim())
            lines.pop();
        return lines;
    }
    pushTail(line) {
        this.tail.push(line);
        if (this.tail.length > this.tailLines)
            this.tail.shift();
    }
    keep(diagnostic) {
        if (this.diagnostics.length < MAX_KEPT_DIAGNOSTICS)
            this.diagnostics.push(diagnostic);
        else
            this.dropped++;
    }
    textLine(line) {
        const boxed = BOX.test(line);
        const closesBox = line.startsWith('╵');
        const content = line.replace(BOX, '');
        const start = TEXT_START.exec(content);
        if (start) {
            this.closeText();
            this.open = {
                severity: start[1] === 'Error' ? 'error' : 'warning',
                summary: start[2].trim(),
                detail: '',
                phase: this.phase,
                boxed,
                detailLines: []
            };
            return;
        }
        const open = this.open;
        if (!open)
            return;
        if (closesBox || (open.boxed && !boxed))
            return this.closeText();
        const location = TEXT_LOCATION.exec(content);
        if (location && !open.range && !open.detailLines.length) {
            open.range = { filename: location[1], start: { line: Number(location[2]) } };
            if (location[3])
                open.snippet = { context: location[3] };
            return;
        }
        if (TEXT_SNIPPET.test(content) && open.range && !open.detailLines.length) {
            open.snippet = { ...open.snippet, code: content.replace(TEXT_SNIPPET, '') };
            return;
        }
        if (VALUES_BOX.test(content) && open.range && !open.detailLines.length)
            return;
        // Unboxed (without colour, or older Terraform), nothing marks the end: the detail runs, paragraphs and all,
        // up to the next diagnostic or what Terraform prints after its diagnostics.
        if (!open.boxed && AFTER_DIAGNOSTICS.test(content))
            return this.closeText();
        if (!content.trim()) {
            if (open.detailLines.length)
                open.detailLines.push('');
            return;
        }
        if (open.detailLines.length < MAX_TEXT_DETAIL_LINES)
            open.detailLines.push(content.trimEnd());
    }
    closeText() {
        const open = this.open;
        if (!open)
            return;
        this.open = undefined;
        while (open.detailLines.length && !open.detailLines[open.detailLines.length - 1])
            open.detailLines.pop();
        const { severity, summary, phase, range, snippet } = open;
        this.keep({ severity, summary, phase, range, snippet, detail: open.detailLines.join('\n').slice(0, MAX_DETAIL) });
    }
}
function parseJson(line) {
    try {
        const value = JSON.parse(line);
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Reads a whole log (framing removed) into a digest. */
function digestLog(log, phase, tailLines) {
    const digest = new LogDigest(phase, tailLines);
    for (const line of log.split('\n'))
        digest.line(line);
    digest.end();
    return digest;
}
/** A diagnostic as Terraform prints it, for the report and the job log. */
function formatDiagnostic(d) {
    const lines = [`${d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Notice'}: ${d.summary}`];
    if (d.range) {
        lines.push('', `  on ${d.range.filename} line ${d.range.start.line}${d.snippet?.context ? `, in ${d.snippet.context}` : ''}:`);
        if (d.snippet?.code)
            lines.push(`  ${d.range.start.line}: ${d.snippet.code}`);
    }
    if (d.detail)
        lines.push('', d.detail);
    return lines.join('\n');
}


/***/ }),

/***/ 697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ stripAnsi)
/* harmony export */ });
/** Terminal colour codes in log text, which a report or an annotation must not carry. */
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*(\x07|\x1b\\)/g;
function stripAnsi(text) {
    return text.replace(ANSI, '');
}


/***/ }),

/***/ 9193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf),
/* harmony export */   z: () => (/* binding */ excerptOf)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(499);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(697);
/** The excerpt of an errored plan or apply log that a report shows: its errors, or its last lines. */


/** A comment has room for a readable excerpt, not for a 96 KB line of provider output. */
const MAX_LINE = 1_000;
const MAX_EXCERPT = 10_000;
function bounded(lines) {
    const cut = lines.map(line => line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} … (${line.length - MAX_LINE} more characters)` : line);
    const text = cut.join('\n');
    return text.length > MAX_EXCERPT ? `…\n${text.slice(text.length - MAX_EXCERPT)}` : text;
}
/**
 * The part of an errored log a reader needs: the error diagnostics when the log is structured (JSON lines),
 * else its last lines (a text log's errors keep their context there).
 */
function excerptOf(digest) {
    const errors = digest.jsonLines > 0 ? digest.diagnostics.filter(d => d.severity === 'error') : [];
    if (errors.length)
        return { kind: 'diagnostics', text: bounded((0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .a)(errors.map(_diagnostics_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy).join('\n\n')).split('\n')) };
    return { kind: 'tail', text: bounded(digest.lastLines()) };
}
/** A log line as a person reads it: a structured (JSON-lines) log's `@message`, or the line itself. */
function messageOf(line) {
    try {
        const message = JSON.parse(line)['@message'];
        return typeof message === 'string' ? message : line;
    }
    catch {
        return line;
    }
}


/***/ }),

/***/ 2947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readPlanSummary),
/* harmony export */   n: () => (/* binding */ planSummaryReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4707);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(967);



/**
 * Reads a saved JSON plan file into its summary, streaming: the file is never held whole, nor parsed whole.
 * Throws with a plain message when the file is not a JSON plan.
 */
async function readPlanSummary(path) {
    const reader = planSummaryReader();
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 }))
        reader.push(chunk);
    return reader.end();
}
/** The same reader fed chunk by chunk, as bytes arrive (a download read while it is written to disk). */
function planSummaryReader(maxListed) {
    const builder = new _summary_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanSummaryBuilder */ .Db(maxListed);
    const scanner = new _stream_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonPlanScanner */ .q(_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .STREAMED_MEMBERS */ .A$, _summary_js__WEBPACK_IMPORTED_MODULE_2__/* .KEPT_MEMBERS */ .NW, {
        element: (key, value, deferred) => key === 'resource_changes' ? builder.resourceChange(value, deferred) : builder.drift(value, deferred),
        member: (key, value) => builder.member(key, value)
    });
    return {
        push: chunk => scanner.push(chunk),
        end: () => {
            scanner.end();
            return builder.build();
        }
    };
}


/***/ }),

/***/ 3826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PhaseLog)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(499);
/* harmony import */ var _plan_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9193);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7488);
/* harmony import */ var _tfc_signed_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3359);





const STX = '\x02';
const ETX = '\x03';
/** The most read at once; a longer log simply takes more reads. */
const READ_BYTES = 1024 * 1024;
/** After the phase has ended, reads that find nothing new before the log is taken as it is. */
const MAX_EMPTY_READS_AT_END = 2;
/**
 * One phase's log (plan or apply), followed as it is written (tfc-api.md §5.4): read from the byte offset reached,
 * so no byte is fetched twice (the Terraform CLI reads the same way); whole lines go into the job log when
 * `show-logs` is on, and always into a digest (diagnostics and the last lines). The end marker (ETX) says the
 * phase is over before the next poll would.
 */
class PhaseLog {
    ctx;
    phase;
    digest;
    url;
    offset = 0;
    partial = '';
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    /** The end marker has arrived: nothing more will be written. */
    finished = false;
    constructor(ctx, phase) {
        this.ctx = ctx;
        this.phase = phase;
        this.digest = new _plan_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .LogDigest */ .dm(phase);
    }
    get following() {
        return this.url !== undefined;
    }
    /** Starts following the log at this (signed) URL; masked before anything could print it. */
    follow(url) {
        if (this.url)
            return;
        for (const secret of (0,_tfc_signed_url_js__WEBPACK_IMPORTED_MODULE_3__/* .signedParts */ .P)(new URL(url, this.ctx.http.apiOrigin)))
            this.ctx.log.setSecret(secret);
        this.url = url;
    }
    /**
     * Reads what is new. True when the end marker arrived in this read; a read that fails is tried at the next
     * turn. `read` is false when nothing was read (no URL, a failed read, or no new bytes).
     */
    async read() {
        if (this.finished || !this.url)
            return { ended: false, read: false };
        const url = new URL(this.url);
        // go-tfe replaces the URL's query with these two; the URL carries its credential in the path.
        url.search = `limit=${READ_BYTES}&offset=${this.offset}`;
        let bytes;
        try {
            const result = await this.ctx.http.fetchBlob(url.href, { label: `${this.phase} log` });
            if (result.status !== 200)
                return { ended: false, read: false };
            bytes = result.bytes;
        }
        catch (error) {
            if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StoppedError */ .Ko)
                throw error;
            return { ended: false, read: false };
        }
        this.offset += bytes.length;
        const text = this.decoder.write(bytes);
        this.finished = text.includes(ETX);
        this.take(text.split(STX).join('').split(ETX)[0], this.finished);
        return { ended: this.finished, read: bytes.length > 0 };
    }
    /**
     * Reads the rest of a log whose phase has ended (from where following stopped, or from the start when the
     * phase ended before it was followed), so its diagnostics are complete.
     */
    async finish(url) {
        if (url)
            this.follow(url);
        let empty = 0;
        while (this.url && !this.finished && empty < MAX_EMPTY_READS_AT_END) {
            const { read } = await this.read();
            empty = read ? 0 : empty + 1;
        }
        // A log that could not be read is a warning: the run's status says what happened, the log only why.
        if (this.url && this.offset === 0)
            this.ctx.log.warning(`Could not read the ${this.phase} log; see the run page.`);
        if (!this.finished)
            this.take('', true);
        this.digest.end();
        return this.digest;
    }
    take(text, flush) {
        const lines = (this.partial + text).split('\n');
        this.partial = flush ? '' : (lines.pop() ?? '');
        for (const line of lines) {
            this.digest.line(line);
            if (this.ctx.inputs.showLogs && line.trim())
                this.ctx.log.info((0,_plan_log_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(line.replace(/\r$/, '')));
        }
    }
}


/***/ }),

/***/ 7417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ readPlanDetails),
/* harmony export */   bw: () => (/* binding */ apiCounts),
/* harmony export */   mQ: () => (/* binding */ countsOf),
/* harmony export */   tb: () => (/* binding */ destroysOf)
/* harmony export */ });
/* harmony import */ var _plan_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9193);
/* harmony import */ var _plan_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2947);
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(967);
/* harmony import */ var _tfc_cost_estimates_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(144);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7488);
/* harmony import */ var _tfc_plans_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4099);
/* harmony import */ var _tfc_signed_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3359);
/* harmony import */ var _tfc_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7334);
/* harmony import */ var _step_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2263);
/* harmony import */ var _log_follower_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3826);











/**
 * Reads the plan, the rest of its log (for its diagnostics, and for an errored plan the part that matters), its
 * JSON (redacted first, then full) and its cost estimate.
 */
async function readPlanDetails(ctx, run, planLog = new _log_follower_js__WEBPACK_IMPORTED_MODULE_5__/* .PhaseLog */ .U(ctx, 'plan')) {
    if (!run.planId)
        return {};
    // The poll that saw the plan end side-loaded it; read it again only when it had not ended there.
    const plan = run.plan && (0,_tfc_types_js__WEBPACK_IMPORTED_MODULE_3__/* .phaseEnded */ .ET)(run.plan.status) ? run.plan : await (0,_tfc_plans_js__WEBPACK_IMPORTED_MODULE_6__/* .readPlan */ .m3)(ctx.http, run.planId);
    if (plan.logReadUrl)
        for (const secret of (0,_tfc_signed_url_js__WEBPACK_IMPORTED_MODULE_7__/* .signedParts */ .P)(new URL(plan.logReadUrl, ctx.http.apiOrigin)))
            ctx.log.setSecret(secret);
    ctx.log.info(`Plan ${plan.id} ${plan.status}: ${plan.resourceAdditions ?? 0} to add, ${plan.resourceChanges ?? 0} to change, ${plan.resourceDestructions ?? 0} to destroy`);
    const digest = plan.status === 'finished' || plan.status === 'errored' ? await planLog.finish(plan.logReadUrl) : undefined;
    // Only a plan that errored shows its log: a run that errored on a policy or a run task has a plan log that
    // says the plan succeeded.
    let log;
    if (digest && plan.status === 'errored' && digest.lastLines().length) {
        log = (0,_plan_log_js__WEBPACK_IMPORTED_MODULE_8__/* .excerptOf */ .z)(digest);
        if (!ctx.inputs.showLogs)
            ctx.log.info(`Plan log (${log.kind}):\n${log.text}`);
    }
    const json = plan.status === 'finished' ? await readJsonPlan(ctx, plan) : {};
    const cost = run.costEstimateId ? await readCost(ctx, run.costEstimateId) : undefined;
    return { plan, log, cost, diagnostics: digest && { items: digest.diagnostics, dropped: digest.dropped }, ...json };
}
async function readJsonPlan(ctx, plan) {
    const file = await (0,_step_files_js__WEBPACK_IMPORTED_MODULE_4__/* .stepFile */ .n)(ctx.env, plan.id, '.json');
    const wait = (ms) => ctx.clock.sleep(ms, ctx.signal);
    for (const kind of ['json-output-redacted', 'json-output']) {
        try {
            // One pass: the plan is read as it is written to the file behind `plan-json`, not read back afterwards.
            const reader = (0,_plan_read_js__WEBPACK_IMPORTED_MODULE_0__/* .planSummaryReader */ .n)(ctx.listedChanges);
            if (!(await (0,_tfc_plans_js__WEBPACK_IMPORTED_MODULE_6__/* .downloadJsonPlan */ .mg)(ctx.http, plan.id, kind, file, wait, chunk => reader.push(chunk))))
                continue;
            const summary = reader.end();
            ctx.log.info(`Read the JSON plan (${kind}): ${summary.changes.length} resource changes; saved to ${file}`);
            return { summary, jsonFile: file, jsonFormat: kind === 'json-output' ? 'full' : 'redacted' };
        }
        catch (error) {
            // Out of time, or stopping: that is the step's business, not a plan that could not be read.
            if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StoppedError */ .Ko)
                throw error;
            ctx.log.warning(`Could not read the JSON plan (${kind}): ${error.message}`);
        }
    }
    const note = 'The JSON plan could not be read with this token, so the resource list is missing; counts come from the Plans API (a replacement counts as one add and one destroy).';
    ctx.log.warning(note);
    return { note };
}
/** A cost estimate that cannot be read is a warning: the plan is what the step is about. */
async function readCost(ctx, id) {
    try {
        const cost = await (0,_tfc_cost_estimates_js__WEBPACK_IMPORTED_MODULE_9__/* .readCostEstimate */ .C)(ctx.http, id);
        const line = (0,_tfc_cost_estimates_js__WEBPACK_IMPORTED_MODULE_9__/* .describeCost */ .P)(cost);
        if (line)
            ctx.log.info(`Cost estimate: ${line}`);
        return cost;
    }
    catch (error) {
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StoppedError */ .Ko)
            throw error;
        ctx.log.warning(`Could not read the cost estimate ${id}: ${error.message}`);
        return undefined;
    }
}
/** Resources the plan destroys, replacements included; from the JSON plan when read, else the Plans API's count. */
function destroysOf(details) {
    if (details.summary)
        return (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyCount */ .M5)(details.summary.counts);
    return details.plan?.resourceDestructions ?? 0;
}
/** Counts from the Plans API, for when the JSON plan could not be read. */
function apiCounts(plan) {
    if (!plan || plan.resourceAdditions === null)
        return undefined;
    return {
        ...(0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyCounts */ .W1)(),
        add: plan.resourceAdditions ?? 0,
        change: plan.resourceChanges ?? 0,
        destroy: plan.resourceDestructions ?? 0,
        import: plan.resourceImports ?? 0
    };
}
/** The counts the report and decisions use: the JSON plan's when read, else the Plans API's. */
function countsOf(details) {
    return details.summary?.counts ?? apiCounts(details.plan);
}


/***/ }),

/***/ 144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readCostEstimate),
/* harmony export */   P: () => (/* binding */ describeCost)
/* harmony export */ });
/* harmony import */ var _jsonapi_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(129);

async function readCostEstimate(http, id) {
    const path = `cost-estimates/${encodeURIComponent(id)}`;
    const resource = (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .single */ .J0)((0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`));
    const text = (key) => (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, key) || undefined;
    return {
        id: resource.id,
        status: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(resource, 'status'),
        proposedMonthlyCost: text('proposed-monthly-cost'),
        priorMonthlyCost: text('prior-monthly-cost'),
        deltaMonthlyCost: text('delta-monthly-cost'),
        matchedResourcesCount: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'matched-resources-count') ?? undefined,
        resourcesCount: (0,_jsonapi_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(resource, 'resources-count') ?? undefined,
        errorMessage: text('error-message')
    };
}
/** One line for the report, as the Terraform CLI says it; undefined when there is nothing to say yet. */
function describeCost(cost) {
    switch (cost.status) {
        case 'finished': {
            if (cost.proposedMonthlyCost === undefined)
                return undefined;
            const delta = Number.parseFloat(cost.deltaMonthlyCost ?? '0');
            const change = `${delta < 0 ? '-' : '+'}$${Math.abs(delta).toFixed(2)}`;
            const resources = cost.resourcesCount !== undefined ? ` · resources: ${cost.matchedResourcesCount ?? 0} of ${cost.resourcesCount} estimated` : '';
            return `$${Number.parseFloat(cost.proposedMonthlyCost).toFixed(2)}/mo (${change})${resources}`;
        }
        case 'skipped_due_to_targeting':
            return 'not available for this plan, because it was created with targeting (target-addrs)';
        case 'errored':
            return `cost estimation errored${cost.errorMessage ? `: ${cost.errorMessage}` : ''}`;
        case 'canceled':
        case 'unreachable':
            return `no estimate (${cost.status})`;
    }
    return undefined;
}


/***/ }),

/***/ 7334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ APPLY_STARTED_STATUSES),
/* harmony export */   Ay: () => (/* binding */ TERMINAL_RUN_STATUSES),
/* harmony export */   ET: () => (/* binding */ phaseEnded),
/* harmony export */   X9: () => (/* binding */ AWAITING_DECISION_STATUSES)
/* harmony export */ });
/** The run statuses after which nothing more happens (tfc-api.md §4.3, "Terminal set for the action"). */
const TERMINAL_RUN_STATUSES = new Set([
    'applied',
    'planned_and_finished',
    'policy_soft_failed',
    'discarded',
    'errored',
    'canceled',
    'force_canceled'
]);
/** From here on the run is applying or has applied: never cancel or discard it on the action's own account. */
const APPLY_STARTED_STATUSES = new Set([
    'confirmed',
    'queuing_apply',
    'apply_queued',
    'pre_apply_running',
    'pre_apply_completed',
    'applying',
    'post_apply_running',
    'post_apply_completed',
    'applied'
]);
/** Paused for a person: an override or a decision that this action must not take on anyone's behalf. */
const AWAITING_DECISION_STATUSES = new Set([
    'policy_override',
    'tf_policy_override',
    'pre_plan_awaiting_decision',
    'post_plan_awaiting_decision',
    'pre_apply_awaiting_decision'
]);
/** A plan or an apply that has ended: what it says will not change. */
function phaseEnded(status) {
    return status === 'finished' || status === 'errored' || status === 'canceled' || status === 'unreachable';
}


/***/ })

};
