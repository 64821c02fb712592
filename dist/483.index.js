export const id = 483;
export const ids = [483,321,261,263,404,642];
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

/***/ 5728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/github-errors.ts
var github_errors = __webpack_require__(706);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/multi/glob.ts
var glob = __webpack_require__(2703);
// EXTERNAL MODULE: ./src/report/comment.ts
var report_comment = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/report/github.ts + 1 modules
var github = __webpack_require__(642);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/step-files.ts
var step_files = __webpack_require__(2263);
// EXTERNAL MODULE: ./src/tfc/runs.ts
var runs = __webpack_require__(1301);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/commands/checkout.ts


/**
 * The commit checked out in `dir` (GITHUB_WORKSPACE), read from its `.git` as git would: HEAD detached at a
 * commit (actions/checkout of `refs/pull/<n>/head`), or a branch resolved through its loose ref or packed-refs.
 * A `.git` file (a worktree or submodule) points at the real one. Undefined when there is none to read.
 */
function checkedOutCommit(dir) {
    let gitDir = (0,external_node_path_.join)(dir, '.git');
    try {
        if ((0,external_node_fs_.statSync)(gitDir).isFile()) {
            const pointer = /^gitdir:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(gitDir, 'utf8'))?.[1]?.trim();
            if (!pointer)
                return undefined;
            gitDir = (0,external_node_path_.join)(dir, pointer);
        }
        const head = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'HEAD'), 'utf8').trim();
        const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
        if (!ref)
            return commitId(head);
        const loose = (0,external_node_path_.join)(gitDir, ref);
        if ((0,external_node_fs_.existsSync)(loose))
            return commitId((0,external_node_fs_.readFileSync)(loose, 'utf8').trim());
        const packed = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'packed-refs'), 'utf8');
        const line = packed.split('\n').find(l => l.endsWith(` ${ref}`));
        return line ? commitId(line.split(' ')[0]) : undefined;
    }
    catch {
        return undefined;
    }
}
function commitId(text) {
    return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(text) ? text : undefined;
}

// EXTERNAL MODULE: ./src/inputs-commands.ts
var inputs_commands = __webpack_require__(205);
;// CONCATENATED MODULE: ./src/commands/github-side.ts
/**
 * What GitHub says about a comment command: the event, the commenter's permission, the pull request, and whether
 * the apply requirements hold. Each reads GitHub as documented; the decisions on what they return are pure.
 */



function readCommentEvent(env) {
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
        if (!event.comment?.id || !event.issue?.number)
            return undefined;
        return {
            action: event.action ?? '',
            commentId: event.comment.id,
            body: event.comment.body ?? '',
            author: { login: event.comment.user?.login ?? '', type: event.comment.user?.type ?? '' },
            issueNumber: event.issue.number,
            onPullRequest: event.issue.pull_request !== undefined && event.issue.pull_request !== null
        };
    }
    catch {
        return undefined;
    }
}
/**
 * The commenter's permission on the repository (`GET …/collaborators/{username}/permission`): `role_name` names
 * maintain and triage, which `permission` folds into write and read. Someone who is not a collaborator: none.
 */
async function permissionOf(octokit, owner, repo, username) {
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
        const role = (data.role_name ?? '').toLowerCase();
        return inputs_commands/* PERMISSIONS */.Jj.includes(role)
            ? role
            : (data.permission ?? 'none');
    }
    catch (error) {
        if ((0,github_errors/* githubStatus */.h)(error) === 404)
            return 'none';
        throw error;
    }
}
function permits(has, needs) {
    return inputs_commands/* PERMISSIONS */.Jj.indexOf(has) >= inputs_commands/* PERMISSIONS */.Jj.indexOf(needs);
}
async function readPullRequest(octokit, owner, repo, number) {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    return {
        number,
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: data.merged === true || data.merged_at !== null,
        author: data.user?.login ?? '',
        headSha: data.head.sha,
        baseRef: data.base.ref,
        fromFork: (data.head.repo?.full_name ?? '').toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
        mergeable: data.mergeable ?? null,
        mergeableState: data.mergeable_state ?? 'unknown'
    };
}
/**
 * Whether the reviews approve, when branch protection does not decide (its review decision is null): each
 * reviewer's latest review that is not a comment counts; at least one approval by someone other than the author,
 * and no reviewer whose latest asks for changes. Pure.
 */
