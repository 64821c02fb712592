export const id = 343;
export const ids = [343,938];
export const modules = {

/***/ 8343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSet: () => (/* binding */ runSet)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
// EXTERNAL MODULE: ./src/lifecycle.ts + 6 modules
var lifecycle = __webpack_require__(7399);
// EXTERNAL MODULE: ./src/outputs.ts
var outputs = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/report/comment-when.ts
var comment_when = __webpack_require__(8236);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/late.ts + 3 modules
var late = __webpack_require__(4938);
// EXTERNAL MODULE: ./src/run/failures.ts
var run_failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/policy-status.ts
var policy_status = __webpack_require__(434);
// EXTERNAL MODULE: ./src/run/workspace.ts
var run_workspace = __webpack_require__(6120);
// EXTERNAL MODULE: ./src/runtime.ts
var runtime = __webpack_require__(3683);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/multi/changed-files.ts

const count = (n) => `${n} ${n === 1 ? 'file' : 'files'}`;
/** GitHub lists at most 3,000 files of a pull request, and a comparison's files 100 a page. */
const MAX_FILES = 3000;
const PAGE = 100;
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
    const { octokitFor } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(582)]).then(__webpack_require__.bind(__webpack_require__, 3201));
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
            const files = new Set();
            for (let page = 1; page <= MAX_FILES / PAGE; page++) {
                const answer = await octokit.rest.repos.compareCommitsWithBasehead({
                    owner,
                    repo,
                    basehead: `${before}...${after}`,
                    per_page: PAGE,
                    page
                });
                const listed = answer.data.files ?? [];
                addPaths(files, listed);
                if (listed.length < PAGE)
                    return { files: [...files], source: `the ${files.size} files changed by ${before.slice(0, 7)}...${after.slice(0, 7)}` };
            }
            return { why: `the push changes more than the ${MAX_FILES} files this step reads` };
        }
    }
    catch (error) {
        const status = error.status;
        return {
            why: `GitHub answered ${status ?? error.message} when asked for the changed files (the job needs \`contents: read\` and \`pull-requests: read\`)`
        };
    }
    return { why: `a ${event || 'workflow'} event has no change to compare` };
}

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
    if (set.changes)
        lines.push(`_${(0,report_markdown/* escapeProse */.fd)(set.changes)}_`);
    if (destroys)
        lines.push(`> [!WARNING]\n> **These plans destroy or replace ${destroys} ${destroys === 1 ? 'resource' : 'resources'}**: see each workspace below.`);
    if (failed.length)
        lines.push(`**Failed:** ${failed.map(r => (0,report_markdown/* code */.aY)(r.label)).join(', ')}`);
    lines.push([
        '| workspace | result | add | change | replace | destroy | policies | cost | run |',
        '|---|---|---:|---:|---:|---:|---|---|---|',
        ...set.rows.map(tableRow)
    ].join('\n'));
    const skipped = set.rows.filter(r => r.skipped);
    if (skipped.length)
        lines.push(`<details><summary>Skipped (${skipped.length})</summary>\n\n${skipped.map(r => `- ${(0,report_markdown/* code */.aY)(r.label)}: ${(0,report_markdown/* escapeProse */.fd)(r.note ?? '')}`).join('\n')}\n\n</details>`);
    return lines.join('\n\n');
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
;// CONCATENATED MODULE: ./src/multi/glob.ts
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
            if (!isGlob(ref)) {
                const workspace = await (0,run_workspace/* lookupWorkspace */.AX)(ctx, ref, 'workspaces');
                byId.set(workspace.id, workspace);
                continue;
            }
            all ??= await (0,run_failures/* explained */.to)(() => (0,workspaces/* listWorkspaces */.FF)(ctx.http, organization, {}), `Could not list the workspaces of organization ${organization} on ${host}. Check \`organization\` and the token.`);
            const re = globRegex(ref);
            const matched = all.filter(w => re.test(w.name));
            if (!matched.length)
                throw new run_failures/* StepFailure */.pH(`Input \`workspaces\`: "${ref}" matches no workspace of organization ${organization} that the token can read. Nothing was created.`);
            for (const workspace of matched)
                byId.set(workspace.id, workspace);
        }
    }
    else {
        let projectId = selection.project;
        if (projectId && !projectId.startsWith('prj-')) {
            const name = projectId;
            projectId = await (0,run_failures/* explained */.to)(() => findProjectId(ctx.http, organization, name), `Could not look up project "${name}" of organization ${organization} on ${host}. Check \`project\` and the token.`);
            if (!projectId)
                throw new run_failures/* StepFailure */.pH(`Input \`project\`: organization ${organization} has no project named "${name}" that the token can read. Nothing was created.`);
        }
        const query = filterQuery(selection.tags, selection.excludeTags, projectId);
        const found = await (0,run_failures/* explained */.to)(() => (0,workspaces/* listWorkspaces */.FF)(ctx.http, organization, query), `Could not list the workspaces of organization ${organization} on ${host}. Check \`organization\` and the token.`);
        if (!found.length)
            throw new run_failures/* StepFailure */.pH(`No workspace of organization ${organization} matches ${describeSelection(selection)} (that the token can read). Check \`workspace-tags\`, \`exclude-tags\` and \`project\`. Nothing was created.`);
        for (const workspace of found)
            byId.set(workspace.id, workspace);
    }
    return [...byId.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/multi/touched.ts

function under(path, directory) {
    const dir = directory.replace(/^\/+|\/+$/g, '');
    return !dir || path === dir || path.startsWith(`${dir}/`);
}
/**
 * HCP Terraform's rule for starting a VCS run, applied to the files a change touches (paths from the repository
 * root): with file triggers off, any change; with them on, a change under the working directory, or under one of
 * the trigger prefixes, or (when the workspace has patterns, which replace prefixes) matching one of the trigger
 * patterns. A workspace with file triggers on but no working directory, prefixes or patterns treats the whole
 * repository as its own. Pure.
 */
function touches(workspace, changed) {
    const { fileTriggersEnabled, prefixes, patterns } = workspace.triggers;
    const wd = workspace.workingDirectory;
    if (!changed.length)
        return { touched: false, reason: 'the change touches no files' };
    if (!fileTriggersEnabled)
        return { touched: true, reason: 'file triggers are off: any change runs it' };
    if (!wd && !prefixes.length && !patterns.length)
        return { touched: true, reason: 'no working directory: the whole repository is its own' };
    const regexes = patterns.map(globRegex);
    const directories = [...(wd ? [wd] : []), ...(patterns.length ? [] : prefixes)];
    for (const path of changed) {
        const dir = directories.find(d => under(path, d));
        if (dir !== undefined)
            return { touched: true, reason: `${path} is under ${dir}` };
        const at = regexes.findIndex(re => re.test(path));
        if (at >= 0)
            return { touched: true, reason: `${path} matches ${patterns[at]}` };
    }
    const watched = [...directories.map(d => `under ${d}`), ...patterns.map(p => `matching ${p}`)];
    return { touched: false, reason: `no change ${watched.join(' or ')}` };
}

;// CONCATENATED MODULE: ./src/multi/run-set.ts
/**
 * Several workspaces in one step: select them, keep those the change touches, run each through the
 * single-workspace lifecycle (at most `parallel` at once, sharing one transport and so one request budget), then
 * one report, one comment and one set of outputs for all. Loaded only when the inputs select several workspaces.
 */
















/** GitHub caps one step's job summary at 1 MiB; leave room for other steps' text in the same file. */
const SUMMARY_LIMIT = 512 * 1024;
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
/** Runs `work` on each item, at most `limit` at once, results in the items' order. */
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
/** Whether to run only what the change touches: `auto` means on a pull request or a push, with several selected. */
function onlyChanged(set, selected, event) {
    if (set.changedOnly !== 'auto')
        return set.changedOnly === 'true';
    return selected > 1 && (event.startsWith('pull_request') || event === 'push');
}
async function runSet(ctx, io, set) {
    const { inputs, env } = ctx;
    const selection = describeSelection(set.selection);
    const startedAt = new Date(ctx.clock.now()).toISOString();
    let workspaces;
    try {
        workspaces = await io.group('Select workspaces', () => selectWorkspaces(ctx, set.selection));
    }
    catch (error) {
        const failure = (0,run_failures/* describeFailure */.Ic)(error, inputs);
        await io
            .appendSummary(`### ❌ HCP Terraform: no workspace selected (${(0,report_markdown/* escapeProse */.fd)(selection)})\n\n${(0,report_markdown/* escapeProse */.fd)(failure)}\n`)
            .catch(() => undefined);
        io.setFailed(failure);
        io.saveState(constants/* State */.Uw.MainFinished, 'true');
        return;
    }
    io.info(`Selected ${workspaces.length} ${workspaces.length === 1 ? 'workspace' : 'workspaces'}: ${workspaces.map(w => w.name).join(', ')}`);
    // Which of them the change touches, by HCP Terraform's own rule for VCS-driven runs.
    const skipped = new Map();
    let changesNote;
    if (onlyChanged(set, workspaces.length, env.GITHUB_EVENT_NAME ?? '')) {
        const changes = await io.group('Find what the change touches', () => changedFiles(inputs, env));
        if (changes.files) {
            changesNote = `Ran the workspaces that ${changes.source} touch, by each workspace's run triggers.`;
            for (const workspace of workspaces) {
                const touch = touches(workspace, changes.files);
                io.info(`${workspace.name}: ${touch.touched ? 'runs' : 'skipped'} (${touch.reason})`);
                if (!touch.touched)
                    skipped.set(workspace.id, touch.reason);
            }
        }
        else {
            changesNote = `Every selected workspace ran: ${changes.why}.`;
            io.warning(changesNote);
        }
    }
    const toRun = workspaces.filter(w => !skipped.has(w.id));
    if (inputs.driftIssue) {
        const { runDriftSet } = await __webpack_require__.e(/* import() */ 740).then(__webpack_require__.bind(__webpack_require__, 5740));
        return runDriftSet(ctx, io, toRun, workspace => prefixed(io, workspace.name));
    }
    // One report shows them all, in GitHub's limits: each plan needs no longer list than its share of the report can
    // show, and memory stays flat however many plans are read at once.
    const listedChanges = Math.max(200, Math.floor(summary/* MAX_LISTED_CHANGES */.pE / Math.max(1, toRun.length)));
    // Runs in flight share the request budget (about 20 a second): polled at most 10 times a second in all, the rest
    // is left for creating runs and reading plans. A plan's end is noticed from its log's end marker either way.
    const pollFloorMs = Math.min(toRun.length, set.parallel) * 100;
    const cleanup = new Set();
    const saveRuns = () => io.saveState(constants/* State */.Uw.RunIds, JSON.stringify([...cleanup]));
    io.saveState(constants/* State */.Uw.ApiUrl, inputs.apiOrigin);
    const outcomes = await pool(toRun, set.parallel, workspace => (0,lifecycle/* runLifecycle */.C)({
        ...ctx,
        inputs: { ...inputs, workspace: workspace.id, set: undefined },
        log: prefixed(io, workspace.name),
        listedChanges,
        pollFloorMs,
        selected: workspace
    }, {
        onRun: run => {
            cleanup.add(run.id);
            saveRuns();
        }
    }));
    // One row per selected workspace, in name order; the report of each that ran.
    const rows = [];
    const runs = {};
    const failures = [];
    const byId = new Map(toRun.map((w, i) => [w.id, outcomes[i]]));
    for (const workspace of workspaces) {
        const label = `${workspace.organization}/${workspace.name}`;
        const url = (0,run_workspace/* workspaceUrl */.fO)(inputs.apiOrigin, workspace);
        const outcome = byId.get(workspace.id);
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
        runs[label] = runEntry(outcome, inputs.apiOrigin);
    }
    const setReport = { selection, rows, changes: changesNote };
    await (0,runtime/* writeSummary */.S)(io, () => renderSet(setReport, SUMMARY_LIMIT));
    io.setOutput(constants/* Outputs */.tY.Runs, JSON.stringify(runs));
    // With one workspace run, the single-workspace outputs keep their meaning.
    if (outcomes.length === 1)
        for (const [name, value] of Object.entries((0,outputs/* outputsOf */.Y)(outcomes[0], inputs.apiOrigin)))
            io.setOutput(name, value);
    const url = await comment(ctx, io, selection, { id: `set-${env.GITHUB_RUN_ID ?? startedAt}`, created: startedAt }, room => renderSet(setReport, room));
    if (url)
        io.setOutput(constants/* Outputs */.tY.CommentUrl, url);
    if (failures.length) {
        const ran = toRun.length;
        io.setFailed(`${failures.length} of ${ran} ${ran === 1 ? 'workspace' : 'workspaces'} failed. ${failures.map(f => f.slice(0, 400)).join(' ')}`);
    }
    const left = outcomes.flatMap(o => o.cleanup);
    if (left.length)
        io.saveState(constants/* State */.Uw.RunIds, JSON.stringify(left));
    else
        io.saveState(constants/* State */.Uw.MainFinished, 'true');
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
        ...(outcome.stateOutputs
            ? { outputs: Object.fromEntries(outcome.stateOutputs.outputs.filter(o => o.value !== undefined).map(o => [o.name, o.value])) }
            : {}),
        ...(outcome.failure ? { failure: outcome.failure } : {})
    };
}
/** The set's pull-request comment, when the inputs and the event call for one. */
async function comment(ctx, io, selection, state, render) {
    const { inputs, env } = ctx;
    if (!(0,comment_when/* shouldComment */.N)(inputs.comment, env.GITHUB_EVENT_NAME))
        return undefined;
    if (!(0,github_event/* pullRequestOf */._n)(env) && inputs.comment !== 'true')
        return undefined;
    const { StickyComment } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(582)]).then(__webpack_require__.bind(__webpack_require__, 3201));
    const sticky = await StickyComment.create(inputs, io);
    return sticky?.postSet(selection, inputs.organization, state, render);
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






/***/ })

};
