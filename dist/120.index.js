export const id = 120;
export const ids = [120];
export const modules = {

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