function approvedByReviews(reviews, author) {
    const latest = new Map();
    for (const review of reviews)
        if (review.state !== 'COMMENTED' && review.state !== 'PENDING')
            latest.set(review.login, review.state);
    const changes = [...latest].filter(([, state]) => state === 'CHANGES_REQUESTED').map(([login]) => login);
    if (changes.length)
        return { ok: false, why: `changes are requested by ${changes.join(', ')}` };
    const approvals = [...latest].filter(([login, state]) => state === 'APPROVED' && login !== author);
    if (!approvals.length)
        return {
            ok: false,
            why: latest.get(author) === 'APPROVED' ? 'only its author approved it, which does not count' : 'no one but its author has approved it'
        };
    return { ok: true };
}
/** The apply requirements that do not hold, each in a sentence; empty when all hold. */
async function unmetRequirements(octokit, owner, repo, pull, requirements, 
/** This action's own apply checks: not counted against `mergeable`. */
isOwnCheck, wait) {
    const unmet = [];
    if (requirements.includes('approved')) {
        const why = await notApproved(octokit, owner, repo, pull);
        if (why)
            unmet.push(`approved: ${why}`);
    }
    if (requirements.includes('mergeable')) {
        const why = await notMergeable(octokit, owner, repo, pull, isOwnCheck, wait);
        if (why)
            unmet.push(`mergeable: ${why}`);
    }
    if (requirements.includes('up-to-date')) {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
            owner,
            repo,
            basehead: `${pull.baseRef}...${pull.headSha}`,
            per_page: 1
        });
        if (data.status === 'behind' || data.status === 'diverged')
            unmet.push(`up-to-date: its head does not contain the head of ${pull.baseRef} (${data.behind_by} commits behind); update the branch and plan again`);
    }
    return unmet;
}
async function notApproved(octokit, owner, repo, pull) {
    // GitHub's own review decision, where branch protection requires reviews; null where it does not.
    let decision;
    try {
        const answer = await octokit.graphql('query($owner: String!, $repo: String!, $number: Int!) { repository(owner: $owner, name: $repo) { pullRequest(number: $number) { reviewDecision } } }', { owner, repo, number: pull.number });
        decision = answer.repository?.pullRequest?.reviewDecision ?? null;
    }
    catch {
        decision = undefined;
    }
    if (decision === 'APPROVED')
        return undefined;
    if (decision === 'CHANGES_REQUESTED')
        return 'GitHub says changes are requested';
    if (decision === 'REVIEW_REQUIRED')
        return "GitHub says a review is still required by the branch's protection";
    const reviews = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviews, {
        owner,
        repo,
        pull_number: pull.number,
        per_page: 100
    }))
        for (const review of page.data)
            reviews.push({ login: review.user?.login ?? '', state: review.state });
    const approval = approvedByReviews(reviews, pull.author);
    return approval.ok ? undefined : approval.why;
}
const MERGEABLE_POLLS_MS = [1000, 2000, 4000];
async function notMergeable(octokit, owner, repo, initial, isOwnCheck, wait) {
    let pull = initial;
    // GitHub works out mergeability in the background: null until it has.
    for (const delay of MERGEABLE_POLLS_MS) {
        if (pull.mergeable !== null)
            break;
        await wait(delay);
        pull = await readPullRequest(octokit, owner, repo, pull.number);
    }
    if (pull.mergeable === null)
        return 'GitHub has not yet worked out whether it can be merged; try again in a moment';
    if (!pull.mergeable)
        return `GitHub says it cannot be merged (${pull.mergeableState}): resolve the conflicts`;
    if (['clean', 'has_hooks', 'unstable'].includes(pull.mergeableState))
        return undefined;
    if (pull.mergeableState !== 'blocked')
        return `GitHub says it cannot be merged yet (${pull.mergeableState})`;
    // Blocked: by required checks or reviews. This action's own apply checks do not count (they pass by applying),
    // and reviews are `approved`'s question: any other check not green blocks it.
    const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: pull.headSha, per_page: 100 });
    const red = data.check_runs.filter(c => !isOwnCheck(c.name) && !(c.status === 'completed' && ['success', 'neutral', 'skipped'].includes(c.conclusion ?? '')));
    return red.length ? `checks that are not green: ${red.map(c => c.name).join(', ')}` : undefined;
}
/** How the pull request is merged: the repository's own method, merge commit first. */
async function mergeMethodOf(octokit, owner, repo) {
    const { data } = await octokit.rest.repos.get({ owner, repo });
    if (data.allow_merge_commit !== false)
        return 'merge';
    if (data.allow_squash_merge !== false)
        return 'squash';
    return 'rebase';
}

;// CONCATENATED MODULE: ./src/commands/parse.ts
/**
 * A pull-request comment as a command: only its first line, `<prefix> <verb> [-w NAME]…`. Pure: the comment's
 * text is untrusted, and this only ever returns one of a few shapes, never the text to run.
 */
const VERBS = ['plan', 'apply', 'discard', 'help'];
/** Workspace names and globs as `-w` takes them: what a workspace name or a glob on names can hold. */
const WORKSPACE_PATTERN = /^[A-Za-z0-9_*?[\]!-]{1,90}$/;
function parseCommand(body, prefix) {
    const line = (body.split(/\r?\n/, 1)[0] ?? '').trim();
    const words = line.split(/\s+/).filter(Boolean);
    if (words[0] !== prefix)
        return { kind: 'none' };
    const [, verb, ...rest] = words;
    if (!verb)
        return { kind: 'invalid', problem: 'no command given' };
    if (!VERBS.includes(verb))
        return { kind: 'invalid', problem: `unknown command "${shown(verb)}"` };
    const workspaces = [];
    for (let i = 0; i < rest.length; i++) {
        if (rest[i] !== '-w')
            return { kind: 'invalid', problem: `unknown flag "${shown(rest[i])}"` };
        const name = rest[++i];
        if (!name)
            return { kind: 'invalid', problem: '-w needs a workspace name or glob' };
        if (!WORKSPACE_PATTERN.test(name))
            return { kind: 'invalid', problem: `"${shown(name)}" is not a workspace name or glob` };
        workspaces.push(name);
    }
    if (verb === 'help' && workspaces.length)
        return { kind: 'invalid', problem: 'help takes no flags' };
    return { kind: 'command', verb: verb, workspaces };
}
/** Comment text quoted back in a reply: short, one line, no markdown that could act. */
function shown(text) {
    return text.slice(0, 40).replace(/[^\w./-]/g, '?');
}
function helpText(prefix) {
    return [
        `\`${prefix} plan\`: plan this pull request's head and save the plans, to be applied as reviewed.`,
        `\`${prefix} apply\`: apply the saved plans of this pull request's head, before the merge, once the apply requirements hold.`,
        `\`${prefix} discard\`: discard this pull request's saved plans that can still be applied.`,
        `\`${prefix} help\`: this text.`,
        '',
        `Add \`-w NAME\` (a workspace name or a glob, repeatable) to act on some of the workspaces. Only a comment's first line is read.`
    ].join('\n');
}

