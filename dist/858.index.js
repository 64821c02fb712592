export const id = 858;
export const ids = [858,120];
export const modules = {

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

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ lookupWorkspace),
/* harmony export */   MD: () => (/* binding */ checkWorkspace),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   fO: () => (/* binding */ workspaceUrl),
/* harmony export */   resolveWorkspace: () => (/* binding */ resolveWorkspace)
/* harmony export */ });
/* unused harmony export missingPermission */
/* harmony import */ var _tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5773);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(670);


/** Reads a workspace named by an input (a name with `organization`, or a ws-… ID), with a message naming that input. */
function lookupWorkspace(ctx, ref, input) {
    const { inputs } = ctx;
    const byId = ref.startsWith('ws-');
    const name = byId ? ref : `${inputs.organization}/${ref}`;
    // The step's own workspace may already be on its way (main.ts reads it while the lifecycle loads).
    const early = ref === inputs.workspace ? ctx.workspaceRead : undefined;
    return (0,_failures_js__WEBPACK_IMPORTED_MODULE_1__/* .explained */ .to)(() => early ?? (0,_tfc_workspaces_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspace */ .iF)(ctx.http, ref, inputs.organization), `Workspace ${name} was not found on ${new URL(inputs.apiOrigin).host}, or the token cannot read it. Check \`${input}\`${byId ? '' : ' and `organization`'}, and that the token's team has access to the workspace.`);
}
/** The workspace the run goes on, checked for what would make a run impossible. */
async function resolveWorkspace(ctx) {
    // Read moments ago with the others of a selection: not read again.
    const known = ctx.selected?.id === ctx.inputs.workspace ? ctx.selected : undefined;
    return checkWorkspace(ctx, known ?? (await lookupWorkspace(ctx, ctx.inputs.workspace, 'workspace')));
}
/** Fails before anything is created or done when the workspace cannot run this step's run. */
function checkWorkspace(ctx, workspace) {
    const label = `${workspace.organization}/${workspace.name}`;
    ctx.log.info(`Workspace ${label} (${workspace.id}), auto-apply ${workspace.autoApply ? 'on' : 'off'} (ignored: this step decides)`);
    if (workspace.executionMode === 'local') {
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`Workspace ${label} uses local execution mode, where HCP Terraform only stores state and cannot run plans; switch it to remote or agent execution.`);
    }
    // Plan-only and saved-plan runs do not take the workspace's queue, so a lock does not hold them up.
    if (workspace.locked && !ctx.inputs.planOnly && !ctx.inputs.savePlan && !ctx.inputs.run)
        ctx.log.warning(`Workspace ${workspace.name} is locked: the run will wait in the queue until it is unlocked (or until \`timeout\`).`);
    const missing = missingPermission(workspace, ctx.inputs);
    if (missing) {
        throw new _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .StepFailure */ .pH(`The token may not ${missing.what} on workspace ${label} (its \`${missing.key}\` permission is false): ${missing.fix} Nothing was ${ctx.inputs.run ? 'done' : 'created'}.`);
    }
    return workspace;
}
/**
 * The first permission this step needs and the token lacks, checked before a run exists: a run the token could
 * not apply (or destroy with) would only hold the workspace's queue. A permission the server does not report is
 * not held against the token.
 */
function missingPermission(workspace, inputs) {
    const p = workspace.permissions;
    if (p.queueRun === false)
        return {
            key: 'can-queue-run',
            what: 'queue runs',
            fix: 'give the token\'s team at least "plan" access to the workspace; organization tokens cannot create runs, so use a team or user token.'
        };
    if (inputs.apply && p.queueApply === false) {
        return {
            key: 'can-queue-apply',
            what: 'apply runs',
            fix: 'give the token\'s team "write" access to the workspace, or set `apply: false`.'
        };
    }
    // Discarding and canceling need "apply runs" too. A run of the workspace's queue that the step could neither
    // discard nor cancel (after `apply: false`, a failure or the timeout) would hold the queue until a person acts;
    // plan-only and saved-plan runs never hold it.
    if (p.queueApply === false && stopsRuns(inputs)) {
        return {
            key: 'can-queue-apply',
            what: 'apply, discard or cancel runs',
            fix: inputs.run
                ? 'this step would discard the run (`apply: false`, `discard: true`); set `discard: false` to leave it, or give the token\'s team "write" access.'
                : 'this step may have to discard or cancel the run it creates, which would otherwise hold the workspace\'s queue. With a token that may only plan, use `plan-only: true` or `save-plan: true`; otherwise give the token\'s team "write" access to the workspace.'
        };
    }
    if (inputs.isDestroy && p.queueDestroy === false) {
        return {
            key: 'can-queue-destroy',
            what: 'queue destroy runs',
            fix: 'give the token\'s team "admin" access (or the "queue destroy" permission), or set `is-destroy: false`.'
        };
    }
    return undefined;
}
/** Whether the step may have to discard or cancel a run that holds the workspace's queue. */
function stopsRuns(inputs) {
    if (inputs.run)
        return inputs.discard;
    return !inputs.planOnly && !inputs.savePlan;
}
/** The workspace's page in the HCP Terraform UI. */
function workspaceUrl(apiOrigin, workspace) {
    return `${apiOrigin}/app/${encodeURIComponent(workspace.organization)}/workspaces/${encodeURIComponent(workspace.name)}`;
}
function runUrl(apiOrigin, workspace, runId) {
    return `${workspaceUrl(apiOrigin, workspace)}/runs/${runId}`;
}


/***/ })

};
