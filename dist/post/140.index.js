export const id = 140;
export const ids = [140];
export const modules = {

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanup: () => (/* binding */ cleanup)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(242);
// EXTERNAL MODULE: ./src/post-state.ts
var post_state = __webpack_require__(653);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(995);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(67);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(75);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(466);
;// CONCATENATED MODULE: ./src/sleep.ts
/** A sleep that an AbortSignal ends early, so a cancelled job does not sit out a poll interval. */
function sleep(ms, signal) {
    return new Promise(resolve => {
        if (signal?.aborted || ms <= 0)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/clock.ts

const systemClock = { now: () => Date.now(), sleep: sleep };

;// CONCATENATED MODULE: ./src/tfc/errors.ts
/** An HTTP answer from the API that the caller did not expect. The message never holds a token or a signed URL. */
class errors_ApiError extends Error {
    status;
    endpoint;
    title;
    detail;
    constructor(message, status, endpoint, title = '', detail = '') {
        super(message);
        this.status = status;
        this.endpoint = endpoint;
        this.title = title;
        this.detail = detail;
        this.name = 'ApiError';
    }
}
/**
 * A write whose outcome is unknown (the connection dropped after the request went out, or a 5xx answered it).
 * It must not be retried blindly: the caller looks at the server's state first.
 */
class OutcomeUnknownError extends Error {
    endpoint;
    constructor(message, endpoint) {
        super(message);
        this.endpoint = endpoint;
        this.name = 'OutcomeUnknownError';
    }
}
/** The API could not be reached or kept failing after bounded retries. */
class TransportError extends Error {
    endpoint;
    constructor(message, endpoint) {
        super(message);
        this.endpoint = endpoint;
        this.name = 'TransportError';
    }
}
/**
 * The transport stopped before an answer: the step's deadline passed (`timeout`), or the step is being stopped
 * (job cancelled). Not a failure of HCP Terraform, and never a reason to act on a run by itself.
 */
class StoppedError extends TransportError {
    reason;
    constructor(message, endpoint, reason) {
        super(message, endpoint);
        this.reason = reason;
        this.name = 'StoppedError';
    }
}
/** Error documents come as `{errors:[{status,title,detail}]}`, with status a string or a number, or legacy `{errors:["msg"]}`. */
function describeErrorDocument(body) {
    try {
        const doc = JSON.parse(body);
        const first = Array.isArray(doc.errors) ? doc.errors[0] : undefined;
        if (typeof first === 'string')
            return { title: first, detail: '' };
        if (first && typeof first === 'object') {
            const e = first;
            return {
                title: typeof e.title === 'string' ? e.title : '',
                detail: typeof e.detail === 'string' ? e.detail : ''
            };
        }
    }
    catch {
        // Not JSON (a proxy's HTML page, say): the status code alone has to speak.
    }
    return { title: '', detail: '' };
}

;// CONCATENATED MODULE: ./src/tfc/network-errors.ts
const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPROXY']);
const UNTRUSTED_CERTIFICATE = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE'
]);
/** Classifies a connection error; `host` is where the request went. Never includes a URL (signed URLs are secrets). */
function describeNetworkError(error, host) {
    const e = error;
    const code = e?.code ?? '';
    const message = String(e?.message ?? error).replace(/https?:\/\/\S+/g, '<url>');
    if (UNTRUSTED_CERTIFICATE.has(code)) {
        return {
            reason: `the TLS certificate of ${host} is not signed by a certificate authority this runner trusts (${code}). For a Terraform Enterprise with a private CA, save the CA certificate (PEM) on the runner and set NODE_EXTRA_CA_CERTS to its path in the step's env`,
            fatal: true,
            notSent: true
        };
    }
    if (code === 'CERT_HAS_EXPIRED')
        return { reason: `the TLS certificate of ${host} has expired (${code}); renew it on the server`, fatal: true, notSent: true };
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return {
            reason: `the TLS certificate of ${host} is not valid for that name (${code}); use the host name the certificate was issued for in \`hostname\``,
            fatal: true,
            notSent: true
        };
    }
    if (code === 'EPROTO' || /wrong version number|packet length too long|unknown protocol/i.test(message)) {
        return {
            reason: `${host} does not speak TLS (${code || 'EPROTO'}): it looks like a plain-http server behind an https:// address. Check \`hostname\` (its port in particular)`,
            fatal: true,
            notSent: true
        };
    }
    if (code === 'ENOTFOUND')
        return { reason: `the host ${host} was not found (ENOTFOUND); check \`hostname\``, fatal: true, notSent: true };
    if (code === 'ETIMEDOUT' && /request timeout/i.test(message))
        return { reason: 'no answer within the request timeout', fatal: false, notSent: false };
    return { reason: code ? `${code} (${message})` : message, fatal: false, notSent: NOT_SENT.has(code) };
}

// EXTERNAL MODULE: ./src/tfc/proxy.ts
var tfc_proxy = __webpack_require__(43);
;// CONCATENATED MODULE: ./src/tfc/rate-limit.ts
/**
 * Spaces requests as a token bucket on the step's clock: up to `burst` at once, then `perSecond` steadily. HCP
 * Terraform allows 30 requests a second per user (tfc-api.md §1.8); go-tfe keeps to 0.66 of that with a burst of
 * 9, and so does this, so a step leaves room for the user's other tools.
 */
class TokenBucket {
    clock;
    perSecond;
    burst;
    tokens;
    updatedAt;
    constructor(clock, perSecond = 20, burst = 9) {
        this.clock = clock;
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updatedAt = clock.now();
    }
    /** How long to wait before the next request may go, taking its token; 0 when it may go now. */
    take() {
        const now = this.clock.now();
        this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) * this.perSecond) / 1000);
        this.updatedAt = now;
        this.tokens -= 1;
        return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.perSecond;
    }
}

;// CONCATENATED MODULE: ./src/tfc/signed-url.ts
/**
 * What to mask of a signed storage URL: the whole of it, and its path with and without the query, which a message
 * could quote on their own (on Terraform Enterprise the credential is a path segment: `/_archivist/v1/object/…`).
 * Parts too short to be a credential are left alone: masking `/` would garble every line.
 */
function signedParts(url) {
    return [url.href, `${url.pathname}${url.search}`, url.pathname].filter(part => part.length >= 16);
}

;// CONCATENATED MODULE: ./src/tfc/http.ts











const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);
const JSON_API = 'application/vnd.api+json';
/** A deadline that never comes: for callers that bound their own time. */
const NO_DEADLINE = Number.POSITIVE_INFINITY;
/** Seconds to wait before retrying a 429: `X-RateLimit-Reset` is fractional seconds until the bucket refills (tfc-api.md §1.8). */
function rateLimitDelayMs(headers, jitter) {
    const reset = Number.parseFloat(String(headers['x-ratelimit-reset'] ?? ''));
    const retryAfter = Number.parseFloat(String(headers['retry-after'] ?? ''));
    const seconds = Math.max(Number.isFinite(reset) ? reset : 0, Number.isFinite(retryAfter) ? retryAfter : 0, 0.1);
    // A broken server must not park the step for an hour: the bucket refills within a second or two.
    return Math.min(seconds, 60) * 1000 + jitter * 300;
}
/** Capped exponential backoff with full jitter for 5xx and connection errors. */
function serverErrorDelayMs(attempt, jitter) {
    const cap = Math.min(8000, 500 * 2 ** attempt);
    return cap / 2 + (jitter * cap) / 2;
}
/**
 * The single way this action talks to HCP Terraform, on node:http(s) so that every request can be abandoned (step
 * stopping, deadline) and proxies are honoured. The token is attached per request, and only when the URL's origin
 * is the API origin: redirects are followed by hand, so a signed URL elsewhere never sees it.
 */
