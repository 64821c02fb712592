export const id = 261;
export const ids = [261,404];
export const modules = {

/***/ 9977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ useRealHttpClient),
/* harmony export */   Q: () => (/* binding */ HttpClient)
/* harmony export */ });
let real;
/** Called by the GitHub chunk, which carries the real client (and undici) with it. */
function useRealHttpClient(module) {
    real = module;
}
class HttpClient {
    args;
    constructor(...args) {
        this.args = args;
    }
    async getJson(url, headers) {
        real ??= await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4942));
        return new real.HttpClient(...this.args).getJson(url, headers);
    }
    getAgent(url) {
        return this.loaded().getAgent(url);
    }
    getAgentDispatcher(url) {
        return this.loaded().getAgentDispatcher(url);
    }
    loaded() {
        if (!real)
            throw new Error('@actions/http-client was used before src/report/github.ts loaded it');
        return new real.HttpClient(...this.args);
    }
}


/***/ }),

/***/ 7202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ findsKey),
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   U4: () => (/* binding */ isNewer),
/* harmony export */   UC: () => (/* binding */ RUN_ID),
/* harmony export */   bN: () => (/* binding */ indexMarker),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   vY: () => (/* binding */ readIndex),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* unused harmony export MARKER_PREFIX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The hidden marker that identifies this action's comment for one (host, organization, workspace, comment-key)
 * and carries the state of the run it last showed. Versioned so a future format can tell old comments apart.
 */
const MARKER_PREFIX = '<!-- tfe-run-action:v1';
function commentKey(host, organization, workspace, extra) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([host, organization, workspace, extra]))
        .digest('hex')
        .slice(0, 20);
}
/** A hidden line's payload: base64url cannot contain `--` or `>`, so nothing in it can end the HTML comment early. */
function encoded(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}
/** The payload back, or undefined when it is not base64url JSON. */
function decoded(payload) {
    try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** A run's ID as HCP Terraform makes them: anything else in a comment is not believed, used or printed. */
const RUN_ID = /^run-[A-Za-z0-9]{1,64}$/;
/**
 * Whether a decoded value has the shape of a run's state (a comment's text is anyone's to write: any workflow with
 * `pull-requests: write` can post one, so the run ID is checked against its shape before it is used or printed).
 */
function isCommentState(value) {
    const state = value;
    return (typeof state?.run === 'string' &&
        RUN_ID.test(state.run) &&
        typeof state.created === 'string' &&
        (state.sha === undefined || (typeof state.sha === 'string' && /^[0-9a-f]{0,64}$/.test(state.sha))) &&
        (state.status === undefined || (typeof state.status === 'string' && /^[a-z_]{0,40}$/.test(state.status))));
}
function marker(key, state) {
    return `${MARKER_PREFIX} key=${key} state=${encoded(state)} -->`;
}
function findsKey(body, key) {
    return body.startsWith(`${MARKER_PREFIX} key=${key} `);
}
function readState(body) {
    const match = /^<!-- tfe-run-action:v1 key=\w+ state=([A-Za-z0-9_-]+) -->/.exec(body);
    const state = match ? decoded(match[1]) : undefined;
    return isCommentState(state) ? state : undefined;
}
/** How far ahead of now a run's creation time may be and still be believed (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * True when the comment already shows a newer run than ours: an older run must not overwrite it. A creation time
 * in the future (later than now and than our own run's) is no run's: it would freeze the comment for every later
 * plan step, so it is not believed.
 */
function isNewer(existing, ours, now) {
    if (existing.run === ours.run)
        return false;
    const theirs = Date.parse(existing.created);
    const latest = Math.max(now, Date.parse(ours.created) || 0) + CLOCK_SKEW_MS;
    return theirs > Date.parse(ours.created) && theirs <= latest;
}
/**
 * Several workspaces' comment also indexes the run it shows for each workspace, by the key that workspace's own
 * comment would have, so `run: reviewed` finds each reviewed run in it. A second hidden line, after the marker.
 */
const INDEX_PREFIX = '<!-- tfe-run-action:v1 runs=';
function indexMarker(index) {
    return `${INDEX_PREFIX}${encoded(index)} -->`;
}
/** The index on the comment's second line (only there: nothing the report renders can stand in for it). */
function readIndex(body) {
    const match = /^<!-- tfe-run-action:v1 runs=([A-Za-z0-9_-]+) -->$/.exec(body.split('\n', 2)[1] ?? '');
    const index = match ? decoded(match[1]) : undefined;
    if (typeof index !== 'object' || index === null)
        return {};
    const entries = Object.entries(index);
    return Object.fromEntries(entries.filter((entry) => isCommentState(entry[1])));
}


/***/ }),

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ StickyComment)
/* harmony export */ });
/* unused harmony export COMMENT_LIMIT */
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(706);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2981);
/* harmony import */ var _comment_marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7202);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1463);




