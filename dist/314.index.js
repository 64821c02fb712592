export const id = 314;
export const ids = [314];
export const modules = {

/***/ 3431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   bq: () => (/* binding */ isPlanSettled),
/* harmony export */   mx: () => (/* binding */ decideAfterPlan),
/* harmony export */   qC: () => (/* binding */ nextPollDelay)
/* harmony export */ });
/* unused harmony export describeAwaiting */
/* harmony import */ var _tfc_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7334);

/**
 * The plan phase is over when the server says the run can be confirmed, when it waits for a person, or when the
 * run has ended. A bare `planned` is not enough: cost estimation, policies or run tasks may still follow (§4.3).
 */
function isPlanSettled(run) {
    return (_tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_RUN_STATUSES */ .Ay.has(run.status) ||
        run.actions.isConfirmable ||
        _tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .AWAITING_DECISION_STATUSES */ .X9.has(run.status) ||
        run.status === 'planned_and_saved');
}
function isTerminal(run) {
    return _tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TERMINAL_RUN_STATUSES */ .Ay.has(run.status);
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
    if (_tfc_types_js__WEBPACK_IMPORTED_MODULE_0__/* .AWAITING_DECISION_STATUSES */ .X9.has(run.status)) {
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


/***/ }),

/***/ 9928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ endedEarly)
/* harmony export */ });
/** A step that ends before any run: nothing to stop, one line of why. */
function endedEarly(failure, summary) {
    return { outputs: {}, failure, summary, cleanup: [] };
}


/***/ }),

/***/ 314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSet: () => (/* binding */ runSet)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/flows/result.ts
var result = __webpack_require__(9928);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/outputs.ts
var src_outputs = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/report/checks-due.ts
var checks_due = __webpack_require__(1558);
// EXTERNAL MODULE: ./src/report/comment-when.ts
var comment_when = __webpack_require__(8236);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/run/failures.ts
var run_failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/github-errors.ts
var github_errors = __webpack_require__(706);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/multi/changed-files.ts


const count = (n) => `${n} ${n === 1 ? 'file' : 'files'}`;
/** GitHub lists at most 3,000 files of a pull request, 100 a page. */
const MAX_FILES = 3000;
const PAGE = 100;
/**
 * "Compare two commits" lists changed files on its first page only, 300 at most for the whole comparison (its
 * pages page the commits). A list of 300 may have been cut: the files are then not known.
 */
const MAX_COMPARE_FILES = 300;
/** Each file's path, and its path before a rename: a rename touches both places. */
function addPaths(files, listed) {
    for (const file of listed) {
        files.add(file.filename);
        if (file.previous_filename)
            files.add(file.previous_filename);
    }
}
/**
 * The files the event's change touches: a pull request's files (every page, up to GitHub's 3,000), or for a push
 * the comparison of `before...after`. Undefined files, with the reason, when they cannot be known: then every
 * selected workspace runs.
 */
async function changedFiles(inputs, env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    const repository = env.GITHUB_REPOSITORY ?? '';
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        return { why: 'the event payload could not be read' };
    }
    if (!repository.includes('/'))
        return { why: 'GITHUB_REPOSITORY is not set' };
    if (!inputs.githubToken)
        return { why: '`github-token` is empty, so the changed files cannot be read' };
    const [owner, repo] = repository.split('/');
    // Through the GitHub chunk, which gives Octokit the real HTTP client first.
    const { octokitFor } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(261)]).then(__webpack_require__.bind(__webpack_require__, 642));
    const octokit = await octokitFor(inputs.githubToken, env.GITHUB_API_URL || 'https://api.github.com');
    try {
        const number = payload.pull_request?.number ?? payload.number;
        if (event.startsWith('pull_request') && number) {
            if ((payload.pull_request?.changed_files ?? 0) > MAX_FILES)
                return { why: `pull request #${number} changes more than the ${MAX_FILES} files GitHub lists` };
            const files = new Set();
            for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
                owner,
                repo,
                pull_number: number,
                per_page: PAGE
            })) {
                addPaths(files, page.data);
            }
            return { files: [...files], source: `the ${count(files.size)} pull request #${number} changes` };
        }
        if (event === 'push') {
            const { before, after } = payload;
            if (!before || !after || /^0+$/.test(before))
                return { why: 'the push has no earlier commit to compare with (a new branch)' };
            if (/^0+$/.test(after))
                return { why: 'the push deletes the branch' };
            const answer = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${before}...${after}` });
            const listed = answer.data.files ?? [];
            if (listed.length >= MAX_COMPARE_FILES)
                return { why: `the push changes ${MAX_COMPARE_FILES} or more files, more than GitHub's comparison lists` };
            const files = new Set();
            addPaths(files, listed);
            return { files: [...files], source: `the ${files.size} files changed by ${before.slice(0, 7)}...${after.slice(0, 7)}` };
        }
    }
    catch (error) {
        return {
            why: `GitHub answered ${(0,github_errors/* githubAnswer */.A)(error)} when asked for the changed files (the job needs \`contents: read\` and \`pull-requests: read\`)`
        };
    }
    return { why: `a ${event || 'workflow'} event has no change to compare` };
}

// EXTERNAL MODULE: ./src/run/configuration/upload.ts
var upload = __webpack_require__(5007);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/upload/working-directory.ts
var working_directory = __webpack_require__(5064);
// EXTERNAL MODULE: ./src/upload/within.ts
var within = __webpack_require__(102);
// EXTERNAL MODULE: ./src/multi/glob.ts
var glob = __webpack_require__(2703);
;// CONCATENATED MODULE: ./src/multi/touched.ts




/** A file name as a pull request wrote it may hold a newline (a forged log line) or other control characters. */
function shown(path) {
    return /[\x00-\x1f\x7f]/.test(path) ? JSON.stringify(path) : path;
}
function under(path, directory) {
    const dir = directory.replace(/^\/+|\/+$/g, '');
    return !dir || path === dir || path.startsWith(`${dir}/`);
}
/**
 * Where the workspace's archive root is in the repository, `/`-separated ('' for the repository root), when the
 * step uploads `directory`: the working directory, trigger prefixes and patterns are paths in the archive, which
 * is `directory` (or the ancestor the working directory makes its root, as the upload decides), not the
 * repository root. Undefined when the archive root is outside the checkout: then no change can be mapped to it.
 */
function archiveRootInRepository(directory, workingDirectory, checkout) {
    if (!directory)
        return '';
    const absolute = (0,external_node_path_.isAbsolute)(directory) ? (0,external_node_path_.resolve)(directory) : (0,external_node_path_.resolve)(checkout, directory);
    const root = (0,working_directory/* uploadLayout */.c)(absolute, workingDirectory).root;
    return (0,within/* within */.u)(checkout, root) ? (0,external_node_path_.relative)(checkout, root).split(external_node_path_.sep).join('/') : undefined;
}
/** The workspace's trigger settings as paths from the repository root, given where its archive root is. */
function inRepository(workspace, root) {
    const join = (path) => external_node_path_.posix.join(root, path.replace(/^\/+/, '')).replace(/^\.$|\/+$/g, '');
    return {
        wd: workspace.workingDirectory ? join(workspace.workingDirectory) : root,
        prefixes: workspace.triggers.prefixes.map(join),
        patterns: workspace.triggers.patterns.map(p => `/${join(p)}`)
    };
}
/**
 * HCP Terraform's rule for starting a VCS run, applied to the files a change touches (paths from the repository
 * root): with file triggers off, any change; with trigger patterns, a change matching one of them (patterns are
 * used instead of the working directory and prefixes); otherwise a change under the working directory or one of the
 * trigger prefixes. A workspace with file triggers on but no working directory, prefixes or patterns treats the
 * whole archive as its own. `root` is where the archive root is in the repository (archiveRootInRepository).
 * Pure.
 */
function touches(workspace, changed, root = '') {
    const { fileTriggersEnabled } = workspace.triggers;
    if (!changed.length)
        return { touched: false, reason: 'the change touches no files' };
    if (!fileTriggersEnabled)
        return { touched: true, reason: 'file triggers are off: any change runs it' };
    const { wd, prefixes, patterns } = inRepository(workspace, root);
    if (!wd && !prefixes.length && !patterns.length)
        return { touched: true, reason: 'no working directory: the whole repository is its own' };
    const regexes = patterns.map(glob/* globRegex */.M);
    const directories = patterns.length ? [] : [...(wd ? [wd] : []), ...prefixes];
    for (const path of changed) {
        const dir = directories.find(d => under(path, d));
        if (dir !== undefined)
            return { touched: true, reason: `${shown(path)} is under ${dir}` };
        const at = regexes.findIndex(re => re.test(path));
        if (at >= 0)
            return { touched: true, reason: `${shown(path)} matches ${patterns[at]}` };
    }
    const watched = [...directories.map(d => `under ${d}`), ...patterns.map(p => `matching ${p}`)];
    return { touched: false, reason: `no change ${watched.join(' or ')}` };
}