// EXTERNAL MODULE: ./src/run/binding.ts
var run_binding = __webpack_require__(228);
// EXTERNAL MODULE: ./src/report/comment-marker.ts
var comment_marker = __webpack_require__(7202);
;// CONCATENATED MODULE: ./src/commands/run-command.ts
/**
 * A pull-request comment as a command (`on: issue_comment`): `plan` the pull request's head and save the plans,
 * `apply` the saved plans before the merge once the apply requirements hold (and merge, with
 * `merge-after-apply`), `discard` them, or `help`. Every other comment ends the step successfully with one log line.
 * The plan and the apply are the one-workspace and set flows, run as for a `pull_request` event with `save-plan`,
 * and as `run: reviewed` for the open pull request: the run lifecycle does not change.
 */















/** Nothing done, said in one log line: the step succeeds (a workflow on issue_comment runs for every comment). */
function nothing(io, why) {
    io.info(`${why} Nothing was done.`);
    return { outputs: {}, cleanup: [] };
}
async function runCommand(ctx, io) {
    const { inputs, env } = ctx;
    const { prefix } = inputs.commands;
    const event = readCommentEvent(env);
    if (!event)
        return { outputs: {}, cleanup: [], failure: 'The issue_comment event payload could not be read (GITHUB_EVENT_PATH).' };
    if (event.action !== 'created')
        return nothing(io, `The comment was ${event.action}: commands are read from new comments only.`);
    if (!event.onPullRequest)
        return nothing(io, `The comment is on issue #${event.issueNumber}, not on a pull request.`);
    if (event.author.type === 'Bot')
        return nothing(io, `The comment was written by a bot (${event.author.login}).`);
    const parsed = parseCommand(event.body, prefix);
    if (parsed.kind === 'none')
        return nothing(io, `The comment is not a ${prefix} command.`);
    // A command from here on: seen (👀), answered, and its end shown (🚀 or 😕).
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!inputs.githubToken || !repository.includes('/'))
        return { outputs: {}, cleanup: [], failure: 'Comment commands need `github-token` and GITHUB_REPOSITORY: nothing was done.' };
    const [owner, repo] = repository.split('/');
    const octokit = await (0,github.octokitFor)(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com');
    const answer = new Answer(octokit, owner, repo, event, io);
    await answer.react('eyes');
    const who = `@${event.author.login}`;
    let result;
    try {
        result = await command();
    }
    catch (error) {
        result = { outputs: {}, cleanup: [], failure: (0,failures/* describeFailure */.Ic)(error, inputs) };
    }
    await answer.react(result.failure ? 'confused' : 'rocket');
    return result;
    async function command() {
        const refuse = async (why, reply = `${who}: ${why}`) => {
            await answer.reply(reply);
            return { outputs: {}, cleanup: [], failure: why };
        };
        const permission = await permissionOf(octokit, owner, repo, event.author.login);
        if (!permits(permission, inputs.commands.permission))
            return refuse(`${prefix} commands need ${inputs.commands.permission} permission on this repository; ${event.author.login} has ${permission}. Nothing was done.`);
        if (parsed.kind === 'invalid') {
            const why = `${prefix}: ${parsed.problem}. Nothing was done.`;
            return refuse(why, `${who}: ${parsed.problem}.\n\n${helpText(prefix)}`);
        }
        if (parsed.kind !== 'command')
            return nothing(io, 'Not a command.');
        if (parsed.verb === 'help') {
            await answer.reply(helpText(prefix));
            return { outputs: {}, cleanup: [] };
        }
        const pull = await readPullRequest(octokit, owner, repo, event.issueNumber);
        if (pull.merged || pull.state === 'closed')
            return refuse(`Pull request #${pull.number} is ${pull.merged ? 'merged' : 'closed'}: commands act on open pull requests only. Nothing was done.`);
        if (pull.fromFork && !inputs.commands.allowForks)
            return refuse(`Pull request #${pull.number} comes from a fork: planning or applying a fork's code runs it with the workspace's credentials, so commands on it are refused unless the workflow sets \`allow-fork-pull-requests: true\`. Nothing was done.`);
        const outside = outsideSelection(inputs, parsed.workspaces);
        if (outside)
            return refuse(outside);
        const requestedBy = `${prefix} ${parsed.verb} by ${who} in ${(0,github_event/* workflowRunOf */.ol)(env)}`;
        io.info(`Command: ${prefix} ${parsed.verb} by ${event.author.login} (${permission}) on pull request #${pull.number}, head ${pull.headSha.slice(0, 7)}`);
        const scoped = await scopedTo(ctx, io, pull, parsed.verb, parsed.workspaces, requestedBy);
        switch (parsed.verb) {
            case 'plan':
                return plan(scoped, pull, refuse);
            case 'apply':
                return apply(scoped, pull, refuse);
            case 'discard':
                return discard(scoped, pull);
        }
    }
    async function plan(scoped, pull, refuse) {
        if (!inputs.directory)
            return refuse(`${prefix} plan uploads the pull request's code: the workflow's step needs \`directory\`. Nothing was done.`);
        // The code planned must be the pull request's head now: a push between the comment and the checkout would plan
        // something else under this comment's name.
        const checkedOut = checkedOutCommit(env.GITHUB_WORKSPACE || process.cwd());
        if (checkedOut !== pull.headSha)
            return refuse(checkedOut
                ? `The checkout is at ${checkedOut.slice(0, 7)}, but pull request #${pull.number}'s head is ${pull.headSha.slice(0, 7)} (a push landed since): nothing was planned. Comment ${prefix} plan again.`
                : `The checked-out commit could not be read in GITHUB_WORKSPACE: check out \`refs/pull/${pull.number}/head\` with actions/checkout before this step. Nothing was planned.`);
        return withRequest(await scoped.run(), `${prefix} plan by ${who}`);
    }
    async function apply(scoped, pull, refuse) {
        const unmet = await unmetRequirements(octokit, owner, repo, pull, inputs.commands.requirements, name => name.startsWith('terraform apply: '), ms => ctx.clock.sleep(ms, ctx.signal));
        if (unmet.length)
            return refuse(`Not applied: the apply requirements do not all hold for pull request #${pull.number}: ${unmet.join('; ')}. Nothing was applied.`);
        const result = await scoped.run();
        if (result.failure) {
            const hint = /No reviewed plan|plan first/.test(result.failure) ? ` Plan first: comment \`${prefix} plan\`.` : '';
            return withRequest({ ...result, failure: `${result.failure}${hint}` }, `${prefix} apply by ${who}`);
        }
        if (!inputs.commands.mergeAfterApply)
            return withRequest(result, `${prefix} apply by ${who}`);
        // Merged pinned to the applied head: a push since the apply makes GitHub refuse rather than merge unapplied code.
        try {
            const method = await mergeMethodOf(octokit, owner, repo);
            await octokit.rest.pulls.merge({ owner, repo, pull_number: pull.number, sha: pull.headSha, merge_method: method });
            io.info(`Merged pull request #${pull.number} at ${pull.headSha.slice(0, 7)} (${method}).`);
            await answer.reply(`Applied and merged pull request #${pull.number} at ${pull.headSha.slice(0, 7)} (${method}), as ${who} asked.`);
            return result;
        }
        catch (error) {
            const status = (0,github_errors/* githubStatus */.h)(error);
            const why = status === 409
                ? `Applied, but not merged: pull request #${pull.number}'s head moved after ${pull.headSha.slice(0, 7)} was applied, and GitHub refused the merge. Plan and apply the new head.`
                : `Applied, but not merged: GitHub answered ${(0,github_errors/* githubAnswer */.A)(error)} to the merge (the job needs \`contents: write\` and \`pull-requests: write\`).`;
            await answer.reply(`${who}: ${why}`);
            return { ...result, failure: why };
        }
    }
    async function discard(scoped, pull) {
        const lines = [];
        let failed = 0;
        for (const { workspace, runId } of await scoped.savedRuns()) {
            try {
                const run = await (0,runs/* readRun */.cI)(ctx.http, runId);
                const binding = (0,run_binding/* readBinding */.YM)(run.message);
                if (binding?.pullRequest !== pull.number || binding.repository.toLowerCase() !== repository.toLowerCase()) {
                    lines.push(`- \`${workspace}\`: run ${runId} is not a plan of this pull request; left alone`);
                }
                else if (run.actions.isDiscardable) {
                    await (0,runs/* runAction */.Cs)(ctx.http, run.id, 'discard', `Discarded by ${prefix} discard (${event.author.login}) on pull request #${pull.number}`);
                    lines.push(`- \`${workspace}\`: discarded run ${run.id}`);
                }
                else
                    lines.push(`- \`${workspace}\`: run ${run.id} is ${run.status}, nothing to discard`);
            }
            catch (error) {
                failed++;
                lines.push(`- \`${workspace}\`: could not discard run ${runId}: ${(0,failures/* describeFailure */.Ic)(error, inputs)}`);
            }
        }
        const body = lines.length
            ? `${prefix} discard by ${who}:\n\n${lines.join('\n')}`
            : `${prefix} discard by ${who}: pull request #${pull.number} has no saved plan to discard.`;
        await answer.reply(body);
        io.info(body);
        return { outputs: {}, cleanup: [], failure: failed ? `${failed} saved plans could not be discarded.` : undefined };
    }
}
/** The reactions on the command comment, and replies on its pull request. Failures to write them are warnings. */
class Answer {
    octokit;
    owner;
    repo;
    event;
    io;
    constructor(octokit, owner, repo, event, io) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.event = event;
        this.io = io;
    }
    async react(content) {
        try {
            await this.octokit.rest.reactions.createForIssueComment({
                owner: this.owner,
                repo: this.repo,
                comment_id: this.event.commentId,
                content
            });
        }
        catch (error) {
            this.io.warning(`Could not react to the command comment: GitHub answered ${(0,github_errors/* githubAnswer */.A)(error)}.`);
        }
    }
    async reply(body) {
        try {
            await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: this.event.issueNumber, body });
        }
        catch (error) {
            this.io.warning(`Could not reply on the pull request: GitHub answered ${(0,github_errors/* githubAnswer */.A)(error)} (the job needs \`pull-requests: write\`).`);
        }
    }
}
/** A `-w` name or glob that names none of the workspaces this step selects, said so; undefined when all do. */
function outsideSelection(inputs, names) {
    if (!names.length || inputs.set)
        return undefined;
    const missing = names.filter(name => !(0,glob/* globRegex */.M)(name).test(inputs.workspace));
    return missing.length
        ? `-w ${missing.join(', -w ')}: not among the workspaces this step selects (${inputs.workspace}). Nothing was done.`
        : undefined;
}
/**
 * The command's flow: the pull request as the event (a `pull_request` payload of its number and head, written to
 * the step's folder), its inputs for the verb (`plan`: save-plan; `apply`: run reviewed for this open pull request,
 * applied), `-w` as a narrowed selection, and who asked in the report.
 */