class TfcHttp {
    options;
    origin;
    requestTimeoutMs;
    bucket;
    random;
    clock;
    deadline;
    env;
    httpAgent = new external_node_http_.Agent({ keepAlive: true });
    /** Node's TLS stack, loaded with the first https request: a plain http origin never needs it. */
    https;
    tunnels = new Map();
    markSent;
    /**
     * Settles once a request has been written out (or failed to be): the step loads the code it needs next while
     * waiting for the answer, not while the request is still on its way (main.ts).
     */
    firstSent = new Promise(resolve => (this.markSent = resolve));
    constructor(options) {
        this.options = options;
        this.origin = new URL(options.origin).origin;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
        this.random = options.random ?? Math.random;
        this.clock = options.clock ?? systemClock;
        this.deadline = options.deadline ?? NO_DEADLINE;
        this.bucket = new TokenBucket(this.clock, options.requestsPerSecond);
        this.env = options.env ?? {};
    }
    get apiOrigin() {
        return this.origin;
    }
    dispose() {
        this.httpAgent.destroy();
        this.https?.agent.destroy();
        for (const agent of this.tunnels.values())
            agent.destroy();
    }
    /**
     * A JSON:API call under /api/v2/. Reads and rate-limited calls are retried with backoff until the deadline;
     * a write that may have reached the server is never repeated blindly (OutcomeUnknownError).
     */
    async request(method, path, options = {}) {
        const url = new URL(`${this.origin}/api/v2/${path.replace(/^\//, '')}`);
        const endpoint = `${method} ${url.pathname}`;
        const payload = options.body === undefined ? null : JSON.stringify(options.body);
        const headers = { Accept: JSON_API, Authorization: `Bearer ${this.options.token}` };
        if (payload !== null)
            headers['Content-Type'] = JSON_API;
        const response = await this.withRetries(endpoint, url.host, method === 'GET', true, async (signal) => {
            const message = await this.exchange(method, url, payload, headers, signal);
            const body = await readBody(message);
            return { status: message.statusCode ?? 0, headers: message.headers, body, discard: () => undefined };
        }, options.accept);
        checkIsApi(response, endpoint, url.host);
        if (response.status >= 400 && !(options.accept ?? []).includes(response.status)) {
            const { title, detail } = describeErrorDocument(response.body);
            const text = [title, detail].filter(Boolean).join(': ');
            throw new errors_ApiError(`${endpoint} answered ${response.status}${text ? ` (${text})` : ''}`, response.status, endpoint, title, detail);
        }
        return response;
    }
    /**
     * Fetches a URL that may live on another host (archive storage for JSON plans and logs). The token goes only to
     * API paths of the API origin; redirects are followed by hand so a signed URL never sees it. Messages name the
     * blob by its label and host, never by its path: on Terraform Enterprise storage lives on the API host itself
     * (`/_archivist/v1/object/<credential>`).
     */
    async fetchBlob(url, options) {
        const { label, destination, onChunk, maxRedirects = 3 } = options;
        let current = new URL(url, this.origin);
        for (let hop = 0;; hop++) {
            const headers = { Accept: 'application/json, */*' };
            const api = this.isApi(current);
            if (api)
                headers.Authorization = `Bearer ${this.options.token}`;
            const where = `GET the ${label}${api ? '' : ` from storage on ${current.host}`}`;
            const target = current;
            const response = await this.withRetries(where, target.host, true, api, async (signal) => {
                const message = await this.exchange('GET', target, null, headers, signal);
                return { message, status: message.statusCode ?? 0, headers: message.headers, discard: () => void message.resume() };
            });
            const { message, status } = response;
            if (status >= 300 && status < 400 && message.headers.location) {
                message.resume();
                if (hop >= maxRedirects)
                    throw new TransportError(`${where}: too many redirects`, where);
                current = new URL(message.headers.location, current);
                this.reportSecret(current);
                continue;
            }
            if (status === 200 && destination) {
                const tap = new external_node_stream_.Transform({
                    transform(chunk, _encoding, callback) {
                        try {
                            onChunk?.(chunk);
                            callback(null, chunk);
                        }
                        catch (error) {
                            callback(error);
                        }
                    }
                });
                await this.stoppable(where, signal => untilAborted(message, signal, (0,promises_.pipeline)(message, tap, (0,external_node_fs_.createWriteStream)(destination))));
                return { status, body: '', bytes: Buffer.alloc(0) };
            }
            const bytes = await this.stoppable(where, signal => untilAborted(message, signal, readBytes(message)));
            return { status, body: bytes.toString('utf8'), bytes };
        }
    }
    /**
     * Only API paths get the token, and only they are paced and named as the API: Terraform Enterprise serves archive
     * storage on its own host too (`/_archivist/…`), whose signed URLs carry their own credential and refuse a second one.
     */
    isApi(url) {
        return url.origin === this.origin && url.pathname.startsWith('/api/');
    }
    /** A signed URL, whole and without its origin, for the step to mask. */
    reportSecret(url) {
        if (!this.options.onSecret || this.isApi(url))
            return;
        for (const secret of signedParts(url))
            this.options.onSecret(secret);
    }
    /**
     * Uploads a file with PUT to a URL that carries its own credential (a configuration version's `upload-url`):
     * never with the token, wherever it points. A 429 is retried; anything else that fails is an unknown outcome the
     * caller resolves (by creating a new configuration version).
     */
    async putFile(url, file, size) {
        const target = new URL(url);
        const where = `PUT to the upload host ${target.host}`;
        const headers = { 'Content-Type': 'application/octet-stream', Accept: 'application/json, */*' };
        const response = await this.withRetries(where, target.host, false, false, async (signal) => {
            const message = await this.exchange('PUT', target, { file, size }, headers, signal);
            const body = await readBody(message);
            return { status: message.statusCode ?? 0, body, headers: message.headers, discard: () => undefined };
        });
        if (response.status < 200 || response.status >= 300) {
            throw new OutcomeUnknownError(`${where} answered ${response.status}${response.body ? ` (${response.body.slice(0, 200)})` : ''}`, where);
        }
    }
    /**
     * The one retry policy, for API calls and storage downloads alike. 429 means the server did not act: wait as it
     * says and repeat, whatever the method. A 5xx or a broken connection is retried for a read; for a write it is an
     * unknown outcome the caller must resolve (unless the request provably never left). Everything ends at the
     * deadline, or at once when the step is stopping.
     */
    async withRetries(endpoint, host, isRead, 
    /** An API request, which the rate limit counts; archive storage (logs, JSON plans, uploads) is not the API. */
    paced, sendOnce, accepted = []) {
        let streak;
        let attempt = 0;
        for (;;) {
            attempt++;
            let response;
            try {
                await this.pace(endpoint, streak, paced);
                response = await this.stoppable(endpoint, sendOnce, streak);
            }
            catch (error) {
                if (error instanceof StoppedError)
                    throw error;
                const failure = describeNetworkError(error, host);
                if (failure.fatal)
                    throw new TransportError(`${endpoint}: ${failure.reason}.`, endpoint);
                if (!isRead && !failure.notSent) {
                    throw new OutcomeUnknownError(`${endpoint}: ${failure.reason}; the server may or may not have acted on it`, endpoint);
                }
                streak = await this.backoff(endpoint, streak, failure.reason, serverErrorDelayMs(attempt, this.random()));
                continue;
            }
            if (response.status === 429) {
                response.discard();
                streak = await this.backoff(endpoint, streak, 'rate limited (429)', rateLimitDelayMs(response.headers, this.random()));
                continue;
            }
            if (RETRYABLE_STATUSES.has(response.status) && !accepted.includes(response.status)) {
                response.discard();
                if (!isRead)
                    throw new OutcomeUnknownError(`${endpoint} answered ${response.status}; the server may or may not have acted on it`, endpoint);
                streak = await this.backoff(endpoint, streak, `server error ${response.status}`, serverErrorDelayMs(attempt, this.random()));
                continue;
            }
            if (streak)
                this.options.onRetry?.(`${endpoint}: answered after ${streak.tries} ${streak.tries === 1 ? 'retry' : 'retries'}`);
            return response;
        }
    }
    /**
     * Waits before the next try, never past the deadline (the last try goes out at the deadline, not before it);
     * the first failure of a streak is logged, the rest are counted.
     */
    async backoff(endpoint, streak, reason, delayMs) {
        const next = { tries: (streak?.tries ?? 0) + 1, reason };
        const left = this.deadline - this.clock.now();
        if (left <= 0)
            throw this.outOfTime(endpoint, next);
        if (!streak) {
            this.options.onRetry?.(`${endpoint}: ${reason}; retrying with backoff${Number.isFinite(left) ? ' until the step times out' : ''}`);
        }
        await this.clock.sleep(Math.min(delayMs, left), this.options.signal);
        if (this.options.signal?.aborted) {
            throw new StoppedError(`${endpoint}: ${reason}; gave up because the step is stopping`, endpoint, 'aborted');
        }
        if (this.clock.now() >= this.deadline)
            throw this.outOfTime(endpoint, next);
        return next;
    }
    outOfTime(endpoint, streak) {
        const tries = `${streak.tries} ${streak.tries === 1 ? 'try' : 'tries'}`;
        return new StoppedError(`${endpoint}: ${streak.reason}, still after ${tries} when the time ran out`, endpoint, 'deadline');
    }
    /** Runs `work` with a signal that fires at the deadline or when the step stops, turning either into StoppedError. */
    async stoppable(endpoint, work, streak) {
        const controller = new AbortController();
        const step = this.options.signal;
        const onStep = () => controller.abort();
        if (step?.aborted)
            controller.abort();
        step?.addEventListener('abort', onStep, { once: true });
        const timer = new AbortController();
        let timedOut = false;
        const left = this.deadline - this.clock.now();
        if (Number.isFinite(left)) {
            const ring = this.clock.alarm ? this.clock.alarm.bind(this.clock) : this.clock.sleep.bind(this.clock);
            void ring(Math.max(0, left), timer.signal).then(() => {
                if (timer.signal.aborted)
                    return;
                timedOut = true;
                controller.abort();
            });
        }
        try {
            return await work(controller.signal);
        }
        catch (error) {
            if (!controller.signal.aborted)
                throw error;
            const before = streak ? ` (after ${streak.reason})` : '';
            if (timedOut) {
                // In the middle of a streak of failures, the streak is the story: name it, not the try the deadline cut.
                throw streak
                    ? this.outOfTime(endpoint, streak)
                    : new StoppedError(`${endpoint}: no answer before the time ran out`, endpoint, 'deadline');
            }
            throw new StoppedError(`${endpoint}: abandoned because the step is stopping${before}`, endpoint, 'aborted');
        }
        finally {
            timer.abort();
            step?.removeEventListener('abort', onStep);
        }
    }
    secureStack() {
        if (!this.https) {
            const module = (0,external_node_module_.createRequire)(import.meta.url)('node:https');
            this.https = { module, agent: new module.Agent({ keepAlive: true }) };
        }
        return this.https;
    }
    async exchange(method, url, payload, headers, signal) {
        const secure = url.protocol === 'https:';
        const proxy = (0,tfc_proxy/* proxyFor */.iJ)(url, this.env);
        const https = secure ? this.secureStack() : undefined;
        const options = {
            method,
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port || (secure ? 443 : 80),
            path: `${url.pathname}${url.search}`,
            headers: {
                'User-Agent': this.options.userAgent,
                ...headers,
                ...(payload === null ? {} : { 'Content-Length': typeof payload === 'string' ? Buffer.byteLength(payload) : payload.size })
            },
            signal,
            agent: https ? (proxy ? await this.tunnelTo(proxy) : https.agent) : this.httpAgent
        };
        if (!secure && proxy) {
            const viaProxy = (0,tfc_proxy/* plainProxyRequestOptions */.w7)(url, proxy);
            Object.assign(options, {
                host: viaProxy.host,
                port: viaProxy.port,
                path: viaProxy.path,
                headers: { ...options.headers, ...viaProxy.headers }
            });
        }
        return new Promise((resolve, reject) => {
            const request = (https ? https.module.request : external_node_http_.request)(options, resolve);
            request.once('finish', this.markSent).once('error', this.markSent);
            request.setTimeout(this.requestTimeoutMs, () => request.destroy(Object.assign(new Error('request timeout'), { code: 'ETIMEDOUT' })));
            request.on('error', reject);
            if (payload !== null && typeof payload !== 'string') {
                const source = (0,external_node_fs_.createReadStream)(payload.file);
                source.on('error', error => request.destroy(error));
                source.pipe(request);
            }
            else {
                request.end(payload ?? undefined);
            }
        });
    }
    async tunnelTo(proxy) {
        let agent = this.tunnels.get(proxy.href);
        if (!agent) {
            const { TunnelAgent } = await __webpack_require__.e(/* import() */ 905).then(__webpack_require__.bind(__webpack_require__, 905));
            agent = this.tunnels.get(proxy.href) ?? new TunnelAgent(proxy);
            this.tunnels.set(proxy.href, agent);
        }
        return agent;
    }
    async pace(endpoint, streak, paced) {
        const wait = paced ? this.bucket.take() : 0;
        if (wait > 0)
            await this.clock.sleep(wait, this.options.signal);
        if (this.options.signal?.aborted)
            throw new StoppedError(`${endpoint}: not sent because the step is stopping${streak ? ` (after ${streak.reason})` : ''}`, endpoint, 'aborted');
    }
}
/**
 * A body still streaming after its request returned is no longer tied to the request's signal: the deadline or a
 * stopping step must end it too, or a trickling download could outlive `timeout`.
 */