;// CONCATENATED MODULE: ./src/multi/choose.ts



/** Whether to run only what the change touches: `auto` means on a pull request or a push, with several selected. */
function onlyChanged(set, selected, event) {
    if (set.changedOnly !== 'auto')
        return set.changedOnly === 'true';
    return selected > 1 && (event.startsWith('pull_request') || event === 'push');
}
/** Throws when `run: reviewed` finds no reviewed plan: nothing runs then. */
async function chooseRuns(ctx, io, set, workspaces, selection) {
    const { inputs, env } = ctx;
    const skipped = new Map();
    if (inputs.run === 'reviewed') {
        const { findReviewedSet } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(261)]).then(__webpack_require__.bind(__webpack_require__, 642));
        const reviewed = await io.group('Find the reviewed plans', () => findReviewedSet(inputs, io, selection, ctx.reviewedPullRequest));
        for (const workspace of workspaces)
            if (!reviewed.runs[reviewed.keyOf(workspace)])
                skipped.set(workspace.id, `no plan of it reviewed on pull request #${reviewed.pr.number}`);
        const note = `Applies the plans reviewed on pull request #${reviewed.pr.number}, each checked against HCP Terraform's record of its run.`;
        return { skipped, note, reviewed };
    }
    if (!onlyChanged(set, workspaces.length, env.GITHUB_EVENT_NAME ?? ''))
        return { skipped };
    const changes = await io.group('Find what the change touches', () => changedFiles(inputs, env));
    if (!changes.files) {
        const note = `Every selected workspace ran: ${changes.why}.`;
        io.warning(note);
        return { skipped, note };
    }
    const checkout = (0,upload.checkoutOf)(env);
    for (const workspace of workspaces) {
        // With `directory`, the workspace's paths are in the uploaded archive: mapped to the repository as the upload maps them.
        const root = archiveRootInRepository(inputs.directory, workspace.workingDirectory, checkout);
        const touch = root === undefined
            ? { touched: true, reason: 'its archive root is outside the checkout, so changes cannot be matched to it' }
            : touches(workspace, changes.files, root);
        io.info(`${workspace.name}: ${touch.touched ? 'runs' : 'skipped'} (${touch.reason})`);
        if (!touch.touched)
            skipped.set(workspace.id, touch.reason);
    }
    return { skipped, note: `Ran the workspaces that ${changes.source} touch, by each workspace's run triggers.` };
}

// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(1463);
;// CONCATENATED MODULE: ./src/multi/report.ts
/**
 * One report for several workspaces: a table of every selected workspace (result, counts, policies, cost, run),
 * skipped ones included with why, then each workspace's own report collapsed, destroys first. Fits a limit: the
 * table always whole, the details degrading by the single-workspace rules, the biggest first. Pure.
 */



const DETAILS_FLOOR = 600;
function resultOf(row) {
    if (row.skipped)
        return '⏭️ skipped';
    if (!row.report)
        return '❌ failed';
    const { icon, title } = (0,render/* headlineOf */.gD)(row.report.outcome);
    return `${icon} ${title}`;
}
function tableRow(row) {
    const counts = row.report && (0,render/* countsOf */.mQ)(row.report);
    const cells = [
        (0,report_markdown/* link */.nf)(row.label, row.workspaceUrl),
        resultOf(row),
        counts ? String(counts.add) : '',
        counts ? String(counts.change) : '',
        counts ? String(counts.replace) : '',
        counts ? (counts.destroy ? `**${counts.destroy}**` : '0') : '',
        row.policyStatus && row.policyStatus !== 'none' ? row.policyStatus : '',
        row.report?.cost ? (0,report_markdown/* escapeText */.X1)(row.report.cost.split(' · ')[0]) : '',
        row.report ? (0,report_markdown/* link */.nf)(row.report.run.id, row.report.run.url) : row.note ? (0,report_markdown/* escapeText */.X1)(row.note) : ''
    ];
    return `| ${cells.join(' | ')} |`;
}
function headOf(set) {
    const ran = set.rows.filter(r => !r.skipped);
    const failed = ran.filter(r => r.failed);
    const destroys = ran.reduce((sum, r) => sum + ((r.report && (0,render/* countsOf */.mQ)(r.report) && (0,summary/* destroyCount */.M5)((0,render/* countsOf */.mQ)(r.report))) || 0), 0);
    const icon = failed.length ? '❌' : '📋';
    const lines = [
        `### ${icon} HCP Terraform: ${ran.length} of ${set.rows.length} ${set.rows.length === 1 ? 'workspace' : 'workspaces'} (${(0,report_markdown/* escapeText */.X1)(set.selection)})`
    ];
    if (set.note)
        lines.push(`_${(0,report_markdown/* escapeProse */.fd)(set.note)}_`);
    if (destroys)
        lines.push(`> [!WARNING]\n> **These plans destroy or replace ${destroys} ${destroys === 1 ? 'resource' : 'resources'}**: see each workspace below.`);
    if (failed.length)
        lines.push(`**Failed:** ${failed.map(r => (0,report_markdown/* code */.aY)(r.label)).join(', ')}`);
    lines.push([
        '| workspace | result | add | change | replace | destroy | policies | cost | run |',
        '|---|---|---:|---:|---:|---:|---|---|---|',
        ...set.rows.map(tableRow)
    ].join('\n'));
    if (set.triggers?.length)
        lines.push(triggersSection(set.triggers));
    const skipped = set.rows.filter(r => r.skipped);
    if (skipped.length)
        lines.push(`<details><summary>Skipped (${skipped.length})</summary>\n\n${skipped.map(r => `- ${(0,report_markdown/* code */.aY)(r.label)}: ${(0,report_markdown/* escapeProse */.fd)(r.note ?? '')}`).join('\n')}\n\n</details>`);
    return lines.join('\n\n');
}
/** Whom each downstream waits for, what its plan could not see, and what HCP Terraform queued in it. */
function triggersSection(links) {
    const items = links.map(t => {
        const upstreams = t.upstreams.map(report_markdown/* code */.aY).join(', ');
        const lines = [
            `- ${(0,report_markdown/* code */.aY)(t.workspace)}, triggered by ${upstreams}: applied only after ${t.upstreams.length === 1 ? 'it applies' : 'they apply'}; its plan reads their current state, not what this change makes of it.`
        ];
        if (t.held)
            lines.push(`  ⏸️ ${(0,report_markdown/* escapeProse */.fd)(t.held)}`);
        for (const run of t.queued)
            lines.push(`  HCP Terraform queued ${(0,report_markdown/* link */.nf)(run.id, run.url)} (${(0,report_markdown/* escapeText */.X1)(run.status)}) here after ${(0,report_markdown/* code */.aY)(run.source)} applied; this step does not follow it.`);
        return lines.join('\n');
    });
    return `**Run triggers** (applies go upstream first)\n${items.join('\n')}`;
}
function detailsOf(row, markdown) {
    return `<details><summary>${(0,report_markdown/* escapeText */.X1)(row.label)}: ${(0,report_markdown/* escapeText */.X1)(resultOf(row))}</summary>\n\n${markdown}\n\n</details>`;
}
/** The combined report within `limit` characters. */
function renderSet(set, limit) {
    const head = headOf(set);
    // Destroys first, then the rest in table order.
    const withReports = set.rows
        .filter(r => r.report)
        .map((row, order) => ({
        row,
        order,
        destroys: (0,summary/* destroyCount */.M5)((0,render/* countsOf */.mQ)(row.report) ?? { add: 0, change: 0, replace: 0, destroy: 0, import: 0, move: 0, read: 0, forget: 0 })
    }))
        .sort((a, b) => Number(b.destroys > 0) - Number(a.destroys > 0) || a.order - b.order);
    const wrapper = (row) => detailsOf(row, '').length + 2;
    const budgets = withReports.map(({ row }) => (0,render/* renderWithinLimit */.n5)(row.report, limit).markdown.length);
    const room = limit - head.length - 2;
    // The biggest gives way first, halving, until all fit or none can give more.
    const total = () => budgets.reduce((sum, b, i) => sum + b + wrapper(withReports[i].row), 0);
    const rendered = budgets.map((b, i) => (0,render/* renderWithinLimit */.n5)(withReports[i].row.report, b).markdown);
    while (total() > room) {
        let biggest = -1;
        for (let i = 0; i < budgets.length; i++)
            if (budgets[i] > DETAILS_FLOOR && (biggest < 0 || budgets[i] > budgets[biggest]))
                biggest = i;
        if (biggest < 0)
            break;
        budgets[biggest] = Math.max(DETAILS_FLOOR, Math.floor(budgets[biggest] / 2));
        rendered[biggest] = (0,render/* renderWithinLimit */.n5)(withReports[biggest].row.report, budgets[biggest]).markdown;
        budgets[biggest] = rendered[biggest].length;
    }
    const parts = [head];
    let left = limit - head.length;
    for (let i = 0; i < withReports.length; i++) {
        const block = detailsOf(withReports[i].row, rendered[i]);
        if (block.length + 2 > left) {
            parts.push(`_${withReports.length - i} workspace reports were left out to fit; see each run page._`);
            break;
        }
        parts.push(block);
        left -= block.length + 2;
    }
    return parts.join('\n\n').slice(0, limit);
}