async function scopedTo(ctx, io, pull, verb, only, requestedBy) {
    const { inputs, env } = ctx;
    const dir = (0,external_node_path_.join)(env.RUNNER_TEMP || process.cwd(), step_files/* STEP_FOLDER */.k);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const eventPath = (0,external_node_path_.join)(dir, `pull-request-${pull.number}.json`);
    await (0,promises_.writeFile)(eventPath, JSON.stringify({ number: pull.number, pull_request: { number: pull.number, head: { sha: pull.headSha } } }));
    const prEnv = { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath };
    const pr = { repo: env.GITHUB_REPOSITORY ?? '', number: pull.number, headSha: pull.headSha };
    const set = inputs.set && { ...inputs.set, ...(only.length ? { only } : {}) };
    const verbInputs = verb === 'apply'
        ? {
            ...inputs,
            set,
            run: 'reviewed',
            apply: true,
            savePlan: false,
            planOnly: false,
            directory: '',
            configurationVersion: '',
            promoteFrom: '',
            comment: 'true'
        }
        : { ...inputs, set, run: '', apply: false, savePlan: true, planOnly: false, comment: 'true' };
    const scopedIO = withEnv(io, prEnv);
    const scopedCtx = {
        ...ctx,
        inputs: verbInputs,
        env: prEnv,
        requestedBy,
        ...(verb === 'apply' ? { reviewedPullRequest: pr } : {})
    };
    return {
        run: async () => set
            ? (await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(951), __webpack_require__.e(417), __webpack_require__.e(7), __webpack_require__.e(314)]).then(__webpack_require__.bind(__webpack_require__, 314))).runSet(scopedCtx, scopedIO, set)
            : (await Promise.all(/* import() */[__webpack_require__.e(951), __webpack_require__.e(593)]).then(__webpack_require__.bind(__webpack_require__, 7593))).runOneWorkspace(scopedCtx, scopedIO),
        savedRuns: async () => {
            const sticky = await report_comment/* StickyComment */.H.create(verbInputs, scopedIO, pr);
            if (!sticky)
                return [];
            if (!set) {
                const { resolveWorkspace } = await __webpack_require__.e(/* import() */ 120).then(__webpack_require__.bind(__webpack_require__, 6120));
                const workspace = await resolveWorkspace(scopedCtx);
                const comment = await sticky.read(workspace);
                const run = comment?.state?.run;
                return run && comment_marker/* RUN_ID */.UC.test(run) ? [{ workspace: `${workspace.organization}/${workspace.name}`, runId: run }] : [];
            }
            const { describeSelection, selectWorkspaces } = await __webpack_require__.e(/* import() */ 858).then(__webpack_require__.bind(__webpack_require__, 2858));
            const workspaces = await selectWorkspaces(scopedCtx, set.selection);
            const patterns = (set.only ?? []).map(glob/* globRegex */.M);
            const chosen = workspaces.filter(w => !patterns.length || patterns.some(re => re.test(w.name)));
            const comment = await sticky.readSet(describeSelection(set.selection), inputs.organization);
            return chosen.flatMap(w => {
                const run = comment?.runs[sticky.keyOf(w)]?.run;
                return run ? [{ workspace: `${w.organization}/${w.name}`, runId: run }] : [];
            });
        }
    };
}
/** The step's I/O with another environment: the command's pull request in place of the comment event. */
function withEnv(io, env) {
    return {
        env,
        getInput: name => io.getInput(name),
        setSecret: secret => io.setSecret(secret),
        setOutput: (name, value) => io.setOutput(name, value),
        saveState: (name, value) => io.saveState(name, value),
        getState: name => io.getState(name),
        debug: message => io.debug(message),
        info: message => io.info(message),
        warning: message => io.warning(message),
        group: (name, fn) => io.group(name, fn),
        appendSummary: markdown => io.appendSummary(markdown),
        setFailed: message => io.setFailed(message),
        annotate: annotation => io.annotate(annotation)
    };
}
/** The flow's failure, if any, said with the command that asked for it. */
function withRequest(result, asked) {
    return result.failure ? { ...result, failure: `${asked}: ${result.failure}` } : result;
}