async function untilAborted(message, signal, work) {
    const abort = () => void message.destroy(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' }));
    if (signal.aborted)
        abort();
    signal.addEventListener('abort', abort, { once: true });
    try {
        return await work;
    }
    finally {
        signal.removeEventListener('abort', abort);
    }
}
function readBody(message) {
    return readBytes(message).then(bytes => bytes.toString('utf8'));
}
function readBytes(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('end', () => resolve(Buffer.concat(chunks)));
        message.on('error', reject);
        message.on('aborted', () => reject(Object.assign(new Error('connection closed mid-response'), { code: 'ECONNRESET' })));
    });
}
/**
 * An answer that is not the API (a proxy's sign-in page, a load balancer's error page, a web server at the wrong
 * port) says so, with what came back and from where, instead of failing later on a document it cannot parse.
 */
function checkIsApi(response, endpoint, host) {
    const type = String(response.headers['content-type'] ?? '');
    if (!response.body.trim() || /json/i.test(type))
        return;
    const title = /<title[^>]*>([^<]{1,120})/i.exec(response.body)?.[1]?.trim();
    const what = title ? `an HTML page titled "${title}"` : `${type || 'a body without a content type'}`;
    throw new TransportError(`${endpoint}: ${host} answered ${response.status} with ${what}, not the HCP Terraform API. Check \`hostname\`, and any proxy or sign-in page between the runner and it.`, endpoint);
}

;// CONCATENATED MODULE: ./src/duration.ts
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Parses `90s`, `15m`, `1h30m`, `250ms` or a bare number of seconds into milliseconds; undefined when malformed. */
function duration_parseDuration(text) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (!/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g))
        total += Number(amount) * UNIT_MS[unit];
    return Math.round(total);
}
function duration_formatDuration(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const seconds = Math.round(ms / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return [h ? `${h}h` : '', m ? `${m}m` : '', s || (!h && !m) ? `${s}s` : ''].join('');
}

;// CONCATENATED MODULE: ./src/input-error.ts
/** A bad input: the message names the input and says how to fix it. Nothing has been created when it is thrown. */
class input_error_InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}

;// CONCATENATED MODULE: ./src/input-values.ts
/** Readings every input parser shares: a boolean, and a list written one item a line. */

/**
 * A boolean input as @actions/core's `getBooleanInput` reads one (YAML 1.2's core schema): true, True, TRUE,
 * false, False or FALSE; empty is `fallback`; anything else names the input.
 */