// EXTERNAL MODULE: ./src/lifecycle.ts + 6 modules
var lifecycle = __webpack_require__(7399);
;// CONCATENATED MODULE: ./src/multi/order.ts
/**
 * Orders `workspaces` by their inbound run triggers (`sources`, by workspace ID), keeping only links between
 * selected workspaces. Kahn's algorithm, taking the first ready workspace in the selection's order each time, so
 * unlinked workspaces keep their places; a loop (HCP Terraform does not forbid one) is left unordered, last.
 */
function applyOrder(workspaces, sources) {
    const byId = new Map(workspaces.map(w => [w.id, w]));
    const upstreams = new Map();
    for (const w of workspaces) {
        const selected = (sources.get(w.id) ?? []).flatMap(s => (s.id !== w.id && byId.has(s.id) ? [byId.get(s.id)] : []));
        const unique = [...new Map(selected.map(u => [u.id, u])).values()];
        if (unique.length)
            upstreams.set(w.id, unique);
    }
    const order = [];
    const placed = new Set();
    let progress = true;
    while (progress) {
        progress = false;
        for (const w of workspaces) {
            if (placed.has(w.id) || !(upstreams.get(w.id) ?? []).every(u => placed.has(u.id)))
                continue;
            order.push(w);
            placed.add(w.id);
            progress = true;
            break;
        }
    }
    const loop = workspaces.filter(w => !placed.has(w.id));
    // In a loop no workspace can wait for another: each keeps only its upstreams outside the loop.
    for (const w of loop) {
        const outside = (upstreams.get(w.id) ?? []).filter(u => placed.has(u.id));
        if (outside.length)
            upstreams.set(w.id, outside);
        else
            upstreams.delete(w.id);
    }
    return { order: [...order, ...loop], upstreams, loop };
}
/**
 * The workspaces in `order` grouped by run-trigger links (connected, whichever way the triggers point), each group
 * in `order`'s order, groups in the order of their first member. A group starts as one: a downstream's run must
 * exist before its upstream applies, or it would queue behind the run HCP Terraform queues through the trigger.
 */