/***/ }),

/***/ 706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ githubAnswer),
/* harmony export */   h: () => (/* binding */ githubStatus)
/* harmony export */ });
/** Reading Octokit's errors, the same way everywhere a GitHub request can fail. */
/** The HTTP status GitHub answered with; undefined when no answer came (a network failure, a timeout). */
function githubStatus(error) {
    return error?.status;
}
/** What GitHub answered, for a message: its status, or the error's own message when there was no answer. */
function githubAnswer(error) {
    return githubStatus(error) ?? error.message;
}


/***/ }),

/***/ 2703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ globRegex),
/* harmony export */   f: () => (/* binding */ isGlob)
/* harmony export */ });
/**
 * Globs as HCP Terraform's trigger patterns and workspace name selections read them: `*` and `?` stay within a
 * path segment, `**` spans segments (`/modules/**` matches everything below `modules`), `[abc]` is a class; the
 * pattern is anchored at both ends, and a leading `/` (the repository root) is optional.
 */
function globRegex(pattern) {
    const text = pattern.replace(/^\/+/, '');
    let source = '^';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '*' && text[i + 1] === '*') {
            i++;
            if (text[i + 1] === '/') {
                i++;
                source += '(?:.*/)?';
            }
            else
                source += '.*';
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '[') {
            const end = text.indexOf(']', i + 1);
            if (end < 0)
                source += '\\[';
            else {
                source += `[${text
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            source += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`${source}$`);
}
function isGlob(text) {
    return /[*?[]/.test(text);
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


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   GO: () => (/* binding */ elided),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fd: () => (/* binding */ escapeProse),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   uZ: () => (/* binding */ underListItem)
/* harmony export */ });
/* unused harmony export codeSpans */
/**
 * Making untrusted text (addresses, output names, log lines from a plan) inert in GitHub-flavoured markdown.
 * Everything from a plan goes into a code span or a fenced block, where markdown, HTML, @mentions and #references
 * are not interpreted; the fence is always longer than any backtick run inside.
 */
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        current = c === char ? current + 1 : 0;
        if (current > longest)
            longest = current;
    }
    return longest;
}
/** An inline code span that nothing inside can close; line breaks and control characters become visible marks. */
function code(text) {
    const flat = text.replace(/\r\n|\r|\n/g, '␤').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '�');
    const fence = '`'.repeat(longestRun(flat, '`') + 1);
    const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
    // Never put one in a table: GFM splits cells on a pipe even inside a code span.
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A fenced code block that its content cannot close. */
function codeBlock(text, info = '') {
    const clean = text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '�');
    const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1));
    return `${fence}${info}\n${clean}\n${fence}`;
}
/** A block nested in a list item: indented to the item's content, so GitHub keeps it inside the item. */
function underListItem(item, block) {
    return `${item}\n\n${block.replace(/^(?=.)/gm, '  ')}\n`;
}
/**
 * Plain text outside code: backslash-escapes markdown punctuation and HTML, breaks @mentions and #references with a
 * word joiner so GitHub does not link or notify, and writes `$` (GitHub renders `$…$` as LaTeX) and the workflow
 * command markers `::` as entities, which render as the characters.
 */
function escapeText(text) {
    return inertMarks(text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, c => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/([@#])(?=\w)/g, '$1\u2060'));
}
/**
 * Our own sentences, which may quote input names in backticks: markdown is kept, but HTML is neutralised,
 * @mentions and #references are broken, and brackets are escaped so no link or image can form, since they embed
 * names and texts that came from the API (a run task's message, a policy's name).
 */
function escapeProse(text) {
    const escaped = text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([@#])(?=\w)/g, '$1\u2060');
    // Inside a code span an entity would show as written; math, links and commands are inert there anyway.
    return codeSpans(escaped)
        .map(part => (part.code ? part.text : inertMarks(part.text).replace(/[[\]]/g, c => `\\${c}`)))
        .join('');
}
/**
 * The text cut into code spans and the rest, as CommonMark does: a run of N backticks opens a span that only the
 * next run of exactly N closes; a run with no such closer is literal text.
 */
function codeSpans(text) {
    const out = [];
    const runs = [...text.matchAll(/`+/g)];
    let from = 0;
    for (let i = 0; i < runs.length; i++) {
        const open = runs[i];
        if (open.index < from)
            continue;
        const close = runs.slice(i + 1).find(r => r[0].length === open[0].length);
        if (!close)
            continue;
        if (open.index > from)
            out.push({ text: text.slice(from, open.index), code: false });
        out.push({ text: text.slice(open.index, close.index + close[0].length), code: true });
        from = close.index + close[0].length;
        i = runs.indexOf(close);
    }
    if (from < text.length)
        out.push({ text: text.slice(from), code: false });
    return out;
}
/**
 * `$` (LaTeX math on GitHub), `::` and `##[` (workflow commands) as entities, and a word joiner in `http://`,
 * `https://` and `www.` so GitHub makes no bare link of them: the same characters on the page, nothing live.
 */