function input_values_booleanInput(get, name, fallback) {
    const raw = get(name).trim();
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new InputError(name, `Input \`${name}\` must be true or false, not "${raw}".`);
}
/** A multi-line input's items: each line trimmed, blank lines and `#` comments left out. */
function input_values_inputLines(text) {
    return text
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/inputs-commands.ts
/**
 * The inputs of pull-request automation: comment commands (`command-prefix`, `command-permission`,
 * `allow-fork-pull-requests`, `apply-requirements`, `merge-after-apply`) and a check run per workspace (`checks`).
 * Read and checked with the others, before anything is sent.
 */



/** Who may command, from least to most: a commenter needs at least `command-permission`. */
const PERMISSIONS = (/* unused pure expression or super */ null && (['none', 'read', 'triage', 'write', 'maintain', 'admin']));
const REQUIREMENTS = (/* unused pure expression or super */ null && (['approved', 'mergeable', 'up-to-date']));
function inputs_commands_parseCommandInputs(get) {
    const prefix = get(Inputs.CommandPrefix).trim() || '/tfe';
    if (/\s/.test(prefix) || prefix.length > 32)
        throw new InputError(Inputs.CommandPrefix, `Input \`command-prefix\` must be one word such as /tfe, not "${prefix.slice(0, 40)}".`);
    const permission = (get(Inputs.CommandPermission).trim() || 'write').toLowerCase();
    if (permission !== 'write' && permission !== 'maintain' && permission !== 'admin')
        throw new InputError(Inputs.CommandPermission, `Input \`command-permission\` must be write, maintain or admin, not "${permission}".`);
    const requirements = (get(Inputs.ApplyRequirements).trim() || 'approved')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(r => r.toLowerCase());
    const unknown = requirements.find(r => !REQUIREMENTS.includes(r) && r !== 'none');
    if (unknown)
        throw new InputError(Inputs.ApplyRequirements, `Input \`apply-requirements\` takes approved, mergeable and up-to-date (or none), not "${unknown}".`);
    const checks = (get(Inputs.Checks).trim() || 'auto').toLowerCase();
    if (checks !== 'auto' && checks !== 'true' && checks !== 'false')
        throw new InputError(Inputs.Checks, `Input \`checks\` must be auto, true or false, not "${checks}".`);
    return {
        prefix,
        permission,
        allowForks: booleanInput(get, Inputs.AllowForkPullRequests, false),
        requirements: requirements.filter((r) => r !== 'none'),
        mergeAfterApply: booleanInput(get, Inputs.MergeAfterApply, false),
        checks
    };
}

;// CONCATENATED MODULE: ./src/inputs-selection.ts
/**
 * The inputs that select several workspaces for one step (`workspaces`, `workspace-tags`, `exclude-tags`,
 * `project`) and how they are run (`changed-only`, `parallel`): read and checked before anything is sent.
 */



const NAME_OR_GLOB = /^[A-Za-z0-9_*?[\]-]+$/;
const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;
const PROJECT_ID = /^prj-[A-Za-z0-9]+$/;
const MAX_PARALLEL = 50;
function tagFilter(line) {
    const at = line.indexOf('=');
    if (at < 0) {
        if (/[\s,]/.test(line))
            throw new InputError(Inputs.WorkspaceTags, `Input \`workspace-tags\` takes one tag per line; "${line}" holds several.`);
        return { kind: 'name', name: line };
    }
    const [key, value] = [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    if (!key)
        throw new InputError(Inputs.WorkspaceTags, `Input \`workspace-tags\`: "${line}" has no key before =; write key=value.`);
    return { kind: 'binding', key, value };
}
/**
 * The selection of several workspaces, or undefined when the step serves one (`workspace`). Exactly one of
 * `workspace`, `workspaces`, `workspace-tags` and `project` may be given, except that `project` combines with
 * `workspace-tags`.
 */
function inputs_selection_parseSetInputs(get) {
    const workspace = get(Inputs.Workspace).trim();
    const refs = inputLines(get(Inputs.Workspaces));
    const tags = inputLines(get(Inputs.WorkspaceTags)).map(tagFilter);
    const excludeTags = inputLines(get(Inputs.ExcludeTags));
    const project = get(Inputs.Project).trim();
    const chosen = [
        [Inputs.Workspace, workspace],
        [Inputs.Workspaces, refs.length],
        [Inputs.WorkspaceTags, tags.length || project]
    ].filter(([, given]) => given);
    if (chosen.length > 1) {
        const [first, second] = chosen.map(([name]) => (name === Inputs.WorkspaceTags && !tags.length ? Inputs.Project : name));
        throw new InputError(second, `Inputs \`${first}\` and \`${second}\` cannot be used together: each one chooses the workspaces (\`project\` combines only with \`workspace-tags\`). Remove one.`);
    }
    if (excludeTags.length && !tags.length && !project)
        throw new InputError(Inputs.ExcludeTags, 'Input `exclude-tags` narrows `workspace-tags` or `project`: give one of them, or remove it.');
    for (const tag of excludeTags) {
        if (tag.includes('=') || /[\s,]/.test(tag))
            throw new InputError(Inputs.ExcludeTags, `Input \`exclude-tags\` takes one tag name per line, not "${tag}".`);
    }
    const bad = refs.find(ref => !(ref.startsWith('ws-') ? WORKSPACE_ID.test(ref) : NAME_OR_GLOB.test(ref)));
    if (bad)
        throw new InputError(Inputs.Workspaces, `Input \`workspaces\` takes one workspace name, ws-… ID or glob on names (app-*) per line, not "${bad}".`);
    if (project && !PROJECT_ID.test(project) && /[\r\n]/.test(project))
        throw new InputError(Inputs.Project, 'Input `project` takes one project name or prj-… ID.');
    const changedRaw = (get(Inputs.ChangedOnly).trim() || 'auto').toLowerCase();
    if (!['auto', 'true', 'false'].includes(changedRaw))
        throw new InputError(Inputs.ChangedOnly, `Input \`changed-only\` must be auto, true or false, not "${get(Inputs.ChangedOnly).trim()}".`);
    const parallelRaw = get(Inputs.Parallel).trim() || '10';
    const parallel = Number(parallelRaw);
    if (!Number.isInteger(parallel) || parallel < 1 || parallel > MAX_PARALLEL)
        throw new InputError(Inputs.Parallel, `Input \`parallel\` must be a whole number from 1 to ${MAX_PARALLEL}, not "${parallelRaw}".`);
    if (!refs.length && !tags.length && !project) {
        // The runner passes action.yml's defaults (`auto`, `10`) as inputs: only a value the workflow set is an error.
        for (const [name, value] of [
            [Inputs.ExcludeTags, excludeTags.length > 0],
            [Inputs.ChangedOnly, changedRaw !== 'auto'],
            [Inputs.Parallel, parallelRaw !== '10']
        ]) {
            if (value)
                throw new InputError(name, `Input \`${name}\` applies to several workspaces: select them with \`workspaces\`, \`workspace-tags\` or \`project\`.`);
        }
        return undefined;
    }
    const selection = refs.length
        ? { kind: 'list', refs }
        : { kind: 'filter', tags, excludeTags, project: project || undefined };
    return { selection, changedOnly: changedRaw, parallel };
}
/** Whether the selection names workspaces only by ID (then `organization` is not needed). */
function inputs_selection_selectionNeedsOrganization(selection) {
    return selection.kind === 'filter' || selection.refs.some(ref => !ref.startsWith('ws-'));
}

;// CONCATENATED MODULE: ./src/inputs.ts








const DEFAULT_POLL_INTERVAL_MS = 10_000;
const WORKSPACE_NAME = /^[A-Za-z0-9_-]+$/;
const RUN_ID = /^run-[A-Za-z0-9]+$/;
const inputs_WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;
const CV_ID = /^cv-[A-Za-z0-9]+$/;
const ORGANIZATION = /^[A-Za-z0-9_-]+$/;
function durationInput(get, name, fallback) {
    const raw = get(name).trim() || fallback;
    const ms = parseDuration(raw);
    if (ms === undefined || ms <= 0) {
        throw new InputError(name, `Input \`${name}\` must be a duration such as 90s, 15m or 1h30m (a bare number is seconds), not "${raw}".`);
    }
    return ms;
}
/** Accepts `tfe.example.com`, `tfe.example.com:8443`, `https://tfe.example.com` or `http://127.0.0.1:8080`. */
function parseHostname(raw) {
    if (/^[a-z][a-z0-9+.-]*:\/*$/i.test(raw.trim())) {
        throw new InputError(Inputs.Hostname, `Input \`hostname\` has no host name in "${raw.trim()}": write the host, such as app.terraform.io or https://tfe.example.com.`);
    }
    const text = raw.trim().replace(/\/+$/, '');
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new InputError(Inputs.Hostname, `Input \`hostname\` must be a host name such as app.terraform.io or a URL such as https://tfe.example.com, not "${raw}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(Inputs.Hostname, `Input \`hostname\` must use https:// (or http:// for a local test server), not ${url.protocol}//.`);
    }
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
        throw new InputError(Inputs.Hostname, `Input \`hostname\` must be just the host (and port), without a path, query or credentials: "${url.host}".`);
    }
    return { origin: url.origin, insecure: url.protocol === 'http:' };
}
/** The API token: the input, else TF_API_TOKEN. Shared by the main step, its masking and the post step. */
function tokenOf(get, env) {
    return get(constants/* Inputs */.G0.Token).trim() || (env[constants/* Env */.o9.Token] ?? '').trim();
}
/** The yes/no inputs, a row each: the field, the input, its default. A new one is a row here (and a field above). */
const FLAGS = [
    ['isDestroy', constants/* Inputs */.G0.IsDestroy, false],
    ['planOnly', constants/* Inputs */.G0.PlanOnly, false],
    ['refresh', constants/* Inputs */.G0.Refresh, true],
    ['refreshOnly', constants/* Inputs */.G0.RefreshOnly, false],
    ['apply', constants/* Inputs */.G0.Apply, false],
    ['allowDestroy', constants/* Inputs */.G0.AllowDestroy, false],
    ['discard', constants/* Inputs */.G0.Discard, true],
    ['waitForApply', constants/* Inputs */.G0.WaitForApply, true],
    ['forceCancel', constants/* Inputs */.G0.ForceCancel, false],
    ['showLogs', constants/* Inputs */.G0.ShowLogs, true],
    ['annotations', constants/* Inputs */.G0.Annotations, true],
    ['attributeValues', constants/* Inputs */.G0.AttributeValues, true],
    ['outputs', constants/* Inputs */.G0.Outputs, true],
    ['sensitiveOutputs', constants/* Inputs */.G0.SensitiveOutputs, false],
    ['driftIssue', constants/* Inputs */.G0.DriftIssue, false],
    ['overridePolicies', constants/* Inputs */.G0.OverridePolicies, false],
    ['savePlan', constants/* Inputs */.G0.SavePlan, false]
];
function readFlags(get) {
    return Object.fromEntries(FLAGS.map(([field, name, fallback]) => [field, booleanInput(get, name, fallback)]));
}
/**
 * Inputs that cannot work together, a row each, in the order they are checked: the first that holds fails the
 * step, naming `input` (the one to change) and saying how.
 */
const CONFLICTS = [
    {
        input: constants/* Inputs */.G0.Run,
        when: c => c.run !== '' && codeSource(c) !== undefined,
        message: c => `Inputs \`run\` and \`${codeSource(c)}\` cannot be used together: \`run\` acts on an existing run, which has its code already. Remove one.`
    },
    {
        input: constants/* Inputs */.G0.Directory,
        when: c => c.directory !== '' && (c.configurationVersion !== '' || c.promoteFrom !== ''),
        message: c => {
            const other = c.configurationVersion ? constants/* Inputs */.G0.ConfigurationVersion : constants/* Inputs */.G0.PromoteFrom;
            return `Inputs \`directory\` and \`${other}\` cannot be used together: each one chooses the code to run (upload this directory, or run ${other === constants/* Inputs */.G0.PromoteFrom ? "another workspace's applied" : 'an existing'} configuration version). Remove one.`;
        }
    },
    {
        input: constants/* Inputs */.G0.PromoteFrom,
        when: c => c.configurationVersion !== '' && c.promoteFrom !== '',
        message: 'Inputs `promote-from` and `configuration-version` cannot be used together: promote-from picks the configuration version itself. Remove one.'
    },
    {
        input: constants/* Inputs */.G0.SensitiveOutputs,
        when: c => c.sensitiveOutputs && !c.outputs,
        message: 'Input `sensitive-outputs` is true but `outputs` is false: sensitive outputs are read only with the others. Set `outputs: true`, or remove `sensitive-outputs`.'
    },
    {
        input: constants/* Inputs */.G0.OverrideReason,
        when: c => c.overridePolicies && !c.overrideReason,
        message: 'Input `override-reason` is required with `override-policies: true`: say why the failed policies may be overridden; it is recorded on the run and in the report.'
    },
    {
        input: constants/* Inputs */.G0.OverridePolicies,
        when: c => c.overrideReason !== '' && !c.overridePolicies,
        message: 'Input `override-reason` is set but `override-policies` is not true: set `override-policies: true` to override soft-failed policies, or remove the reason.'
    },
    {
        input: constants/* Inputs */.G0.OverridePolicies,
        when: c => c.overridePolicies && c.planOnly,
        message: 'Input `override-policies` cannot be used with `plan-only: true`: a plan-only run cannot be overridden (a soft failure ends it). Remove one.'
    },
    {
        input: constants/* Inputs */.G0.RefreshOnly,
        when: c => c.isDestroy && c.refreshOnly,
        message: 'Inputs `is-destroy` and `refresh-only` cannot both be true: a run either destroys or only refreshes. Set one to false.'
    },
    {
        input: constants/* Inputs */.G0.Refresh,
        when: c => c.refreshOnly && !c.refresh,
        message: 'Input `refresh` is false but `refresh-only` is true: a refresh-only run exists to refresh. Remove `refresh: false`.'
    },
    {
        input: constants/* Inputs */.G0.SavePlan,
        when: c => c.savePlan && c.planOnly,
        message: 'Inputs `save-plan` and `plan-only` are both true: a saved plan is kept to be applied later, a plan-only run never can be. Set one to false.'
    },
    {
        input: constants/* Inputs */.G0.SavePlan,
        when: c => c.savePlan && c.apply,
        message: 'Inputs `save-plan` and `apply` are both true: a saved plan is applied by a later step (`run: reviewed`, or `run:` with its ID). Set `apply` to false here.'
    },
    {
        input: constants/* Inputs */.G0.DriftIssue,
        when: c => c.driftIssue && driftConflict(c) !== undefined,
        message: c => `Input \`drift-issue\` finds drift with a speculative refresh-only plan and applies nothing: it cannot be used with \`${driftConflict(c)}\`. Remove one.`
    },
    {
        input: constants/* Inputs */.G0.SavePlan,
        when: c => c.savePlan && c.run !== '',
        message: 'Inputs `save-plan` and `run` cannot be used together: `save-plan` creates a run, `run` acts on an existing one. Remove one.'
    },
    {
        input: constants/* Inputs */.G0.Apply,
        when: c => c.run === 'reviewed' && !c.apply,
        message: 'Input `apply` must be true with `run: reviewed`, which applies the plan reviewed on the merged pull request: set `apply: true` to say so.'
    },
    {
        input: constants/* Inputs */.G0.Apply,
        when: c => c.planOnly && c.apply,
        message: 'Input `apply` is true but `plan-only` is true: a plan-only (speculative) run can never be applied. Set one of them to false.'
    },
    {
        input: constants/* Inputs */.G0.AllowDestroy,
        when: c => c.isDestroy && c.apply && !c.allowDestroy,
        message: 'Inputs `is-destroy` and `apply` are both true, which destroys every resource of the workspace: set `allow-destroy` to true to confirm that this is intended.'
    },
    {
        input: constants/* Inputs */.G0.ReplaceAddrs,
        when: c => c.refreshOnly && c.replaceAddrs.length > 0,
        message: 'Input `replace-addrs` cannot be used with `refresh-only: true`: a refresh-only run changes no resources. Remove one.'
    }
];
/** The first input besides `run` that chooses the code to run, if any. */
function codeSource(c) {
    return [
        [constants/* Inputs */.G0.Directory, c.directory],
        [constants/* Inputs */.G0.ConfigurationVersion, c.configurationVersion],
        [constants/* Inputs */.G0.PromoteFrom, c.promoteFrom]
    ].find(([, value]) => value)?.[0];
}
/** The first input `drift-issue` cannot go with, if any. */
function driftConflict(c) {
    return [
        [constants/* Inputs */.G0.Apply, c.apply],
        [constants/* Inputs */.G0.SavePlan, c.savePlan],
        [constants/* Inputs */.G0.Run, c.run],
        [constants/* Inputs */.G0.IsDestroy, c.isDestroy]
    ].find(([, value]) => value)?.[0];
}
/** Reads and checks every input before anything is sent, so a mistake fails fast and creates nothing. */
function parseInputs(get, env) {
    const token = tokenOf(get, env);
    if (!token) {
        throw new InputError(Inputs.Token, `Input \`token\` is required: pass a user or team API token, e.g. token: \${{ secrets.TF_API_TOKEN }}, or set the ${Env.Token} environment variable.`);
    }
    if (/\s/.test(token))
        throw new InputError(Inputs.Token, 'Input `token` contains white space; copy the API token again without spaces or line breaks.');
    const host = parseHostname(get(Inputs.Hostname).trim() || (env[Env.Hostname] ?? '').trim() || DEFAULT_HOSTNAME);
    const run = get(Inputs.Run).trim();
    if (run && run !== 'reviewed' && !RUN_ID.test(run)) {
        throw new InputError(Inputs.Run, `Input \`run\` must be a run ID such as run-CZcmD7eagjhyX0vN, or "reviewed", not "${run}".`);
    }
    const workspace = get(Inputs.Workspace).trim();
    const set = parseSetInputs(get);
    // A run ID names its workspace; everything else needs one, or a selection of several.
    if (!workspace && !RUN_ID.test(run) && !set)
        throw new InputError(Inputs.Workspace, 'Input `workspace` is required: a workspace name (with `organization`) or a ws-… ID; or select several with `workspaces`, `workspace-tags` or `project`.');
    if (set && run && run !== 'reviewed')
        throw new InputError(Inputs.Run, `Input \`run\` names one run, and \`${set.selection.kind === 'list' ? Inputs.Workspaces : Inputs.WorkspaceTags}\` selects several workspaces: give the run alone, or \`run: reviewed\` to apply each selected workspace's reviewed plan.`);
    if (workspace)
        checkWorkspaceRef(Inputs.Workspace, workspace);
    const promoteFrom = get(Inputs.PromoteFrom).trim();
    if (promoteFrom)
        checkWorkspaceRef(Inputs.PromoteFrom, promoteFrom);
    const organization = get(Inputs.Organization).trim() || (env[Env.Organization] ?? '').trim();
    const needsOrganization = [workspace, promoteFrom].some(ref => ref && !ref.startsWith('ws-')) || (set && selectionNeedsOrganization(set.selection));
    if (needsOrganization && !organization) {
        throw new InputError(Inputs.Organization, `Input \`organization\` is required when ${set ? 'workspaces are selected by name, tag or project' : 'a workspace is given by name'}: set it, or the ${Env.Organization} environment variable, or use a ws-… ID.`);
    }
    if (organization && !ORGANIZATION.test(organization)) {
        throw new InputError(Inputs.Organization, `Input \`organization\` may hold only letters, digits, - and _: "${organization}".`);
    }
    const configurationVersion = get(Inputs.ConfigurationVersion).trim();
    if (configurationVersion && !CV_ID.test(configurationVersion)) {
        throw new InputError(Inputs.ConfigurationVersion, `Input \`configuration-version\` must be a configuration version ID such as cv-n4XQPBa2QnecZJ4G, not "${configurationVersion}".`);
    }
    const directory = get(Inputs.Directory).trim();
    const flags = readFlags(get);
    const overrideReason = get(Inputs.OverrideReason).trim();
    const targetAddrs = inputLines(get(Inputs.TargetAddrs));
    const replaceAddrs = inputLines(get(Inputs.ReplaceAddrs));
    for (const [name, addrs] of [
        [Inputs.TargetAddrs, targetAddrs],
        [Inputs.ReplaceAddrs, replaceAddrs]
    ]) {
        const bad = addrs.find(addr => /\s/.test(addr.replace(/\[".*?"\]/g, '')));
        if (bad)
            throw new InputError(name, `Input \`${name}\` takes one resource address per line; "${bad}" is not an address.`);
    }
    const combination = { ...flags, run, overrideReason, directory, configurationVersion, promoteFrom, replaceAddrs };
    const conflict = CONFLICTS.find(rule => rule.when(combination));
    if (conflict)
        throw new InputError(conflict.input, typeof conflict.message === 'string' ? conflict.message : conflict.message(combination));
    const variables = parseRunVariables(get(Inputs.Variables));
    if (typeof variables === 'string') {
        throw new InputError(Inputs.Variables, `Input \`variables\`: ${variables}. Write one \`name = value\` per line, the value in HCL literal syntax.`);
    }
    const timeoutMs = durationInput(get, Inputs.Timeout, '1h');
    // Unset, the interval follows a short timeout down rather than failing over an input the user never wrote; the
    // runner passes action.yml's default (10s) as the input, so that value counts as unset too.
    const pollRaw = get(Inputs.PollInterval).trim();
    const pollIntervalMs = pollRaw && pollRaw !== '10s' ? durationInput(get, Inputs.PollInterval, '10s') : Math.min(DEFAULT_POLL_INTERVAL_MS, timeoutMs / 2);
    if (pollIntervalMs > timeoutMs) {
        throw new InputError(Inputs.PollInterval, `Input \`poll-interval\` (${formatDuration(pollIntervalMs)}) is longer than \`timeout\` (${formatDuration(timeoutMs)}); make it shorter.`);
    }
    const commentRaw = (get(Inputs.Comment).trim() || 'auto').toLowerCase();
    if (commentRaw !== 'auto' && commentRaw !== 'true' && commentRaw !== 'false') {
        throw new InputError(Inputs.Comment, `Input \`comment\` must be auto, true or false, not "${get(Inputs.Comment).trim()}".`);
    }
    return {
        ...flags,
        token,
        apiOrigin: host.origin,
        insecureHttp: host.insecure,
        organization,
        workspace,
        set,
        run,
        directory,
        configurationVersion,
        promoteFrom,
        message: get(Inputs.Message).trim(),
        targetAddrs,
        replaceAddrs,
        variables,
        timeoutMs,
        pollIntervalMs,
        overrideReason,
        comment: commentRaw,
        githubToken: get(Inputs.GithubToken).trim(),
        commentKey: get(Inputs.CommentKey).trim(),
        commands: parseCommandInputs(get)
    };
}
/** Warnings about inputs that work but deserve a second look. */
function inputWarnings(inputs) {
    const warnings = [];
    if (inputs.insecureHttp)
        warnings.push(`Input \`hostname\` uses plain http (${inputs.apiOrigin}): the token travels unencrypted. Use this only for a local test server.`);
    if (inputs.variables.length) {
        warnings.push('Input `variables`: run variables are stored in plain text with the run in HCP Terraform, visible to anyone who can read its runs. Pass secrets as sensitive workspace variables instead.');
    }
    return warnings;
}
function checkWorkspaceRef(input, value) {
    if (value.startsWith('ws-') ? inputs_WORKSPACE_ID.test(value) : WORKSPACE_NAME.test(value))
        return;
    throw new InputError(input, `Input \`${input}\` must be a workspace name (letters, digits, - and _) or a ws-… ID, not "${value}".`);
}

;// CONCATENATED MODULE: ./src/tfc/types.ts
/** The run statuses after which nothing more happens (tfc-api.md §4.3, "Terminal set for the action"). */
const types_TERMINAL_RUN_STATUSES = new Set([
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
const types_AWAITING_DECISION_STATUSES = new Set([
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

;// CONCATENATED MODULE: ./src/decide.ts

/**
 * The plan phase is over when the server says the run can be confirmed, when it waits for a person, or when the
 * run has ended. A bare `planned` is not enough: cost estimation, policies or run tasks may still follow (§4.3).
 */
function isPlanSettled(run) {
    return (TERMINAL_RUN_STATUSES.has(run.status) ||
        run.actions.isConfirmable ||
        AWAITING_DECISION_STATUSES.has(run.status) ||
        run.status === 'planned_and_saved');
}
function decide_isTerminal(run) {
    return types_TERMINAL_RUN_STATUSES.has(run.status);
}
/** What a person has to do about a run that waits for a decision, by status. */
const AWAITING_ADVICE = {
    policy_override: 'a soft-mandatory Sentinel policy failed; someone with "manage policy overrides" permission must override it on the run page before the run can be applied',
    tf_policy_override: 'a soft-mandatory policy failed; someone with "manage policy overrides" permission must override it on the run page',
    pre_plan_awaiting_decision: 'a mandatory pre-plan run task failed and waits for an override on the run page',
    post_plan_awaiting_decision: 'a mandatory post-plan run task or OPA policy failed and waits for an override on the run page',
    pre_apply_awaiting_decision: 'a mandatory pre-apply run task failed and waits for an override on the run page'
};
function describeAwaiting(status) {
    return AWAITING_ADVICE[status] ?? `the run waits for a decision (${status}) on the run page`;
}
/**
 * Decides from the run's settled state and the number of resources the plan destroys (replacements included).
 * The server's `actions` flags are trusted over status lists: they never drift (tfc-api.md §4.4).
 */
function decideAfterPlan(run, destroys, inputs) {
    switch (run.status) {
        case 'errored':
            return {
                kind: 'none',
                code: 'plan-errored',
                reason: 'The plan errored.',
                fail: 'The run errored during planning; see the errors in the job summary (or the end of the plan log) and the run page.'
            };
        case 'canceled':
        case 'force_canceled':
            return {
                kind: 'none',
                code: 'canceled-elsewhere',
                reason: 'The run was canceled.',
                fail: `The run was ${run.status === 'force_canceled' ? 'force-canceled' : 'canceled'} by someone else before this step acted on it.`
            };
        case 'discarded':
            return {
                kind: 'none',
                code: 'discarded-elsewhere',
                reason: 'The run was discarded.',
                fail: 'The run was discarded by someone else before this step acted on it.'
            };
        case 'policy_soft_failed':
            return {
                kind: 'none',
                code: 'policy-soft-failed',
                reason: 'A soft-mandatory policy failed.',
                fail: 'A soft-mandatory policy failed on this plan-only run; fix the configuration or the policy.'
            };
        case 'planned_and_finished':
            return run.planOnly
                ? { kind: 'none', code: 'speculative', reason: 'Speculative (plan-only) run: nothing to apply.' }
                : { kind: 'none', code: 'no-changes', reason: 'No changes: nothing to apply.' };
        case 'applied':
            return inputs.apply
                ? { kind: 'none', code: 'applied-before-confirm', reason: 'The run was applied before this step confirmed it.' }
                : {
                    kind: 'none',
                    code: 'applied-elsewhere',
                    reason: 'The run was applied outside this step.',
                    fail: 'The run was applied by someone or something else although `apply` is false.'
                };
    }
    // A saved plan is kept for the step that applies it, whatever status it is confirmable in (after a policy
    // override it can be `policy_override` → `post_plan_completed`, say): it never holds the queue, so never discard it.
    const saved = inputs.savePlan === true && run.savePlan;
    if (saved && (run.status === 'planned_and_saved' || run.actions.isConfirmable)) {
        return {
            kind: 'leave',
            code: 'saved',
            reason: "Saved the plan: a later step applies exactly this run (`run: reviewed` after the merge, or `run:` with its ID). It does not hold the workspace's queue, and HCP Terraform discards it if another run applies first."
        };
    }
    if (AWAITING_DECISION_STATUSES.has(run.status)) {
        const advice = describeAwaiting(run.status);
        const fail = `The run needs a decision: ${advice}.`;
        return inputs.discard && run.actions.isDiscardable && !saved
            ? {
                kind: 'discard',
                code: 'awaiting-decision',
                reason: `Discarded so it does not hold the workspace's queue: ${advice}. Set \`discard: false\` to leave such runs for a person to decide.`,
                fail
            }
            : { kind: 'leave', code: 'awaiting-decision', reason: `Left for a person: ${advice}.`, fail };
    }
    if (run.actions.isConfirmable) {
        if (destroys > 0 && inputs.apply && !inputs.allowDestroy) {
            const what = destroys === 1 ? '1 resource' : `${destroys} resources`;
            return {
                kind: 'discard',
                code: 'destroy-refused',
                reason: `Not applied: the plan destroys or replaces ${what} and \`allow-destroy\` is false.`,
                fail: `The plan destroys or replaces ${what}; this step applies such plans only with \`allow-destroy: true\`. The run was discarded.`
            };
        }
        if (inputs.apply)
            return { kind: 'apply', code: 'apply', reason: 'Applying: `apply` is true.' };
        return inputs.discard
            ? {
                kind: 'discard',
                code: 'not-applied',
                reason: "Discarded: `apply` is false, and `discard` is true so the run does not hold the workspace's queue."
            }
            : { kind: 'leave', code: 'left-for-confirmation', reason: 'Left for confirmation in the UI: `apply` and `discard` are false.' };
    }
    return {
        kind: 'none',
        code: 'unknown-status',
        reason: `The run stopped in status ${run.status}.`,
        fail: `The run is in status ${run.status}, which this step does not know how to finish; see the run page.`
    };
}
/**
 * Pause before the next poll: fast at first so a short plan is noticed within about a second or two, then slower,
 * reaching `capMs` after a couple of minutes (a 20-minute plan costs about 140 reads at the 10 s default).
 */
function nextPollDelay(elapsedMs, capMs) {
    return Math.min(capMs, 1000 + elapsedMs / 15);
}

;// CONCATENATED MODULE: ./src/tfc/jsonapi.ts
function jsonapi_parseDocument(body, endpoint) {
    try {
        const doc = JSON.parse(body);
        if (doc && typeof doc === 'object' && 'data' in doc)
            return doc;
    }
    catch {
        // fall through to the error below
    }
    throw new Error(`${endpoint} did not answer with a JSON:API document; is the hostname an HCP Terraform or Terraform Enterprise host?`);
}
function jsonapi_single(doc) {
    if (Array.isArray(doc.data))
        throw new Error('expected a single resource, got a list');
    return doc.data;
}
function relId(resource, name) {
    const data = resource.relationships?.[name]?.data;
    return data && !Array.isArray(data) ? data.id : undefined;
}
/** IDs of a to-many relationship; undefined when the document gives only links, not data. */
function relIds(resource, name) {
    const data = resource.relationships?.[name]?.data;
    return Array.isArray(data) ? data.map(d => d.id) : undefined;
}
function str(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'string' ? value : '';
}
function bool(resource, key) {
    return resource.attributes[key] === true;
}
function num(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'number' ? value : null;
}

;// CONCATENATED MODULE: ./src/tfc/plans.ts

async function readPlan(http, id) {
    const path = `plans/${encodeURIComponent(id)}`;
    return toPlan(single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)));
}
function toPlan(resource) {
    return {
        id: resource.id,
        status: str(resource, 'status'),
        hasChanges: bool(resource, 'has-changes'),
        resourceAdditions: num(resource, 'resource-additions'),
        resourceChanges: num(resource, 'resource-changes'),
        resourceDestructions: num(resource, 'resource-destructions'),
        resourceImports: num(resource, 'resource-imports'),
        logReadUrl: str(resource, 'log-read-url') || undefined
    };
}
async function readApply(http, id) {
    const path = `applies/${encodeURIComponent(id)}`;
    return toApply(single(parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`)));
}
function toApply(resource) {
    return {
        id: resource.id,
        status: str(resource, 'status'),
        resourceAdditions: num(resource, 'resource-additions'),
        resourceChanges: num(resource, 'resource-changes'),
        resourceDestructions: num(resource, 'resource-destructions'),
        resourceImports: num(resource, 'resource-imports'),
        logReadUrl: str(resource, 'log-read-url') || undefined,
        stateVersionIds: relIds(resource, 'state-versions') ?? []
    };
}
/**
 * Downloads a plan's JSON to `destination`. 204 means "not ready yet" (tried again a few times); 200 is inline;
 * 307 points at short-lived storage on another origin, fetched without the token. Returns false when the plan
 * JSON cannot be read with this token (404: no admin rights for json-output; 422: Terraform too old).
 */
async function downloadJsonPlan(http, planId, kind, destination, wait, onChunk) {
    const path = `plans/${encodeURIComponent(planId)}/${kind}`;
    for (let attempt = 0; attempt < 6; attempt++) {
        const result = await http.fetchBlob(`/api/v2/${path}`, {
            label: kind === 'json-output' ? 'JSON plan' : 'redacted JSON plan',
            destination,
            onChunk
        });
        if (result.status === 200)
            return true;
        if (result.status !== 204)
            return false;
        await wait(500 * (attempt + 1));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/tfc/runs.ts


function toRun(resource) {
    const actions = (resource.attributes.actions ?? {});
    return {
        id: resource.id,
        status: str(resource, 'status'),
        actions: {
            isCancelable: actions['is-cancelable'] === true,
            isConfirmable: actions['is-confirmable'] === true,
            isDiscardable: actions['is-discardable'] === true,
            isForceCancelable: actions['is-force-cancelable'] === true
        },
        message: str(resource, 'message'),
        isDestroy: bool(resource, 'is-destroy'),
        planOnly: bool(resource, 'plan-only'),
        savePlan: bool(resource, 'save-plan'),
        autoApply: bool(resource, 'auto-apply'),
        hasChanges: bool(resource, 'has-changes'),
        createdAt: str(resource, 'created-at'),
        // HCP Terraform marks a run a run trigger queued with `source: "tfe-run-trigger"` (run-task integrations check
        // exactly that); newer answers also name the source workspace or relate it. Any of them will do.
        queuedByTrigger: str(resource, 'source') === 'tfe-run-trigger' ||
            Boolean(str(resource, 'triggering-source-name')) ||
            Boolean(relId(resource, 'triggering-source')),
        triggeringSource: str(resource, 'triggering-source-name') || undefined,
        forceCancelAvailableAt: str(resource, 'force-cancel-available-at') || undefined,
        planId: relId(resource, 'plan'),
        applyId: relId(resource, 'apply'),
        configurationVersionId: relId(resource, 'configuration-version'),
        workspaceId: relId(resource, 'workspace'),
        costEstimateId: relId(resource, 'cost-estimate'),
        taskStageIds: relIds(resource, 'task-stages'),
        policyCheckIds: relIds(resource, 'policy-checks')
    };
}
/** The POST /runs body (tfc-api.md §4.1). auto-apply is always false: this action, not the workspace, decides. */
function runCreateBody(options) {
    const attributes = {
        message: options.message,
        'is-destroy': options.isDestroy,
        refresh: options.refresh,
        'refresh-only': options.refreshOnly,
        'plan-only': options.planOnly,
        ...(options.savePlan ? { 'save-plan': true } : {}),
        'auto-apply': false
    };
    if (options.targetAddrs.length)
        attributes['target-addrs'] = options.targetAddrs;
    if (options.replaceAddrs.length)
        attributes['replace-addrs'] = options.replaceAddrs;
    if (options.variables.length)
        attributes.variables = options.variables;
    const relationships = {
        workspace: { data: { type: 'workspaces', id: options.workspaceId } }
    };
    if (options.configurationVersionId) {
        relationships['configuration-version'] = { data: { type: 'configuration-versions', id: options.configurationVersionId } };
    }
    return { data: { type: 'runs', attributes, relationships } };
}
async function createRun(http, options) {
    const response = await http.request('POST', 'runs', { body: runCreateBody(options) });
    return toRun(single(parseDocument(response.body, 'POST /api/v2/runs')));
}
/**
 * GET /runs/:id. With `include`, the run's plan and apply come in the same response (tfc-api.md §1.5), so a poll that
 * sees a phase end already holds the phase's counts and log address: one request instead of two or three per run,
 * which is what lets many runs share one request budget.
 */
async function runs_readRun(http, id, include = []) {
    const path = `runs/${encodeURIComponent(id)}${include.length ? `?include=${include.join(',')}` : ''}`;
    const doc = jsonapi_parseDocument((await http.request('GET', path)).body, `GET /api/v2/${path}`);
    const run = toRun(jsonapi_single(doc));
    const side = (type, id) => id ? doc.included?.find(resource => resource.type === type && resource.id === id) : undefined;
    const plan = side('plans', run.planId);
    const apply = side('applies', run.applyId);
    return { ...run, ...(plan ? { plan: toPlan(plan) } : {}), ...(apply ? { apply: toApply(apply) } : {}) };
}
/**
 * An action endpoint (`…/actions/apply`, `…/actions/override`), with its optional plain-JSON comment (tfc-api.md
 * §1.3): 'conflict' when the server answers 409 (the resource is not in a state that allows it), returned so the
 * caller can re-read and decide.
 */
async function postAction(http, path, comment) {
    const response = await http.request('POST', path, { body: { comment }, accept: [409] });
    return response.status === 409 ? 'conflict' : 'accepted';
}
/** 202 on success; 409 when the run is not in a state that allows it. */
function runs_runAction(http, id, action, comment) {
    return postAction(http, `runs/${encodeURIComponent(id)}/actions/${action}`, comment);
}
/**
 * Stops a run that must not stay in the queue: cancel while it can be cancelled (queued, planning, applying),
 * else discard while it waits for confirmation or a decision. Returns what was done, or undefined if neither is
 * allowed now.
 */
async function cancelOrDiscard(http, run, comment) {
    if (run.actions.isCancelable) {
        await runs_runAction(http, run.id, 'cancel', comment);
        return 'canceled';
    }
    if (run.actions.isDiscardable) {
        await runs_runAction(http, run.id, 'discard', comment);
        return 'discarded';
    }
    return undefined;
}
/**
 * Runs of a workspace, newest first, every operation included (plan-only runs are hidden by default). This list
 * endpoint is limited to 30 requests a minute, so it is used only for one-off look-ups, never for polling.
 */
async function listRuns(http, workspaceId, query, pageSize = 20) {
    const params = new URLSearchParams({
        'page[size]': String(pageSize),
        'filter[operation]': 'plan_only,plan_and_apply,save_plan,refresh_only,destroy,empty_apply',
        ...query
    });
    const path = `workspaces/${encodeURIComponent(workspaceId)}/runs?${params.toString()}`;
    const doc = parseDocument((await http.request('GET', path)).body, `GET /api/v2/workspaces/${workspaceId}/runs`);
    return (Array.isArray(doc.data) ? doc.data : [doc.data]).map(toRun);
}

;// CONCATENATED MODULE: ./src/run/stop-run.ts




/** Each 409 (the run moved between our read and our action) gets a fresh read and a fresh choice, this many times. */
const STOP_ATTEMPTS = 3;
/**
 * Stops a run that must not hold the workspace's queue, choosing from the run's own `actions` flags: discard when
 * it is discardable (waiting for confirmation, a decision or its turn), else cancel when it is cancelable. Never
 * touches a run whose apply has started. On 409 or an unknown outcome it reads the run again and chooses again.
 */
async function stopRunSafely(http, runId, comment, fresh) {
    // A caller that has just read the run hands it over rather than have it read twice.
    let run = fresh ?? (await runs_readRun(http, runId));
    let unconfirmed;
    for (let attempt = 1; attempt <= STOP_ATTEMPTS; attempt++) {
        if (decide_isTerminal(run))
            return { kind: 'ended', run };
        if (APPLY_STARTED_STATUSES.has(run.status))
            return { kind: 'applying', run };
        const action = run.actions.isDiscardable ? 'discard' : run.actions.isCancelable ? 'cancel' : undefined;
        if (!action)
            return { kind: 'not-allowed', run };
        let answer;
        try {
            answer = await runs_runAction(http, run.id, action, comment);
        }
        catch (error) {
            if (!(error instanceof OutcomeUnknownError))
                throw error;
            unconfirmed = error;
            answer = 'unknown';
        }
        if (answer === 'accepted')
            return { kind: action === 'discard' ? 'discarded' : 'canceled', run: await runs_readRun(http, runId) };
        run = await runs_readRun(http, runId);
    }
    if (decide_isTerminal(run))
        return { kind: 'ended', run };
    // Never report a stop the server did not confirm: the caller says so, and the post step tries again.
    if (unconfirmed)
        throw unconfirmed;
    return { kind: 'not-allowed', run };
}
/**
 * After a cancel was accepted, waits (within `until`) for the run to end; force-cancels once HCP Terraform allows it
 * (`is-force-cancelable`, after `force-cancel-available-at`) when `forceCancel` asks for it.
 */
async function settleCanceled(http, run, options) {
    let current = run;
    while (!isTerminal(current) && options.clock.now() < options.until) {
        await options.clock.sleep(Math.min(options.pollMs, Math.max(0, options.until - options.clock.now())));
        current = await readRun(http, run.id);
        if (options.forceCancel && current.actions.isForceCancelable && !isTerminal(current)) {
            let answer;
            try {
                answer = await runAction(http, run.id, 'force-cancel', 'Force-canceled by GitHub Actions: the step timed out');
            }
            catch (error) {
                // `is-force-cancelable` says what the run allows, not what this token may: force-cancel needs workspace
                // admin. The cancel stands; say so rather than report that stopping failed.
                if (error instanceof ApiError && (error.status === 403 || error.status === 404))
                    return { kind: 'canceled', run: current, forceCancelRefused: error.status };
                throw error;
            }
            if (answer === 'accepted')
                return { kind: 'force-canceled', run: await readRun(http, run.id) };
        }
    }
    return { kind: 'canceled', run: current };
}
/** One sentence for the log and the report: what was done to the run, in the server's terms. */
function describeStop(result, runUrl) {
    const { run } = result;
    switch (result.kind) {
        case 'ended':
            return `The run had already ended (${run.status}).`;
        case 'applying':
            return `The run is still applying (${run.status}), so it was left alone: canceling an apply can leave infrastructure half-changed. Follow it at ${runUrl}`;
        case 'discarded':
            return 'Discarded the run.';
        case 'canceled': {
            const refused = result.forceCancelRefused
                ? ` Force-cancel was refused (HCP Terraform answered ${result.forceCancelRefused}): it needs workspace admin access, which this token lacks.`
                : '';
            return decide_isTerminal(run)
                ? `Canceled the run.${refused}`
                : `Canceled the run: HCP Terraform accepted the cancel, and the run (${run.status}) stops when Terraform reaches its next safe point.${refused}`;
        }
        case 'force-canceled':
            return 'Canceled the run; it did not stop, so it was force-canceled.';
        case 'not-allowed':
            if (run.forceCancelAvailableAt)
                return `A cancel of the run is already under way (${run.status}); it stops when Terraform reaches a safe point.`;
            return `Could not stop the run (${run.status}): HCP Terraform allowed neither a discard nor a cancel. Check it at ${runUrl}`;
    }
}

;// CONCATENATED MODULE: ./src/cleanup.ts





/** The post step's whole budget: the runner gives it a few minutes at most, and a stuck host must not hold the job. */
const POST_STEP_BUDGET_MS = 60_000;
/**
 * The post step: a backstop for a main step that was killed, or could not stop its run. When the main step finished
 * (in any way it controls) this sends nothing at all; otherwise it stops each run it left, by the same rules as the
 * main step: discard or cancel as the run's flags allow, and never a run that is applying.
 */
async function cleanup(io, runIds = (0,post_state/* pendingRunIds */.F)(io)) {
    const token = tokenOf(name => io.getInput(name), io.env);
    const origin = io.getState(constants/* State */.Uw.ApiUrl);
    if (!runIds.length || !token || !origin)
        return [];
    io.setSecret(token);
    const http = new TfcHttp({ origin, token, userAgent: constants/* USER_AGENT */._O, deadline: Date.now() + POST_STEP_BUDGET_MS, env: io.env });
    try {
        const results = [];
        for (const runId of runIds) {
            try {
                const result = await stopRunSafely(http, runId, 'Stopped by GitHub Actions: the job stopped before the step finished');
                const said = describeStop(result, `the run page (${origin})`);
                if (result.kind === 'discarded' || result.kind === 'canceled')
                    io.warning(`The main step did not finish; ${result.kind} run ${runId} so it does not hold the workspace's queue.`);
                else if (result.kind !== 'ended')
                    io.warning(`The main step did not finish. Run ${runId}: ${said}`);
                results.push(result.kind);
            }
            catch (error) {
                io.warning(`The main step did not finish, and stopping run ${runId} failed: ${error.message}`);
                results.push('failed');
            }
        }
        return results;
    }
    finally {
        http.dispose();
    }
}


/***/ }),

/***/ 43:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ proxyAuthorization),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   w7: () => (/* binding */ plainProxyRequestOptions)
/* harmony export */ });
/* unused harmony export bypassesProxy */
/**
 * The proxy for a URL from HTTPS_PROXY / HTTP_PROXY (either case), unless NO_PROXY names its host: what the runner
 * and the other actions honour, so Terraform Enterprise behind a corporate proxy works the same way.
 */