/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** Who a token GraphQL's `viewer` does not name is taken to be: the workflow's GITHUB_TOKEN. */
const FALLBACK_LOGIN = 'github-actions[bot]';
/**
 * Posts or updates the one sticky comment for this workspace on the pull request. Never fails the step: a
 * read-only token (fork pull requests), a 403 or a 404 is a warning, and the job summary still has the report.
 */
class StickyComment {
    inputs;
    io;
    octokit;
    pr;
    identity;
    commentId;
    url;
    constructor(inputs, io, octokit, pr) {
        this.inputs = inputs;
        this.io = io;
        this.octokit = octokit;
        this.pr = pr;
    }
    static async create(inputs, io, forPullRequest) {
        const pr = forPullRequest ?? (0,_github_event_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestOf */ ._n)(io.env);
        if (!pr) {
            io.warning('`comment` is on, but this workflow run has no pull request (no pull_request in the event payload): not commenting. The job summary has the report.');
            return undefined;
        }
        if (!inputs.githubToken) {
            io.warning('`comment` is on but `github-token` is empty: not commenting. The job summary has the report.');
            return undefined;
        }
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const octokit = getOctokit(inputs.githubToken, { baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com' });
        return new StickyComment(inputs, io, octokit, pr);
    }
    /** `final` is false for progress updates, which only ever update an existing comment. */
    async post(report, final) {
        try {
            return await this.write(report, final);
        }
        catch (error) {
            return this.failed(error);
        }
    }
    /** A comment that could not be written is a warning, never a failure: the job summary has the report. */
    failed(error) {
        const status = (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .githubStatus */ .h)(error);
        const hint = status === 403 || status === 404
            ? ' The token cannot write comments here (a fork pull request gets a read-only token); give the job `pull-requests: write`.'
            : '';
        this.io.warning(`Could not write the pull-request comment: ${status ? `GitHub answered ${status}` : error.message}.${hint} The job summary has the full report.`);
        return undefined;
    }
    /** The key of a workspace's own comment; a set's comment indexes its workspaces' runs by it. */
    keyOf(workspace) {
        return (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .commentKey */ .Td)(new URL(this.inputs.apiOrigin).host, workspace.organization, workspace.name, this.inputs.commentKey);
    }
    setKey(selection, organization) {
        return (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .commentKey */ .Td)(new URL(this.inputs.apiOrigin).host, organization, `set:${selection}`, this.inputs.commentKey);
    }
    /** The state a comment records of a run planned for this pull request's head. */
    stateOf(run) {
        return { run: run.id, sha: this.pr.headSha, created: run.createdAt, status: run.status };
    }
    write(report, final) {
        const key = this.keyOf(report.workspace);
        const state = this.stateOf(report.run);
        // A plan with no changes starts no conversation, except a saved plan's: the merge step finds the reviewed plan
        // by this comment, and with none it would fail where it should succeed with nothing to apply.
        const starts = report.outcome !== 'no-changes' || this.inputs.savePlan;
        return this.writeBody(key, state, room => (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderWithinLimit */ .n5)(report, COMMENT_LIMIT, COMMENT_LIMIT - room).markdown, final && starts);
    }
    /**
     * Several workspaces' report in one comment, keyed by the selection (and `comment-key`): `id` names this
     * workflow run's report and `created` when it started, so a later workflow run's report wins. `runs` are indexed
     * by each workspace's own comment key, for `run: reviewed` to find, over the `kept` entries of an earlier index.
     */
    async postSet(selection, organization, state, render, runs, kept = {}) {
        try {
            const key = this.setKey(selection, organization);
            const setState = { run: state.id, sha: this.pr.headSha, created: state.created, status: 'set' };
            const index = {
                ...kept,
                ...Object.fromEntries(runs.map(({ workspace, run }) => [this.keyOf(workspace), this.stateOf(run)]))
            };
            return await this.writeBody(key, setState, render, true, Object.keys(index).length ? (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .indexMarker */ .bN)(index) : undefined);
        }
        catch (error) {
            return this.failed(error);
        }
    }
    /**
     * Updates this key's comment, or creates it when `create` allows; `render` gets the room left after the marker
     * (and the index line, when there is one).
     */
    async writeBody(key, state, render, create, index) {
        const head = `${(0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .marker */ .xL)(key, state)}\n${index ? `${index}\n` : ''}`;
        const body = head + render(COMMENT_LIMIT - head.length);
        const [owner, repo] = this.pr.repo.split('/');
        // Searched again at the final write when the progress update found nothing: a concurrent workflow run for the
        // same pull request may have created the comment meanwhile, and a second comment is what this avoids.
        if (this.commentId === undefined) {
            const existing = await this.findExisting(owner, repo, key);
            if (existing) {
                const shown = (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .readState */ .un)(existing.body);
                if (shown && (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .isNewer */ .U4)(shown, state, Date.now())) {
                    this.io.info(`The pull-request comment already shows a newer run (${shown.run}); leaving it as it is.`);
                    return existing.url;
                }
                this.commentId = existing.id;
                this.url = existing.url;
            }
        }
        if (this.commentId !== undefined) {
            await this.octokit.rest.issues.updateComment({ owner, repo, comment_id: this.commentId, body });
            this.io.info(`Updated the pull-request comment: ${this.url}`);
            return this.url;
        }
        // Progress is shown only in a comment that already exists.
        if (!create)
            return undefined;
        const created = await this.octokit.rest.issues.createComment({ owner, repo, issue_number: this.pr.number, body });
        this.commentId = created.data.id;
        this.url = created.data.html_url;
        this.io.info(`Created the pull-request comment: ${this.url}`);
        await this.learnFrom(owner, repo, key, created.data, body);
        return this.url;
    }
    /**
     * A token GitHub would not name (a GitHub App installation token where GraphQL is not served) was taken for
     * GITHUB_TOKEN. The comment it just wrote comes back with its real author: from now on that login is ours, and an
     * earlier comment of that author for this key, which the search could not see as ours, gets the report instead
     * of a second comment (the new one is deleted).
     */
    async learnFrom(owner, repo, key, created, body) {
        const author = created.user?.login;
        // Nothing looked for whose comments are ours before (no comment had our marker): the author is who we are.
        if (!this.identity) {
            if (author)
                this.identity = { login: author, known: true };
            return;
        }
        const identity = this.identity;
        if (identity.known || !author || author === identity.login)
            return;
        this.identity = { login: author, known: true };
        const earlier = await this.findExisting(owner, repo, key, created.id);
        if (!earlier)
            return;
        this.io.info(`This token comments as ${author}: its earlier comment gets the report (${earlier.url}), and the new one is removed.`);
        await this.octokit.rest.issues.updateComment({ owner, repo, comment_id: earlier.id, body });
        await this.octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.id });
        this.commentId = earlier.id;
        this.url = earlier.url;
    }
    /**
     * The plan comment for a workspace on this pull request, and the run state its marker carries, if there is one:
     * this token's own, or, when GitHub would not say who the token is, GITHUB_TOKEN's, else the latest by a bot
     * (the pull request's step may have commented with another token). Only `run: reviewed` reads it, as an index:
     * HCP Terraform's record of the run it names decides what is applied, never who wrote the comment.
     */
    async read(workspace) {
        const existing = await this.findForReading(this.keyOf(workspace));
        return existing && { url: existing.url, state: (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .readState */ .un)(existing.body) };
    }
    /** A set's comment for this selection, and the run it indexes for each workspace (by `keyOf`), as `read` does. */
    async readSet(selection, organization) {
        const existing = await this.findForReading(this.setKey(selection, organization));
        return existing && { url: existing.url, runs: (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .readIndex */ .vY)(existing.body) };
    }
    async findForReading(key) {
        const [owner, repo] = this.pr.repo.split('/');
        return ((await this.findExisting(owner, repo, key)) ??
            ((await this.ownIdentity()).known ? undefined : await this.findExisting(owner, repo, key, undefined, 'any-bot')));
    }
    /**
     * Our comment for this key, written by this token's own user (or, with 'any-bot', the last one by any bot);
     * every page is searched, 100 at a time.
     */
    async findExisting(owner, repo, key, except, authors = 'own') {
        const candidates = [];
        for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: this.pr.number,
            per_page: 100
        })) {
            for (const comment of page.data)
                if (comment.id !== except && comment.body && (0,_comment_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .findsKey */ .QA)(comment.body, key))
                    candidates.push({ id: comment.id, body: comment.body, url: comment.html_url, author: comment.user });
        }
        // Who this token is matters only when a comment carries our marker: no request to GitHub for it otherwise.
        if (!candidates.length)
            return undefined;
        if (authors === 'any-bot')
            return candidates.filter(c => c.author?.type === 'Bot').at(-1);
        const { login } = await this.ownIdentity();
        return candidates.find(c => c.author?.login === login);
    }
    /**
     * Who this token is, in one request: GraphQL's `viewer` names a user's token and a GitHub App installation token
     * alike (GITHUB_TOKEN is one, `github-actions[bot]`; REST `GET /user` refuses those with 403). When it does not
     * answer, the token is taken for GITHUB_TOKEN until a comment it writes says otherwise.
     */
    async ownIdentity() {
        if (this.identity)
            return this.identity;
        try {
            const answer = await this.octokit.graphql('query { viewer { login } }');
            const login = answer.viewer?.login;
            this.identity = login ? { login, known: true } : { login: FALLBACK_LOGIN, known: false };
        }
        catch {
            this.identity = { login: FALLBACK_LOGIN, known: false };
        }
        this.io.debug(`Pull-request comments are this token's when written by ${this.identity.login}`);
        return this.identity;
    }
}