function linkedGroups(order, upstreams) {
    const parent = new Map(order.map(w => [w.id, w.id]));
    const root = (id) => {
        let at = id;
        while (parent.get(at) !== at)
            at = parent.get(at);
        return at;
    };
    for (const [id, ups] of upstreams)
        for (const up of ups)
            if (parent.has(up.id) && parent.has(id))
                parent.set(root(id), root(up.id));
    const groups = new Map();
    for (const w of order) {
        const key = root(w.id);
        groups.set(key, [...(groups.get(key) ?? []), w]);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/multi/pool.ts
/** Runs `work` on each item, at most `limit` at once, starting them in the items' order; results in that order. */
async function pool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const at = next++;
            results[at] = await work(items[at]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
    return results;
}

// EXTERNAL MODULE: ./src/run/wait.ts
var wait = __webpack_require__(300);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
// EXTERNAL MODULE: ./src/sleep.ts
var sleep = __webpack_require__(6972);
// EXTERNAL MODULE: ./src/tfc/runs.ts
var tfc_runs = __webpack_require__(1301);
// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __webpack_require__(129);
// EXTERNAL MODULE: ./src/tfc/pages.ts
var pages = __webpack_require__(4259);
;// CONCATENATED MODULE: ./src/tfc/run-triggers.ts


/** A workspace can have at most 20 source workspaces; one page holds them, a second is a bound, not a need. */
const TRIGGER_PAGES = 2;
/** The workspaces that trigger runs in this one: its inbound run triggers (the type filter is required). */
async function readTriggerSources(http, workspaceId) {
    const sources = [];
    const query = { 'filter[run-trigger][type]': 'inbound' };
    for await (const page of (0,pages/* pages */.B)(http, `workspaces/${encodeURIComponent(workspaceId)}/run-triggers`, TRIGGER_PAGES, query)) {
        for (const trigger of page) {
            const id = (0,jsonapi/* relId */.ZK)(trigger, 'sourceable');
            if (id)
                sources.push({ id, name: (0,jsonapi/* str */.gx)(trigger, 'sourceable-name') });
        }
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/multi/trigger-order.ts








/** How often a held apply checks the step's timeout and cancellation while its upstreams work. */
const HOLD_CHECK_MS = 1_000;
const labelOf = (w) => `${w.organization}/${w.name}`;
/** Reads every workspace's inbound run triggers (at most `parallel` at once) and orders the set by them. */
async function readApplyOrder(ctx, workspaces, parallel) {
    const unread = [];
    const sources = new Map();
    await pool(workspaces, parallel, async (workspace) => {
        try {
            sources.set(workspace.id, await readTriggerSources(ctx.http, workspace.id));
        }
        catch (error) {
            unread.push(`${labelOf(workspace)} (${(0,run_failures/* describeFailure */.Ic)(error, ctx.inputs)})`);
        }
    });
    return { ...applyOrder(workspaces, sources), unread };
}
/** What stands in the way of a downstream's apply, once an upstream's lifecycle has ended; undefined: nothing. */
function problemOf(outcome) {
    if (outcome.failure)
        return `failed (${outcome.failure.length > 200 ? `${outcome.failure.slice(0, 200)}…` : outcome.failure})`;
    if (outcome.applied || outcome.kind === 'no-changes')
        return undefined;
    return `was not applied (${outcome.kind ?? 'no run'})`;
}
/**
 * Each workspace's end, for the workspaces it triggers to wait on. The order may still be being read while the runs
 * plan: a gate asked before it is known waits for it.
 */
class ApplyGates {
    order;
    ends = new Map();
    /** Why each held workspace was not applied. */
    held = new Map();
    constructor(workspaces, order) {
        this.order = order;
        for (const w of workspaces) {
            let resolve;
            const promise = new Promise(r => (resolve = r));
            this.ends.set(w.id, { promise, resolve });
        }
    }
    /** The workspace's lifecycle ended: its downstreams may go on, or are refused. */
    settle(workspace, outcome) {
        this.ends.get(workspace.id)?.resolve(outcome ? problemOf(outcome) : 'did not finish');
    }
    /**
     * The lifecycle's `beforeApply` for `workspace`: waits for each upstream to end, checking the step's timeout and
     * cancellation meanwhile (the run stays planned, ours, and is stopped like any other on either).
     */
    gateFor(ctx, workspace) {
        return async () => {
            const upstreams = (await this.order).upstreams.get(workspace.id);
            if (!upstreams)
                return undefined;
            const names = upstreams.map(labelOf).join(', ');
            return ctx.log.group('Wait for upstream workspaces', async () => {
                ctx.log.info(`Its apply waits for ${names} to apply first: ${upstreams.length === 1 ? 'it triggers' : 'they trigger'} runs here.`);
                for (const upstream of upstreams) {
                    const problem = await this.untilEnded(ctx, upstream, names);
                    if (problem) {
                        const reason = `Not applied: ${labelOf(upstream)}, whose applies trigger runs in this workspace, ${problem} in this step.`;
                        this.held.set(workspace.id, reason);
                        return reason;
                    }
                }
                return undefined;
            });
        };
    }
    async untilEnded(ctx, upstream, names) {
        const end = this.ends.get(upstream.id);
        let ended;
        void end.promise.then(problem => (ended = { problem }));
        while (!ended) {
            (0,wait/* checkStop */.z)(ctx, 'plan', `the run waited for ${names} to apply first`);
            await Promise.race([end.promise, (0,sleep/* sleep */.y)(HOLD_CHECK_MS, ctx.signal)]);
        }
        return ended.problem;
    }
}
/**
 * Runs HCP Terraform queued in `workspace` through its run triggers since `since` (the server's time of the
 * earliest upstream run applied here, so both times are the server's) that are not this step's: after an upstream
 * applies, each workspace it triggers gets one. One read of the run list, which has its
 * own low rate limit, so only for workspaces whose upstream applied here.
 */
async function triggeredRuns(ctx, workspace, since, ours, 
/** Said of a run whose server does not name the workspace that queued it: the upstreams that applied here. */
upstreamNames) {
    const runs = await (0,tfc_runs/* listRuns */.v)(ctx.http, workspace.id, {}, 10);
    return runs
        .filter(run => run.queuedByTrigger && !ours.has(run.id) && Date.parse(run.createdAt) >= Date.parse(since))
        .map(run => ({
        id: run.id,
        status: run.status,
        source: run.triggeringSource ?? upstreamNames,
        url: (0,run_workspace/* runUrl */.Vp)(ctx.inputs.apiOrigin, workspace, run.id)
    }));
}

;// CONCATENATED MODULE: ./src/multi/run-workspaces.ts
/**
 * The selected workspaces' runs, at most `parallel` at once on one transport (so one request budget), each through
 * the single-workspace lifecycle; applies ordered by the run triggers between them; `directory` packed once.
 */







/** Each workspace's lines in the job log, prefixed with its name: runs in flight write at the same time. */
function prefixed(io, name) {
    const tag = (message) => `[${name}] ${message}`;
    return {
        debug: message => io.debug(tag(message)),
        info: message => io.info(tag(message)),
        warning: message => io.warning(tag(message)),
        setSecret: secret => io.setSecret(secret),
        // Groups cannot interleave in the job log: a phase is a line instead.
        group: async (phase, fn) => {
            io.info(tag(`${phase}…`));
            return fn();
        }
    };
}
/** Runs `toRun` (`reviewed`: each workspace's reviewed run) and reads what run triggers queued after its applies. */
async function runWorkspaces(ctx, io, toRun, parallel, reviewed, 
/** Each workspace's run created, and its outcome (check runs, say). */
events) {
    const { inputs, env } = ctx;
    // One report shows them all, in GitHub's limits: each plan needs no longer list than its share of the report can
    // show, and memory stays flat however many plans are read at once.
    const listedChanges = Math.max(200, Math.floor(summary/* MAX_LISTED_CHANGES */.pE / Math.max(1, toRun.length)));
    // Runs in flight share the request budget (about 20 a second): polled at most 10 times a second in all, the rest
    // is left for creating runs and reading plans. A plan's end is noticed from its log's end marker either way.
    const pollFloorMs = Math.min(toRun.length, parallel) * 100;
    const cleanup = new Set();
    const saveRuns = () => io.saveState(constants/* State */.Uw.RunIds, JSON.stringify([...cleanup]));
    io.saveState(constants/* State */.Uw.ApiUrl, inputs.apiOrigin);
    // Workspaces linked by run triggers apply upstream first. When they cannot all start at once, the pool starts them
    // in that order, so a downstream holding a lane while it waits never waits for one that has not started: the
    // triggers are read first. When they all start at once, the triggers are read once every run is created (or an
    // apply asks), while the plans run, so the reads do not hold back run creation in the shared request budget.
    const reading = toRun.length > 1 ? triggerReading(ctx, io, toRun, parallel) : undefined;
    const orderFirst = reading !== undefined && toRun.length > parallel;
    if (orderFirst)
        reading.start();
    const sequence = orderFirst ? (await reading.order).order : toRun;
    const gates = reading && new ApplyGates(toRun, reading.order);
    const beforeCreation = new Set(toRun.map(w => w.id));
    // Each workspace's run exists (or its lifecycle ended without one): an upstream applies only after its downstreams' do.
    const runExists = new Map(toRun.map(w => [w.id, deferred()]));
    const created = (workspace) => {
        runExists.get(workspace.id)?.resolve();
        if (beforeCreation.delete(workspace.id) && !beforeCreation.size)
            reading?.start();
    };
    const downstreamsCreated = async (workspace) => {
        const { upstreams } = await reading.order;
        const downstreams = [...upstreams].filter(([, ups]) => ups.some(u => u.id === workspace.id)).map(([id]) => id);
        await Promise.all(downstreams.map(id => runExists.get(id)?.promise ?? Promise.resolve()));
    };
    const archives = inputs.directory
        ? new (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2147))).ArchiveCache(env.RUNNER_TEMP, {
            boundary: (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5007))).checkoutOf(env)
        })
        : undefined;
    const runOne = async (workspace) => {
        const wsCtx = {
            ...ctx,
            inputs: { ...inputs, workspace: workspace.id, set: undefined },
            log: prefixed(io, workspace.name),
            listedChanges,
            pollFloorMs,
            selected: workspace,
            archives
        };
        let outcome;
        try {
            outcome = await (0,lifecycle/* runLifecycle */.C)(wsCtx, {
                onRun: run => {
                    cleanup.add(run.id);
                    saveRuns();
                    created(workspace);
                    events?.onStart(workspace);
                },
                beforeApply: gates &&
                    (async () => {
                        reading?.start();
                        // At its apply it has a run, created or adopted (a reviewed plan): its upstreams need not wait for it.
                        runExists.get(workspace.id)?.resolve();
                        await downstreamsCreated(workspace);
                        return gates.gateFor(wsCtx, workspace)();
                    }),
                findReviewedPlan: reviewed && (() => Promise.resolve({ pr: reviewed.pr, runId: reviewed.runs[reviewed.keyOf(workspace)].run }))
            });
            await events?.onOutcome(workspace, outcome);
            return outcome;
        }
        finally {
            created(workspace);
            gates?.settle(workspace, outcome);
        }
    };
    // When the pool cannot start every workspace at once and the step applies, workspaces linked by run triggers
    // start together, as one of the pool's items: each downstream's run exists before its upstream applies, and so
    // is ahead of the run HCP Terraform queues through the trigger (created after the apply, ours would wait behind
    // it until `timeout`).
    const applies = inputs.apply || inputs.run === 'reviewed';
    const groups = orderFirst && applies ? linkedGroups(sequence, (await reading.order).upstreams) : sequence.map(w => [w]);
    if (groups.some(group => group.length > parallel))
        io.info(`Workspaces linked by run triggers start together, beyond \`parallel\` (${parallel}): ${groups
            .filter(g => g.length > 1)
            .map(g => g.map(w => w.name).join(' → '))
            .join('; ')}.`);
    const grouped = await pool(groups, parallel, group => Promise.all(group.map(runOne))).finally(() => archives?.dispose());
    const order = reading && (await reading.order);
    const byId = new Map(groups.flat().map((w, i) => [w.id, grouped.flat()[i]]));
    const triggers = order?.upstreams.size
        ? await io.group('Runs queued by run triggers', () => triggerLinks(ctx, order.upstreams, byId, cleanup, gates.held))
        : [];
    return { outcomes: byId, triggers };
}
function deferred() {
    let resolve;
    const promise = new Promise(r => (resolve = r));
    return { promise, resolve };
}
/** The set's run triggers, read when `start` is first called (at once, or once the runs are created). */
function triggerReading(ctx, io, workspaces, parallel) {
    let start;
    const started = new Promise(resolve => (start = resolve));
    const order = started.then(async () => {
        const order = await readApplyOrder(ctx, workspaces, parallel);
        // Stopped while reading: nothing will be applied, and the reads that were cut short are no news.
        if (ctx.signal?.aborted)
            return order;
        io.info(`Read the run triggers of ${workspaces.length} workspaces.`);
        if (order.unread.length)
            io.warning(`Could not read the run triggers of ${order.unread.join('; ')}: applies are not ordered by them.`);
        if (order.loop.length)
            io.warning(`The run triggers of ${order.loop.map(w => w.name).join(', ')} form a loop: their applies are not ordered among themselves.`);
        return order;
    });
    return { start, order };
}
/**
 * What the report says of run triggers: for each workspace an upstream in the set triggers, its upstreams, why it
 * was held back if it was, and the runs HCP Terraform queued in it after an upstream applied here.
 */