function proxyFor(url, env) {
    const raw = url.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
    if (!raw?.trim() || bypassesProxy(url, env.NO_PROXY ?? env.no_proxy ?? ''))
        return undefined;
    try {
        return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) ? raw.trim() : `http://${raw.trim()}`);
    }
    catch {
        return undefined;
    }
}
/** NO_PROXY: `*`, or host names and domain suffixes (`example.com`, `.example.com`), each optionally with `:port`. */
function bypassesProxy(url, noProxy) {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return noProxy
        .split(/[,\s]+/)
        .map(entry => entry.trim().toLowerCase())
        .filter(Boolean)
        .some(entry => {
        if (entry === '*')
            return true;
        const [name, entryPort] = entry.startsWith('[') ? [entry.slice(1, entry.indexOf(']')), entry.split(']:')[1]] : entry.split(':');
        if (entryPort && entryPort !== port)
            return false;
        const suffix = name.replace(/^\*?\./, '');
        return host === suffix || host.endsWith(`.${suffix}`);
    });
}
function proxyAuthorization(proxy) {
    if (!proxy.username)
        return {};
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'Proxy-Authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}
/** An agent for plain-http targets through an HTTP proxy: requests go to the proxy in absolute form. */
function plainProxyRequestOptions(url, proxy) {
    return { host: proxy.hostname, port: proxy.port || 80, path: url.href, headers: { Host: url.host, ...proxyAuthorization(proxy) } };
}


/***/ })

};