/***/ }),

/***/ 642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StickyComment: () => (/* reexport */ report_comment/* StickyComment */.H),
  findReviewedPlan: () => (/* reexport */ findReviewedPlan),
  findReviewedSet: () => (/* reexport */ findReviewedSet),
  octokitFor: () => (/* binding */ octokitFor)
});

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/build/lazy-http-client.ts
var lazy_http_client = __webpack_require__(9977);
// EXTERNAL MODULE: ./src/report/comment.ts
var report_comment = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/github-errors.ts
var github_errors = __webpack_require__(706);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/report/reviewed.ts



/** The pull request merged as GITHUB_SHA (GET /repos/{owner}/{repo}/commits/{sha}/pulls), whose comment indexes the plans. */
async function mergedPullRequest(inputs, io) {
    const sha = io.env.GITHUB_SHA ?? '';
    const repository = io.env.GITHUB_REPOSITORY ?? '';
    if (!sha || !repository.includes('/'))
        throw new failures/* StepFailure */.pH('Input `run: reviewed` needs GITHUB_SHA and GITHUB_REPOSITORY: run it in a workflow on the push that merges a pull request.');
    if (!inputs.githubToken)
        throw new failures/* StepFailure */.pH("Input `run: reviewed` reads the pull request's plan comment: `github-token` is empty; give it a token with pull-requests: read.");
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(inputs.githubToken, { baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com' });
    const [owner, repo] = repository.split('/');
    let pulls;
    try {
        pulls = (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha })).data;
    }
    catch (error) {
        throw new failures/* StepFailure */.pH(`Input \`run: reviewed\`: GitHub answered ${(0,github_errors/* githubAnswer */.A)(error)} when asked which pull request was merged as ${sha.slice(0, 7)}; the job needs \`contents: read\` and \`pull-requests: read\`.`);
    }
    const merged = pulls.find(p => p.merged_at && p.merge_commit_sha === sha) ?? pulls.find(p => p.merged_at);
    if (!merged) {
        throw new failures/* StepFailure */.pH(`No reviewed plan: no pull request was merged as ${sha.slice(0, 7)}. \`run: reviewed\` belongs on the push that merges a pull request whose plan step used \`save-plan: true\`. Nothing was applied.`);
    }
    return { repo: repository, number: merged.number, headSha: merged.head.sha };
}
/** How the merge is named in the log: the pull request, the merge commit and its head. */
function mergedAs(io, pr) {
    return `Pull request #${pr.number}, merged as ${(io.env.GITHUB_SHA ?? '').slice(0, 7)} with head ${pr.headSha.slice(0, 7)}`;
}
/** How an open pull request is named in the log (the `apply` command): its head now. */
function openAs(pr) {
    return `Pull request #${pr.number}, open at ${pr.headSha.slice(0, 7)}`;
}
const keyNote = (inputs) => (inputs.commentKey ? ` (comment-key "${inputs.commentKey}")` : '');
/**
 * `run: reviewed`: finds the pull request merged as this commit, then this workspace's sticky plan comment on it
 * (same marker and `comment-key` as the pull request's step).
 */