async function triggerLinks(ctx, upstreams, outcomes, ours, held) {
    const links = [];
    for (const [id, sources] of upstreams) {
        const outcome = outcomes.get(id);
        const workspace = outcome?.workspace;
        if (!outcome || !workspace)
            continue;
        // The upstreams this step applied, and when their runs were created.
        const applied = sources.flatMap(s => {
            const upstream = outcomes.get(s.id);
            return upstream?.applied && upstream.run ? [{ name: s.name, createdAt: upstream.run.createdAt }] : [];
        });
        let queued = [];
        if (applied.length) {
            const since = applied.map(a => a.createdAt).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
            const names = applied.map(a => a.name).join(' or ');
            queued = await triggeredRuns(ctx, workspace, since, ours, names).catch((error) => {
                ctx.log.warning(`Could not list the runs of ${workspace.name} for those its run triggers queued: ${(0,run_failures/* describeFailure */.Ic)(error, ctx.inputs)}`);
                return [];
            });
            for (const run of queued)
                ctx.log.info(`HCP Terraform queued run ${run.id} (${run.status}) in ${workspace.name} after ${run.source} applied; this step does not follow it: ${run.url}`);
        }
        links.push({
            workspace: `${workspace.organization}/${workspace.name}`,
            upstreams: sources.map(s => `${s.organization}/${s.name}`),
            held: held.get(id),
            queued
        });
    }
    return links;
}

// EXTERNAL MODULE: ./src/multi/select.ts + 1 modules
var multi_select = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/report/late.ts + 3 modules
var late = __webpack_require__(4938);
// EXTERNAL MODULE: ./src/run/policy-status.ts
var policy_status = __webpack_require__(434);
;// CONCATENATED MODULE: ./src/multi/set-results.ts



/** One row per selected workspace, in the selection's (name) order; the report of each that ran. */
function setResults(io, inputs, workspaces, outcomes, skipped, triggers) {
    const env = io.env;
    const rows = [];
    const runs = {};
    const failures = [];
    for (const workspace of workspaces) {
        const label = `${workspace.organization}/${workspace.name}`;
        const url = (0,run_workspace/* workspaceUrl */.fO)(inputs.apiOrigin, workspace);
        const outcome = outcomes.get(workspace.id);
        if (!outcome) {
            rows.push({ label, workspaceUrl: url, skipped: true, note: skipped.get(workspace.id) });
            runs[label] = { skipped: true, reason: skipped.get(workspace.id) };
            continue;
        }
        const layout = (0,late.sourceLayout)(outcome.configuration, outcome.workspace ?? workspace, env);
        if (inputs.annotations && outcome.run)
            for (const annotation of (0,late.annotationsOf)((0,late.diagnosticsOf)(outcome), layout))
                io.annotate(annotation);
        const report = (0,late.reportOf)(outcome, inputs.apiOrigin, env, inputs, layout);
        if (outcome.failure)
            failures.push(`${label}: ${outcome.failure}`);
        rows.push({
            label,
            workspaceUrl: url,
            report,
            failed: outcome.failure !== undefined,
            note: outcome.failure,
            policyStatus: (0,policy_status/* policyStatusOf */.g)(outcome.checks)
        });
        const queued = triggers.find(t => t.workspace === label)?.queued;
        runs[label] = { ...runEntry(outcome, inputs.apiOrigin), ...(queued?.length ? { 'triggered-runs': queued.map(r => r.id) } : {}) };
    }
    return { rows, runs, failures };
}
/** What the `runs` output says of one workspace's run: `fromJSON(steps.x.outputs.runs)['acme/app'].status`. */
function runEntry(outcome, apiOrigin) {
    const { run, workspace, plan } = outcome;
    if (!run || !workspace)
        return { failure: outcome.failure };
    const p = plan.plan;
    return {
        id: run.id,
        url: (0,run_workspace/* runUrl */.Vp)(apiOrigin, workspace, run.id),
        status: run.status,
        additions: p?.resourceAdditions ?? 0,
        changes: p?.resourceChanges ?? 0,
        destructions: p?.resourceDestructions ?? 0,
        imports: p?.resourceImports ?? 0,
        'has-changes': p?.hasChanges ?? false,
        applied: outcome.applied,
        discarded: outcome.discarded,
        'policy-status': (0,policy_status/* policyStatusOf */.g)(outcome.checks),
        // The plan's JSON as read, for a later step's own checks of each workspace's plan (as `plan-json` for one).
        ...(plan.jsonFile ? { 'plan-json': plan.jsonFile, 'plan-json-format': plan.jsonFormat } : {}),
        ...(outcome.stateOutputs
            ? { outputs: Object.fromEntries(outcome.stateOutputs.outputs.filter(o => o.value !== undefined).map(o => [o.name, o.value])) }
            : {}),
        ...(outcome.failure ? { failure: outcome.failure } : {})
    };
}

;// CONCATENATED MODULE: ./src/multi/run-set.ts
/**
 * Several workspaces in one step: select them, keep those the change touches, run each through the
 * single-workspace lifecycle (at most `parallel` at once, sharing one transport and so one request budget), then
 * one report, one comment and one set of outputs for all. Loaded only when the inputs select several workspaces.
 */














/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
const SUMMARY_LIMIT = 512 * 1024;
async function runSet(ctx, io, set) {
    const { inputs, env } = ctx;
    // A check run per workspace on the pull request's head (`checks: auto` on pull requests and commands).
    const checking = (0,checks_due/* startChecks */.u)(ctx, io, true);
    const selection = (0,multi_select.describeSelection)(set.selection);
    const startedAt = new Date(ctx.clock.now()).toISOString();
    let workspaces;
    try {
        workspaces = await io.group('Select workspaces', () => (0,multi_select.selectWorkspaces)(ctx, set.selection));
    }
    catch (error) {
        return failBeforeRuns(`no workspace selected (${selection})`, (0,run_failures/* describeFailure */.Ic)(error, inputs));
    }
    io.info(`Selected ${workspaces.length} ${workspaces.length === 1 ? 'workspace' : 'workspaces'}: ${workspaces.map(w => w.name).join(', ')}`);
    let choice;
    try {
        choice = await chooseRuns(ctx, io, set, workspaces, selection);
    }
    catch (error) {
        const title = inputs.run === 'reviewed' ? 'no reviewed plan applied' : 'no workspace run';
        return failBeforeRuns(`${title} (${selection})`, (0,run_failures/* describeFailure */.Ic)(error, inputs));
    }
    const { skipped, note, reviewed } = choice;
    if (set.only) {
        const patterns = set.only.map(p => ({ p, re: (0,glob/* globRegex */.M)(p) }));
        const unmatched = patterns.filter(({ re }) => !workspaces.some(w => re.test(w.name))).map(({ p }) => p);
        if (unmatched.length)
            return failBeforeRuns(`no workspace run (${selection})`, `-w ${unmatched.join(', -w ')}: not among the workspaces this step selects (${workspaces.map(w => w.name).join(', ')}). Nothing was done.`);
        for (const w of workspaces)
            if (!patterns.some(({ re }) => re.test(w.name)))
                skipped.set(w.id, 'not named by -w');
    }
    const toRun = workspaces.filter(w => !skipped.has(w.id));
    if (inputs.driftIssue) {
        const { runDriftSet } = await __webpack_require__.e(/* import() */ 359).then(__webpack_require__.bind(__webpack_require__, 5740));
        return runDriftSet(ctx, io, toRun, workspace => prefixed(io, workspace.name));
    }
    const checks = await checking;
    if (checks)
        for (const workspace of workspaces)
            if (skipped.has(workspace.id))
                await checks.skip(workspace, skipped.get(workspace.id));
    const { outcomes, triggers } = await runWorkspaces(ctx, io, toRun, set.parallel, reviewed, checks && { onStart: workspace => void checks.start(workspace), onOutcome: (workspace, outcome) => checks.finish(workspace, outcome) });
    const { rows, runs, failures } = setResults(io, inputs, workspaces, outcomes, skipped, triggers);
    const asked = ctx.requestedBy && `Asked: ${ctx.requestedBy}.`;
    const setReport = { selection, rows, note: [note, asked].filter(Boolean).join(' ') || undefined, triggers };
    const outputs = { [constants/* Outputs */.tY.Runs]: JSON.stringify(runs) };
    // With one workspace run, the single-workspace outputs keep their meaning.
    const ran = [...outcomes.values()];
    if (ran.length === 1)
        Object.assign(outputs, (0,src_outputs/* outputsOf */.Y)(ran[0], inputs.apiOrigin));
    // The index of runs is what a merge step's `run: reviewed` reads: written with saved plans, kept after applying them.
    const indexed = inputs.savePlan || reviewed ? ran.flatMap(o => (o.run && o.workspace ? [{ workspace: o.workspace, run: o.run }] : [])) : [];
    const url = await comment(ctx, io, { selection, id: `set-${env.GITHUB_RUN_ID ?? startedAt}`, created: startedAt, runs: indexed, reviewed }, room => renderSet(setReport, room));
    if (url)
        outputs[constants/* Outputs */.tY.CommentUrl] = url;
    const count = toRun.length;
    return {
        outputs,
        summary: () => renderSet(setReport, SUMMARY_LIMIT),
        failure: failures.length
            ? `${failures.length} of ${count} ${count === 1 ? 'workspace' : 'workspaces'} failed. ${failures.map(f => f.slice(0, 400)).join(' ')}`
            : undefined,
        cleanup: ran.flatMap(o => o.cleanup)
    };
}
/** The summary and the failure when the step ends before any run: nothing was selected, or nothing reviewed. */
function failBeforeRuns(title, failure) {
    return (0,result/* endedEarly */.S)(failure, () => `### ❌ HCP Terraform: ${(0,report_markdown/* escapeProse */.fd)(title)}\n\n${(0,report_markdown/* escapeProse */.fd)(failure)}`);
}
/**
 * The set's pull-request comment, when the inputs and the event call for one; after `run: reviewed`, the merged
 * pull request's comment says what was applied (unless `comment: false`).
 */