function inertMarks(text) {
    return text
        .replace(/\$/g, '&#36;')
        .replace(/:(?=:)/g, '&#58;')
        .replace(/#(?=#\[)/g, '&#35;')
        .replace(/\b(https?(?=:)|www(?=\\?\.))/gi, '$1\u2060');
}
/** A link whose label is escaped text and whose target must be an http(s) URL we built ourselves. */
function link(label, url) {
    if (!/^https?:\/\//.test(url))
        return escapeText(label);
    return `[${escapeText(label)}](${url.replace(/[()\s<>]/g, c => encodeURIComponent(c))})`;
}
/** `text` cut in the middle to `max` characters, keeping its start and its end (a file's name, a resource's key). */
function elided(text, max) {
    if (text.length <= max)
        return text;
    const head = Math.floor((max - 1) / 3);
    return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ bindingProblem),
/* harmony export */   Gw: () => (/* binding */ COMMIT_ID),
/* harmony export */   YM: () => (/* binding */ readBinding),
/* harmony export */   eZ: () => (/* binding */ runTag)
/* harmony export */ });
/**
 * The record, in a run's own message, of the pull request and commit the run was planned for. The message is
 * written when the run is created and cannot be changed afterwards, and only holders of an HCP Terraform token
 * can create runs: so `run: reviewed` checks this record, not the GitHub comment (which any job holding
 * `GITHUB_TOKEN` with `pull-requests: write` can post), before it applies a run. The comment only says which run
 * to look at.
 */