async function findReviewedPlan(inputs, io, workspace, open) {
    const pr = open ?? (await mergedPullRequest(inputs, io));
    const sticky = await report_comment/* StickyComment */.H.create(inputs, io, pr);
    const comment = await sticky?.read(workspace);
    if (!comment?.state) {
        throw new failures/* StepFailure */.pH(`No reviewed plan: pull request #${pr.number} has no plan comment for workspace ${workspace.organization}/${workspace.name}${keyNote(inputs)}. Its plan step must run with \`save-plan: true\` and the same workspace and comment-key. Nothing was applied.`);
    }
    io.info(`${open ? openAs(pr) : mergedAs(io, pr)}, names run ${comment.state.run}: ${comment.url}. HCP Terraform's record of that run is checked before anything is applied.`);
    return { pr, runId: comment.state.run };
}
/**
 * `run: reviewed` for several workspaces: the merged pull request's comment for the same selection (and
 * `comment-key`), which names each workspace's reviewed run. As for one workspace, it is only the index.
 */
async function findReviewedSet(inputs, io, selection, open) {
    const pr = open ?? (await mergedPullRequest(inputs, io));
    const sticky = await report_comment/* StickyComment */.H.create(inputs, io, pr);
    const comment = await sticky?.readSet(selection, inputs.organization);
    if (!sticky || !comment || !Object.keys(comment.runs).length) {
        throw new failures/* StepFailure */.pH(`No reviewed plan: pull request #${pr.number} has no plan comment naming saved plans for ${selection}${keyNote(inputs)}. Its plan step must run with \`save-plan: true\` and the same selection and comment-key. Nothing was applied.`);
    }
    io.info(`${open ? openAs(pr) : mergedAs(io, pr)}, names ${Object.keys(comment.runs).length} reviewed runs: ${comment.url}. HCP Terraform's record of each is checked before anything is applied.`);
    return { pr, url: comment.url, runs: comment.runs, keyOf: workspace => sticky.keyOf(workspace) };
}

;// CONCATENATED MODULE: ./src/report/github.ts
/**
 * Everything that talks to GitHub, in one chunk of the bundle that `main` loads only when a comment is due or a
 * reviewed plan is looked for (Octokit is most of it). Two dynamic imports would put the comment code in two chunks.
 */


// Octokit's proxy support needs the real HTTP client; it comes with this chunk, not with the action's start-up.
(0,lazy_http_client/* useRealHttpClient */.H)(lib);


/** An Octokit for other GitHub calls; imported here, after the real HTTP client is in place (a static re-export would run first). */
async function octokitFor(token, baseUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, { baseUrl });
}


/***/ })

};