async function comment(ctx, io, about, render) {
    const { inputs, env } = ctx;
    if (about.reviewed) {
        if (inputs.comment === 'false')
            return undefined;
    }
    else {
        if (!(0,comment_when/* shouldComment */.N)(inputs.comment, env.GITHUB_EVENT_NAME))
            return undefined;
        if (!(0,github_event/* pullRequestOf */._n)(env) && inputs.comment !== 'true')
            return undefined;
    }
    const { StickyComment } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(261)]).then(__webpack_require__.bind(__webpack_require__, 642));
    const sticky = await StickyComment.create(inputs, io, about.reviewed?.pr);
    // After a merge, the reviewed runs it did not reach stay indexed, for the job run again.
    return sticky?.postSet(about.selection, inputs.organization, { id: about.id, created: about.created }, render, about.runs, about.reviewed?.runs);
}


/***/ }),

/***/ 2858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeSelection: () => (/* binding */ describeSelection),
  selectWorkspaces: () => (/* binding */ selectWorkspaces)
});

// UNUSED EXPORTS: filterQuery

// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __webpack_require__(129);
;// CONCATENATED MODULE: ./src/tfc/projects.ts

/**
 * The ID of the organization's project named exactly `name` (`GET /organizations/:org/projects?filter[names]=`,
 * as the Terraform CLI looks a project up); undefined when there is none.
 */
async function findProjectId(http, organization, name) {
    const base = `organizations/${encodeURIComponent(organization)}/projects`;
    const params = new URLSearchParams({ 'filter[names]': name, 'page[size]': '100' });
    const doc = (0,jsonapi/* parseDocument */.Tp)((await http.request('GET', `${base}?${params.toString()}`)).body, `GET /api/v2/${base}`);
    return (Array.isArray(doc.data) ? doc.data : [doc.data]).find(project => (0,jsonapi/* str */.gx)(project, 'name') === name)?.id;
}

// EXTERNAL MODULE: ./src/tfc/workspaces.ts
var workspaces = __webpack_require__(5773);
// EXTERNAL MODULE: ./src/multi/glob.ts
var glob = __webpack_require__(2703);
;// CONCATENATED MODULE: ./src/multi/select.ts





/** The workspace list's query for tags, excluded tags and a project (tfc-api-addendum.md §5). */
function filterQuery(tags, excludeTags, projectId) {
    const query = {};
    const names = tags.filter(t => t.kind === 'name').map(t => t.name);
    const bindings = tags.filter((t) => t.kind === 'binding');
    if (names.length)
        query['search[tags]'] = names.join(',');
    bindings.forEach((b, i) => {
        query[`filter[tagged][${i}][key]`] = b.key;
        query[`filter[tagged][${i}][value]`] = b.value;
    });
    if (excludeTags.length)
        query['search[exclude-tags]'] = excludeTags.join(',');
    if (projectId)
        query['filter[project][id]'] = projectId;
    return query;
}
/** The selection in words, for errors, the report and the comment's key. */
function describeSelection(selection) {
    if (selection.kind === 'list')
        return selection.refs.join(', ');
    return [
        ...selection.tags.map(t => (t.kind === 'name' ? `tag ${t.name}` : `tag ${t.key}=${t.value}`)),
        ...(selection.project ? [`project ${selection.project}`] : []),
        ...selection.excludeTags.map(t => `not tag ${t}`)
    ].join(', ');
}
/**
 * The workspaces the inputs select, in name order, each once. A list entry that names nothing (a missing name,
 * a glob that matches nothing) fails, naming it; so does a filter that matches nothing.
 */
async function selectWorkspaces(ctx, selection) {
    const { organization } = ctx.inputs;
    const host = new URL(ctx.inputs.apiOrigin).host;
    const byId = new Map();
    if (selection.kind === 'list') {
        let all;
        for (const ref of selection.refs) {
            if (!(0,glob/* isGlob */.f)(ref)) {
                const workspace = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, ref, 'workspaces');
                byId.set(workspace.id, workspace);
                continue;
            }
            all ??= await (0,failures/* explained */.to)(() => (0,workspaces/* listWorkspaces */.FF)(ctx.http, organization, {}), `Could not list the workspaces of organization ${organization} on ${host}. Check \`organization\` and the token.`);
            const re = (0,glob/* globRegex */.M)(ref);
            const matched = all.filter(w => re.test(w.name));
            if (!matched.length)
                throw new failures/* StepFailure */.pH(`Input \`workspaces\`: "${ref}" matches no workspace of organization ${organization} that the token can read. Nothing was created.`);
            for (const workspace of matched)
                byId.set(workspace.id, workspace);
        }
    }
    else {
        let projectId = selection.project;
        if (projectId && !projectId.startsWith('prj-')) {
            const name = projectId;
            projectId = await (0,failures/* explained */.to)(() => findProjectId(ctx.http, organization, name), `Could not look up project "${name}" of organization ${organization} on ${host}. Check \`project\` and the token.`);
            if (!projectId)
                throw new failures/* StepFailure */.pH(`Input \`project\`: organization ${organization} has no project named "${name}" that the token can read. Nothing was created.`);
        }
        const query = filterQuery(selection.tags, selection.excludeTags, projectId);
        const found = await (0,failures/* explained */.to)(() => (0,workspaces/* listWorkspaces */.FF)(ctx.http, organization, query), `Could not list the workspaces of organization ${organization} on ${host}. Check \`organization\` and the token.`);
        if (!found.length)
            throw new failures/* StepFailure */.pH(`No workspace of organization ${organization} matches ${describeSelection(selection)} (that the token can read). Check \`workspace-tags\`, \`exclude-tags\` and \`project\`. Nothing was created.`);
        for (const workspace of found)
            byId.set(workspace.id, workspace);
    }
    return [...byId.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}


/***/ }),

/***/ 1558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ startChecks)
/* harmony export */ });
/* unused harmony export checksDue */
/**
 * Whether this step writes a check run per workspace: always (`true`), never (`false`), or, with `auto`, on a pull
 * request when a comment command started the step or it runs a set. A one-workspace step on `pull_request` already
 * has its job's check on the head commit, so `auto` adds none there (and asks for no `checks: write`). Only with a
 * GitHub token. Pure and cheap: the check code loads only when due.
 */
function checksDue(inputs, env, scope) {
    if (inputs.commands.checks === 'false' || !inputs.githubToken)
        return false;
    if (inputs.commands.checks === 'true')
        return true;
    return (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') && (scope.commanded || scope.set);
}
/**
 * The flow's check runs, when due: their code (Octokit among it) loaded beside the flow's first requests, never
 * before them. A failure to set them up is no checks, never the step's failure.
 */
function startChecks(ctx, io, set) {
    const { inputs } = ctx;
    if (!checksDue(inputs, ctx.env, { commanded: ctx.requestedBy !== undefined, set }))
        return undefined;
    return Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(463), __webpack_require__.e(417), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 3183)).then(m => m.workspaceChecks(inputs, io, inputs.apply ? 'apply' : 'plan')).catch(() => undefined);
}


/***/ }),

/***/ 8236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ shouldComment)
/* harmony export */ });
/**
 * Whether the step comments on the pull request. Apart from the comment itself (loaded only when there is one to
 * write), so a step that does not comment never loads what commenting needs.
 */
/** `comment: auto` posts on pull-request events only. */
function shouldComment(mode, eventName) {
    if (mode === 'false')
        return false;
    if (mode === 'true')
        return true;
    return eventName === 'pull_request' || eventName === 'pull_request_target';
}