/** A commit ID as the record carries it: SHA-1 (40 hex digits) or, in a repository using SHA-256, 64. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The bracketed tag every run this action creates ends its message with; `pr=…` only on a pull request. */
const TAG = /\[tfe-run-action:([0-9a-f]+)(?: pr=([^\s#\]]+\/[^\s#\]]+)#(\d+)@([0-9a-f]{64}|[0-9a-f]{40}))?\]/g;
/** The message's closing tag: the unique marker (to find a run whose create had an unknown outcome) and the record. */
function runTag(marker, binding) {
    const record = binding ? ` pr=${binding.repository}#${binding.pullRequest}@${binding.headSha}` : '';
    return `[tfe-run-action:${marker}${record}]`;
}
/**
 * The record in a run's message: the last tag, which the action appended after any message the workflow gave
 * (so a `message` input that imitates a tag cannot stand in for it). Undefined when the last tag has none.
 */
function readBinding(message) {
    const tags = [...message.matchAll(TAG)];
    const last = tags[tags.length - 1];
    if (!last?.[2])
        return undefined;
    return { repository: last[2], pullRequest: Number(last[3]), headSha: last[4] };
}
/**
 * Why a run must not be applied as the plan reviewed on `expected`'s pull request, from its record; undefined
 * when the record matches: same repository (GitHub's names are case-insensitive), pull request and head commit.
 */
function bindingProblem(runId, binding, expected, 
/** The pull request is still open (the `apply` command): its head now, not a merged head, is expected. */
open = false) {
    const shown = `Run ${runId}, which the plan comment on pull request #${expected.pullRequest} names,`;
    if (!binding)
        return `${shown} records no pull request in its message: it was not planned by this action's pull-request step (\`save-plan: true\`), so it is not the plan reviewed there. Nothing was applied.`;
    if (binding.repository.toLowerCase() !== expected.repository.toLowerCase())
        return `${shown} was planned for repository ${binding.repository}, not ${expected.repository}. Nothing was applied.`;
    if (binding.pullRequest !== expected.pullRequest)
        return `${shown} was planned for pull request #${binding.pullRequest}, not #${expected.pullRequest}: the comment does not match what HCP Terraform recorded. Nothing was applied.`;
    if (binding.headSha !== expected.headSha && open)
        return `The saved plan of pull request #${expected.pullRequest} (run ${runId}) is of ${binding.headSha.slice(0, 7)}, but its head is now ${expected.headSha.slice(0, 7)}: plan first (the plan command). Nothing was applied.`;
    if (binding.headSha !== expected.headSha)
        return `The plan reviewed on pull request #${expected.pullRequest} (run ${runId}) is of ${binding.headSha.slice(0, 7)}, but the pull request was merged at ${expected.headSha.slice(0, 7)}: code was pushed after the plan. Nothing was applied. Re-run the plan on the merged code, review it, and apply that run with \`run:\` and its ID.`;
    return undefined;
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ TimedOut),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   j$: () => (/* binding */ Interrupted),
/* harmony export */   pH: () => (/* binding */ StepFailure),
/* harmony export */   to: () => (/* binding */ explained)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5639);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7488);


/** A failure the user can act on; its message is the whole story (no stack trace needed). */
class StepFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'StepFailure';
    }
}
/** The step's `timeout` ran out while waiting for `phase`; `detail` says why the run never started, when known. */
class TimedOut extends Error {
    phase;
    detail;
    constructor(phase, detail) {
        super(phase);
        this.phase = phase;
        this.detail = detail;
    }
}
/** The job was cancelled (SIGINT/SIGTERM) while waiting for `phase`. */
class Interrupted extends Error {
    phase;
    constructor(phase) {
        super(phase);
        this.phase = phase;
    }
}
/** Runs an API call, turning the 404 and 422 answers users hit most into messages that say what to check. */
async function explained(call, notFound, isWrite = false) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.status === 404) {
            throw new StepFailure(isWrite
                ? `${notFound} HCP Terraform answered 404: the workspace or configuration version is gone, or the token lacks permission to queue runs (organization tokens cannot create runs; use a team or user token).`
                : notFound);
        }
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.status === 422) {
            throw new StepFailure(`${notFound} HCP Terraform rejected the request: ${[error.title, error.detail].filter(Boolean).join(': ') || '422 unprocessable entity'}.`);
        }
        throw error;
    }
}
/** One line a user can act on, for every way the step can fail. */
function describeFailure(error, inputs) {
    const host = new URL(inputs.apiOrigin).host;
    if (error instanceof StepFailure || error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return error.message;
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD) {
        switch (error.status) {
            case 401:
                return `HCP Terraform at ${host} rejected the token (401 Unauthorized). Check that \`token\` (or TF_API_TOKEN) holds a valid, unexpired user or team API token for ${host}.`;
            case 403:
                return `${error.message}: the token is not allowed to do this. Organization tokens cannot create or act on runs; use a team token with plan/apply permission on the workspace.`;
            case 404:
                return `${error.message}: not found, or the token cannot see it (HCP Terraform answers 404 for both).`;
            case 429:
                return error.message;
            default:
                return `HCP Terraform at ${host}: ${error.message}.`;
        }
    }
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OutcomeUnknownError */ .Do)
        return `${error.message}. Check the workspace's runs on ${host} before re-running this step.`;
    if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX)
        return error.message;
    return `Unexpected error: ${error?.message ?? String(error)}`;
}