/***/ }),

/***/ 4938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotationsOf: () => (/* reexport */ annotationsOf),
  diagnosticsOf: () => (/* reexport */ diagnosticsOf),
  renderWithinLimit: () => (/* reexport */ render/* renderWithinLimit */.n5),
  reportOf: () => (/* reexport */ reportOf),
  sourceLayout: () => (/* reexport */ sourceLayout)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Terraform diagnostics as GitHub annotations on the repository's files (tfc-api-addendum.md §4.3, §4.4). Pure:
 * which file and lines each diagnostic points at, and which ones fit in the runner's limits.
 */

/** The runner shows at most 10 annotations of each type per step (addendum §4.4). */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * The repository path of a diagnostic's file: the archive root joined with the working directory and the file
 * (Terraform's filename is relative to where it ran). Undefined for a module installed during the run
 * (`.terraform/modules/…`), a path outside the repository, or a file not in the checkout.
 */
function repoPathOf(filename, layout) {
    if (layout.root === undefined || external_node_path_.posix.isAbsolute(filename) || /^[A-Za-z]:[\\/]/.test(filename))
        return undefined;
    const relativeToRun = external_node_path_.posix.normalize(filename.replace(/\\/g, '/'));
    if (relativeToRun === '.terraform' || relativeToRun.startsWith('.terraform/'))
        return undefined;
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(layout.root || '.', layout.workingDirectory.replace(/^\/+/, '') || '.', relativeToRun));
    if (path === '..' || path.startsWith('../') || external_node_path_.posix.isAbsolute(path))
        return undefined;
    if (path.split('/').includes('.terraform'))
        return undefined;
    return layout.exists(path) ? path : undefined;
}
function annotationOf(diagnostic, layout) {
    const where = diagnostic.address ? ` (${diagnostic.address})` : '';
    const annotation = {
        level: diagnostic.severity,
        title: `Terraform ${diagnostic.phase}: ${diagnostic.summary}${where}`,
        message: diagnostic.detail || diagnostic.summary
    };
    const range = diagnostic.range;
    const file = range && repoPathOf(range.filename, layout);
    if (!range || !file) {
        // Annotated without a file: say where it was, so the reader can still find it.
        if (range)
            annotation.message += `\n(${range.filename} line ${range.start.line})`;
        return annotation;
    }
    annotation.file = file;
    annotation.startLine = range.start.line;
    annotation.endLine = Math.max(range.start.line, range.end?.line ?? range.start.line);
    // Columns only on one line (the runner ignores them otherwise); Terraform's end column is exclusive.
    if (annotation.endLine === annotation.startLine && range.start.column !== undefined) {
        annotation.startColumn = range.start.column;
        annotation.endColumn = Math.max(range.start.column, (range.end?.column ?? range.start.column + 1) - 1);
    }
    return annotation;
}
const ORDER = { error: 0, warning: 1, notice: 2 };
/**
 * The annotations to emit: errors first, then warnings, then notices; a repeated (file, line, summary) once;
 * at most ANNOTATIONS_PER_LEVEL of each level. The report lists every diagnostic.
 */
function annotationsOf(diagnostics, layout) {
    const seen = new Set();
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const out = [];
    const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    for (const diagnostic of sorted) {
        const annotation = annotationOf(diagnostic, layout);
        const key = `${annotation.level}\0${annotation.file ?? ''}\0${annotation.startLine ?? ''}\0${annotation.title}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (perLevel[annotation.level] >= ANNOTATIONS_PER_LEVEL)
            continue;
        perLevel[annotation.level]++;
        out.push(annotation);
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/render.ts + 1 modules
var render = __webpack_require__(1463);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/tfc/cost-estimates.ts
var cost_estimates = __webpack_require__(144);
// EXTERNAL MODULE: ./src/run/read-plan.ts
var read_plan = __webpack_require__(7417);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
;// CONCATENATED MODULE: ./src/report/report-input.ts





/** The report (summary and comment) of an outcome; undefined when there is no run to report on. */
function reportOf(outcome, apiOrigin, env, inputs, layout) {
    const { overrideReason } = inputs;
    const { kind, run, workspace, plan } = outcome;
    if (!kind || !run || !workspace)
        return undefined;
    const sha = (0,github_event/* commitOf */.D3)(env);
    const commitUrl = sha && (0,github_event/* repositoryUrl */.Ek)(env, `commit/${sha}`);
    return {
        outcome: kind,
        action: outcome.action,
        failure: outcome.failure,
        run: {
            id: run.id,
            url: (0,run_workspace/* runUrl */.Vp)(apiOrigin, workspace, run.id),
            status: run.status,
            createdAt: run.createdAt,
            isDestroy: inputs.isDestroy,
            planOnly: inputs.planOnly
        },
        workspace: { organization: workspace.organization, name: workspace.name, url: (0,run_workspace/* workspaceUrl */.fO)(apiOrigin, workspace) },
        configurationVersion: run.configurationVersionId
            ? { id: run.configurationVersionId, source: outcome.configuration?.source }
            : undefined,
        configurationWarning: outcome.configuration?.warning,
        commit: commitUrl && sha ? { sha, url: commitUrl } : undefined,
        counts: plan.summary ? undefined : (0,read_plan/* apiCounts */.bw)(plan.plan),
        plan: plan.summary,
        attributeValues: inputs.attributeValues,
        planNote: plan.note,
        cost: plan.cost && (0,cost_estimates/* describeCost */.P)(plan.cost),
        log: outcome.applyLog ?? plan.log,
        checks: outcome.checks,
        stateOutputs: outcome.stateOutputs && {
            outputs: outcome.stateOutputs.outputs.map(({ name, type, sensitive }) => ({ name, type, sensitive })),
            note: outcome.stateOutputs.note
        },
        overrides: outcome.overrides?.length ? { what: outcome.overrides, reason: overrideReason } : undefined,
        diagnostics: shownDiagnostics(outcome, layout),
        diagnosticsDropped: (outcome.plan.diagnostics?.dropped ?? 0) + (outcome.applyDiagnostics?.dropped ?? 0)
    };
}
/** Every diagnostic of the run, plan then apply. */
function diagnosticsOf(outcome) {
    return [...(outcome.plan.diagnostics?.items ?? []), ...(outcome.applyDiagnostics?.items ?? [])];
}
function shownDiagnostics(outcome, layout) {
    const all = diagnosticsOf(outcome);
    if (!all.length)
        return undefined;
    return all.map(d => ({ ...d, where: d.range ? repoPathOf(d.range.filename, layout) : undefined }));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/report/source-layout.ts


/**
 * Where the planned code lives in this checkout. Only code uploaded from it (`directory`) is known to be there:
 * a workspace's latest or another workspace's configuration may be other code, so its diagnostics get no file.
 */
function sourceLayout(configuration, workspace, env) {
    const base = env.GITHUB_WORKSPACE || process.cwd();
    const fromRepo = configuration?.root !== undefined ? (0,external_node_path_.relative)(base, configuration.root) : undefined;
    const seen = new Map();
    const inside = fromRepo !== undefined && !fromRepo.startsWith('..') && !(0,external_node_path_.isAbsolute)(fromRepo);
    return {
        root: inside ? fromRepo.split(external_node_path_.sep).join('/') : undefined,
        workingDirectory: workspace?.workingDirectory ?? '',
        // Asked once per path: the report and the annotations name the same files.
        exists: path => {
            let found = seen.get(path);
            if (found === undefined) {
                try {
                    found = (0,external_node_fs_.statSync)((0,external_node_path_.join)(base, path)).isFile();
                }
                catch {
                    found = false;
                }
                seen.set(path, found);
            }
            return found;
        }
    };
}

;// CONCATENATED MODULE: ./src/report/late.ts
/**
 * What the main step needs once it has a run to report on: the report, the outputs, the annotations. Loaded apart
 * from the start-up code, like `run/after-start.ts`.
 */






/***/ }),

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hm: () => (/* binding */ FIRST_PENDING_CHECK_MS),
  _I: () => (/* binding */ PENDING_CHECK_MS),
  Gu: () => (/* binding */ isWaiting),
  Ou: () => (/* binding */ whyPending)
});

// EXTERNAL MODULE: ./src/decide.ts
var decide = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __webpack_require__(129);
// EXTERNAL MODULE: ./src/tfc/pages.ts
var pages = __webpack_require__(4259);
;// CONCATENATED MODULE: ./src/tfc/organizations.ts


/** Pages of the organization's run queue read at most: enough for any queue a step would wait in. */
const QUEUE_PAGES = 10;
/**
 * A run's place in the organization's run queue (`GET /organizations/:org/runs/queue`, paged), where runs wait for
 * the organization's concurrency once their workspace let them go: each item is a run with `position-in-queue`,
 * as the Terraform CLI reads it. Undefined when the run is not in the queue.
 */
async function readQueuePosition(http, organization, runId) {
    for await (const page of (0,pages/* pages */.B)(http, `organizations/${encodeURIComponent(organization)}/runs/queue`, QUEUE_PAGES)) {
        const item = page.find(run => run.id === runId);
        if (item)
            return (0,jsonapi/* num */.bu)(item, 'position-in-queue') ?? undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/tfc/workspaces.ts
var workspaces = __webpack_require__(5773);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
;// CONCATENATED MODULE: ./src/run/queue.ts




/** How often a pending run's reason is looked up again: often enough to notice an unlock, rarely enough to be free. */
const PENDING_CHECK_MS = 30_000;
/** The first look: a run is pending for a moment even on an idle workspace. */
const FIRST_PENDING_CHECK_MS = 5_000;
/** Statuses in which a run waits for the organization's concurrency, its workspace having let it go. */
const WAITING_FOR_CAPACITY = new Set(['plan_queued', 'apply_queued']);
/** Whether a run waits: for its workspace (`pending`) or for the organization's capacity (queued). */
function isWaiting(run) {
    return run.status === 'pending' || WAITING_FOR_CAPACITY.has(run.status);
}
/**
 * Why our run has not started: while `pending`, the workspace's lock and its current run (often a run left
 * waiting for confirmation); while queued, its place in the organization's run queue. Undefined when nothing
 * explains it; a failed look-up is not a failure of the step.
 */
async function whyPending(http, apiOrigin, workspace, run) {
    try {
        if (WAITING_FOR_CAPACITY.has(run.status)) {
            const position = await readQueuePosition(http, workspace.organization, run.id);
            return position
                ? `it waits for a free run slot in organization ${workspace.organization} (its concurrency limit), at position ${position} of the organization's run queue`
                : undefined;
        }
        const holders = await (0,workspaces/* readWorkspaceHolders */.VS)(http, workspace.id);
        const reasons = [];
        const lock = holders.lockedBy;
        if (holders.workspace.locked && lock && lock.id !== run.id) {
            const who = lock.type === 'users' ? lock.name : lock.type === 'teams' ? `team ${lock.name}` : `run ${lock.name}`;
            reasons.push(`the workspace is locked by ${who}${holders.workspace.lockedReason ? ` ("${holders.workspace.lockedReason}")` : ''}`);
        }
        else if (holders.workspace.locked) {
            reasons.push('the workspace is locked');
        }
        const current = holders.currentRun;
        if (current && current.id !== run.id && !(0,decide/* isTerminal */.Hd)(current)) {
            const waiting = current.actions.isConfirmable ? ', waiting for confirmation' : '';
            // A run trigger queues runs nobody asked for here: say where this one came from.
            const trigger = current.queuedByTrigger
                ? `, queued by a run trigger${current.triggeringSource ? ` after workspace ${current.triggeringSource} applied` : ''}`
                : '';
            reasons.push(`run ${current.id} (${current.status}${waiting}${trigger}) holds the workspace: ${(0,run_workspace/* runUrl */.Vp)(apiOrigin, workspace, current.id)}`);
        }
        return reasons.length ? reasons.join('; ') : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ waitForRun),
/* harmony export */   z: () => (/* binding */ checkStop)
/* harmony export */ });
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3431);
/* harmony import */ var _tfc_runs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1301);
/* harmony import */ var _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7488);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(670);
/* harmony import */ var _queue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9187);
/* harmony import */ var _log_follower_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3826);
/* harmony import */ var _tfc_plans_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4099);







/** Log reads go to archive storage, at most about once a second. */
const LOG_READ_MS = 1000;
/**
 * Polls GET /runs/:id (never a list endpoint) until `done`, backing off to `poll-interval`, within `timeout`.
 * While the run is pending, looks up why now and then (a lock, another run holding the workspace) and says so.
 * Throws TimedOut or Interrupted, which the lifecycle turns into stopping the run.
 */
async function waitForRun(ctx, runId, done, phase, workspace, log = new _log_follower_js__WEBPACK_IMPORTED_MODULE_4__/* .PhaseLog */ .U(ctx, phase)) {
    try {
        return await poll(ctx, runId, done, phase, workspace, log);
    }
    catch (error) {
        // The deadline or a stop may cut a request in flight rather than the wait itself: either way it is the phase
        // the step was waiting for that ran out, and the message says which, whatever the machine's timing.
        if (error instanceof _tfc_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StoppedError */ .Ko)
            throw error.reason === 'deadline' ? new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .TimedOut */ .GA(phase) : new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .Interrupted */ .j$(phase);
        throw error;
    }
}
async function poll(ctx, runId, done, phase, workspace, log) {
    const { clock } = ctx;
    const started = clock.now();
    let lastStatus = '';
    let pendingSince;
    let nextCheck = 0;
    let pendingReason;
    let nextRead = 0;
    let nextLogRead = 0;
    for (;;) {
        checkStop(ctx, phase, pendingReason && `run ${runId} never started: ${pendingReason}`);
        if (clock.now() >= nextRead) {
            const run = await (0,_tfc_runs_js__WEBPACK_IMPORTED_MODULE_5__/* .readRun */ .cI)(ctx.http, runId, [phase]);
            if (run.status !== lastStatus) {
                ctx.log.info(`${new Date(clock.now()).toISOString().slice(11, 19)} ${run.status}`);
                lastStatus = run.status;
            }
            if (done(run))
                return run;
            if ((0,_queue_js__WEBPACK_IMPORTED_MODULE_3__/* .isWaiting */ .Gu)(run) && workspace) {
                pendingSince ??= clock.now();
                nextCheck ||= pendingSince + _queue_js__WEBPACK_IMPORTED_MODULE_3__/* .FIRST_PENDING_CHECK_MS */ .Hm;
                if (clock.now() >= nextCheck) {
                    nextCheck = clock.now() + _queue_js__WEBPACK_IMPORTED_MODULE_3__/* .PENDING_CHECK_MS */ ._I;
                    const reason = await (0,_queue_js__WEBPACK_IMPORTED_MODULE_3__/* .whyPending */ .Ou)(ctx.http, ctx.inputs.apiOrigin, workspace, run);
                    if (reason && reason !== pendingReason)
                        ctx.log.warning(`Run ${runId} has not started: ${reason}.`);
                    pendingReason = reason;
                }
            }
            else {
                pendingReason = undefined;
                pendingSince = undefined;
                nextCheck = 0;
            }
            if (!log.following)
                await followLog(ctx, run, phase, log);
            nextRead = clock.now() + Math.max((0,_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .nextPollDelay */ .qC)(clock.now() - started, ctx.inputs.pollIntervalMs), ctx.pollFloorMs ?? 0);
        }
        // While the log is written, read it about once a second; its end marker means the phase is over: read the
        // run at once instead of at the next poll.
        if (log.following && !log.finished && clock.now() >= nextLogRead) {
            nextLogRead = clock.now() + LOG_READ_MS;
            if ((await log.read()).ended) {
                nextRead = clock.now();
                continue;
            }
        }
        const untilRead = nextRead - clock.now();
        const delay = log.following && !log.finished ? Math.min(nextLogRead - clock.now(), untilRead) : untilRead;
        await clock.sleep(Math.min(Math.max(0, delay), Math.max(0, ctx.deadline - clock.now())), ctx.signal);
    }
}
/** Follows the phase's log once the phase has started writing it. */
async function followLog(ctx, run, phase, log) {
    const started = phase === 'plan' ? run.status === 'planning' && run.planId : run.status === 'applying' && run.applyId;
    if (!started)
        return;
    const side = phase === 'plan' ? run.plan : run.apply;
    const url = side?.logReadUrl ??
        (phase === 'plan' ? (await (0,_tfc_plans_js__WEBPACK_IMPORTED_MODULE_6__/* .readPlan */ .m3)(ctx.http, run.planId)).logReadUrl : (await (0,_tfc_plans_js__WEBPACK_IMPORTED_MODULE_6__/* .readApply */ .jC)(ctx.http, run.applyId)).logReadUrl);
    if (url)
        log.follow(url);
}
function checkStop(ctx, phase, detail) {
    if (ctx.signal?.aborted)
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .Interrupted */ .j$(phase);
    if (ctx.clock.now() >= ctx.deadline)
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_2__/* .TimedOut */ .GA(phase, detail);
}


/***/ })

};