/***/ }),

/***/ 434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ policyStatusOf),
/* harmony export */   y: () => (/* binding */ failedPolicies)
/* harmony export */ });
/** Failed policies of a set, with the level they were enforced at. */
function failedPolicies(set) {
    return set.outcomes.filter(o => o.status !== 'passed');
}
/**
 * The run's policy status, worst first: a policy that errored, a mandatory failure nobody may override, one that
 * waits for an override, one that was overridden, advisory failures, all passed; `none` without policies.
 */
function policyStatusOf(checks) {
    if (!checks || (!checks.policySets.length && !checks.sentinel.length))
        return 'none';
    const found = new Set();
    for (const check of checks.sentinel) {
        if (check.status === 'errored')
            found.add('errored');
        else if (check.status === 'hard_failed')
            found.add('hard-failed');
        else if (check.status === 'soft_failed')
            found.add('soft-failed');
        else if (check.status === 'overridden')
            found.add('overridden');
        else if (check.result?.advisoryFailed || check.policies.some(p => !p.passed))
            found.add('advisory-failed');
        else
            found.add('passed');
    }
    for (const set of checks.policySets) {
        const stage = checks.taskStages.find(s => s.id === set.stageId);
        const failed = failedPolicies(set);
        if (set.error || failed.some(o => o.status === 'errored') || set.evaluationStatus === 'errored')
            found.add('errored');
        // After an override the stage goes on (running, then passed) while the evaluation keeps its failures.
        else if (failed.length &&
            (set.evaluationStatus === 'overridden' || (set.overridable && ['running', 'passed'].includes(stage?.status ?? ''))))
            found.add(failed.some(o => o.enforcementLevel === 'mandatory') ? 'overridden' : 'advisory-failed');
        else if (failed.some(o => o.enforcementLevel === 'mandatory'))
            // An overridable set's mandatory failure waits for an override; any other ends the run.
            found.add(set.overridable && stage?.status !== 'failed' ? 'soft-failed' : 'hard-failed');
        else if (failed.length)
            found.add('advisory-failed');
        else
            found.add('passed');
    }
    for (const status of ['errored', 'hard-failed', 'soft-failed', 'overridden', 'advisory-failed', 'passed'])
        if (found.has(status))
            return status;
    return 'none';
}


/***/ }),

/***/ 2263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ STEP_FOLDER),
/* harmony export */   n: () => (/* binding */ stepFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** The one folder of RUNNER_TEMP the step writes in. */
const STEP_FOLDER = 'tfe-run-action';
/** An ID an API sent (a plan's, an assessment's) as it may name a file: letters, digits, `-` and `_`, nothing else. */
const FILE_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
/**
 * The path of a file the step writes, named by an ID from HCP Terraform. The ID is checked before it is joined: a
 * compromised or impostor API answering `../../work/repo/package` must not write a file elsewhere on the runner.
 */
async function stepFile(env, id, extension) {
    if (!FILE_SAFE_ID.test(id))
        throw new Error(`HCP Terraform answered with an ID that is not one (${JSON.stringify(id.slice(0, 80))}); nothing was written for it`);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), STEP_FOLDER);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${id}${extension}`);
}


/***/ })

};
