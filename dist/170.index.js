export const id = 170;
export const ids = [170,263];
export const modules = {

/***/ 3422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PhaseLog: () => (/* reexport */ log_follower/* PhaseLog */.U),
  applyRun: () => (/* reexport */ applyRun),
  countsOf: () => (/* reexport */ read_plan/* countsOf */.mQ),
  decideAfterPlan: () => (/* reexport */ decide/* decideAfterPlan */.mx),
  destroysOf: () => (/* reexport */ read_plan/* destroysOf */.tb),
  discardRun: () => (/* reexport */ discardRun),
  explainedDecision: () => (/* reexport */ explainedDecision),
  isPlanSettled: () => (/* reexport */ decide/* isPlanSettled */.bq),
  needsBackstop: () => (/* reexport */ stop_step.needsBackstop),
  outcomeOf: () => (/* reexport */ outcomeOf),
  readPlanDetails: () => (/* reexport */ read_plan/* readPlanDetails */.A5),
  readStateOutputs: () => (/* reexport */ readStateOutputs),
  settleChecks: () => (/* reexport */ settleChecks),
  waitForApply: () => (/* reexport */ waitForApply),
  waitForRun: () => (/* reexport */ wait/* waitForRun */.C)
});

// EXTERNAL MODULE: ./src/decide.ts
var decide = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/tfc/errors.ts
var errors = __webpack_require__(7488);
// EXTERNAL MODULE: ./src/tfc/runs.ts
var runs = __webpack_require__(1301);
// EXTERNAL MODULE: ./src/tfc/types.ts
var types = __webpack_require__(7334);
// EXTERNAL MODULE: ./src/run/create-run.ts
var create_run = __webpack_require__(673);
// EXTERNAL MODULE: ./src/run/failures.ts
var failures = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/wait.ts
var wait = __webpack_require__(300);
;// CONCATENATED MODULE: ./src/run/act.ts







const APPLY_ATTEMPTS = 3;
/**
 * Confirms the run. A 409 (or an unknown outcome) gets a fresh read and a decision from that state, never a blind
 * retry: the run may have moved on (a `planned` that was transient before cost estimation, say).
 */
async function applyRun(ctx, run, destroys) {
    let current = run;
    for (let attempt = 1; attempt <= APPLY_ATTEMPTS; attempt++) {
        let result;
        try {
            result = await (0,runs/* runAction */.Cs)(ctx.http, current.id, 'apply', `Applied by GitHub Actions (${(0,create_run/* workflowRef */.RU)(ctx.env)})`);
        }
        catch (error) {
            if (!(error instanceof errors/* OutcomeUnknownError */.Do))
                throw permissionFailure(error, 'apply', current.id);
            result = 'unknown';
        }
        if (result === 'accepted') {
            ctx.log.info('Apply accepted');
            break;
        }
        current = await (0,runs/* readRun */.cI)(ctx.http, current.id);
        ctx.log.info(`Apply answered ${result === 'conflict' ? '409' : 'with an unknown outcome'}; the run is now ${current.status}`);
        if (types/* APPLY_STARTED_STATUSES */.Ab.has(current.status))
            break;
        if (!(0,decide/* isPlanSettled */.bq)(current))
            current = await (0,wait/* waitForRun */.C)(ctx, current.id, decide/* isPlanSettled */.bq, 'plan');
        const decision = (0,decide/* decideAfterPlan */.mx)(current, destroys, ctx.inputs);
        if (decision.kind !== 'apply')
            return { run: current, decision };
        if (attempt === APPLY_ATTEMPTS)
            throw new failures/* StepFailure */.pH(`HCP Terraform refused to apply run ${current.id} ${APPLY_ATTEMPTS} times (status ${current.status}); see the run page.`);
    }
    return { run: current, decision: { kind: 'apply', code: 'apply', reason: 'Applied: `apply` is true.' } };
}
/**
 * HCP Terraform answers 403 or 404 to an action on our own run when the token lacks the permission for it (apply,
 * discard and cancel need "apply runs"): say that, rather than "not found".
 */
function permissionFailure(error, action, runId) {
    if (!(error instanceof errors/* ApiError */.hD) || (error.status !== 403 && error.status !== 404))
        return error;
    return new failures/* StepFailure */.pH(`The token may not ${action} run ${runId} (HCP Terraform answered ${error.status} to ${error.endpoint}): it needs the "apply runs" permission on the workspace; give the token's team "write" access.`);
}
/** Discards the run. On a 409 the fresh state decides: already ended (reported as it is), one more try, or a failure. */
async function discardRun(ctx, run, reason) {
    const comment = `Discarded by GitHub Actions (${(0,create_run/* workflowRef */.RU)(ctx.env)}): ${reason}`;
    const discard = () => (0,runs/* runAction */.Cs)(ctx.http, run.id, 'discard', comment).catch((error) => {
        throw permissionFailure(error, 'discard', run.id);
    });
    if ((await discard()) === 'conflict') {
        const fresh = await (0,runs/* readRun */.cI)(ctx.http, run.id);
        ctx.log.info(`Discard answered 409; the run is now ${fresh.status}`);
        if ((0,decide/* isTerminal */.Hd)(fresh))
            return fresh;
        if (!fresh.actions.isDiscardable || (await discard()) === 'conflict') {
            throw new failures/* StepFailure */.pH(`Could not discard run ${run.id}: it is now ${fresh.status}. Check the run page; it may hold the workspace's queue.`);
        }
    }
    const done = await (0,wait/* waitForRun */.C)(ctx, run.id, decide/* isTerminal */.Hd, 'plan');
    ctx.log.info(`Run ${done.id} is ${done.status}`);
    return done;
}

// EXTERNAL MODULE: ./src/plan/log.ts
var plan_log = __webpack_require__(9193);
// EXTERNAL MODULE: ./src/tfc/plans.ts
var plans = __webpack_require__(4099);
// EXTERNAL MODULE: ./src/run/log-follower.ts
var log_follower = __webpack_require__(3826);
;// CONCATENATED MODULE: ./src/run/apply-wait.ts






/** After a confirmed apply: wait for it to end (unless `wait-for-apply` is false) and say how it went. */
async function waitForApply(ctx, run) {
    if (!ctx.inputs.waitForApply) {
        return { run, kind: 'applying', action: 'Apply started; not waiting for it because `wait-for-apply` is false.', applied: true };
    }
    const log = new log_follower/* PhaseLog */.U(ctx, 'apply');
    const done = await ctx.log.group('Wait for the apply', () => (0,wait/* waitForRun */.C)(ctx, run.id, decide/* isTerminal */.Hd, 'apply', undefined, log));
    const apply = done.apply && (0,types/* phaseEnded */.ET)(done.apply.status) ? done.apply : done.applyId ? await (0,plans/* readApply */.jC)(ctx.http, done.applyId) : undefined;
    const digest = apply && apply.status !== 'unreachable' ? await log.finish(apply.logReadUrl) : undefined;
    const applyDiagnostics = digest && { items: digest.diagnostics, dropped: digest.dropped };
    if (done.status === 'applied')
        return { run: done, kind: 'applied', action: 'Applied: `apply` is true.', applied: true, applyDiagnostics, apply };
    const applyLog = digest?.lastLines().length ? (0,plan_log/* excerptOf */.z)(digest) : undefined;
    const errored = done.status === 'errored';
    return {
        run: done,
        kind: errored ? 'apply-errored' : 'canceled',
        action: 'Confirmed the run, but the apply did not succeed.',
        failure: errored
            ? 'The apply errored; see its errors in the job summary and the run page. Some changes may have been applied.'
            : `The apply ended as ${done.status}.`,
        applied: false,
        applyLog,
        applyDiagnostics,
        apply
    };
}

// EXTERNAL MODULE: ./src/tfc/jsonapi.ts
var jsonapi = __webpack_require__(129);
;// CONCATENATED MODULE: ./src/tfc/policy-checks.ts


function toPolicyCheck(resource) {
    const result = resource.attributes.result;
    const count = (key) => (result && typeof result[key] === 'number' ? result[key] : 0);
    const actions = (resource.attributes.actions ?? {});
    const permissions = (resource.attributes.permissions ?? {});
    return {
        id: resource.id,
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        scope: (0,jsonapi/* str */.gx)(resource, 'scope'),
        result: result
            ? {
                passed: count('passed'),
                totalFailed: count('total-failed'),
                hardFailed: count('hard-failed'),
                softFailed: count('soft-failed'),
                advisoryFailed: count('advisory-failed')
            }
            : undefined,
        isOverridable: actions['is-overridable'] === true,
        canOverride: permissions['can-override'] === true
    };
}
/** A run's Sentinel policy checks (unpaginated when no page parameters are sent). */
async function listPolicyChecks(http, runId) {
    const path = `runs/${encodeURIComponent(runId)}/policy-checks`;
    const doc = (0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`);
    return (Array.isArray(doc.data) ? doc.data : [doc.data]).map(toPolicyCheck);
}
/** The check's Sentinel output text; undefined while there is none (204). A redirect goes to signed storage. */
async function readPolicyCheckOutput(http, id) {
    const result = await http.fetchBlob(`/api/v2/policy-checks/${encodeURIComponent(id)}/output`, { label: 'Sentinel output' });
    return result.status === 200 ? result.body : undefined;
}
/** Overrides a soft-failed check; the reason goes with it. 'conflict' (409) when it is not overridable. */
function overridePolicyCheck(http, id, comment) {
    return (0,runs/* postAction */.vd)(http, `policy-checks/${encodeURIComponent(id)}/actions/override`, comment);
}

// EXTERNAL MODULE: ./src/tfc/pages.ts
var pages = __webpack_require__(4259);
;// CONCATENATED MODULE: ./src/tfc/policy-evaluations.ts


function toPolicySetOutcome(resource) {
    const outcomes = Array.isArray(resource.attributes.outcomes) ? resource.attributes.outcomes : [];
    const text = (value) => (typeof value === 'string' ? value : '');
    return {
        id: resource.id,
        policySetName: (0,jsonapi/* str */.gx)(resource, 'policy-set-name') || resource.id,
        policySetDescription: (0,jsonapi/* str */.gx)(resource, 'policy-set-description'),
        overridable: resource.attributes.overridable === true,
        error: (0,jsonapi/* str */.gx)(resource, 'error'),
        outcomes: outcomes.map(o => ({
            policyName: text(o.policy_name) || '(unnamed policy)',
            status: text(o.status),
            enforcementLevel: typeof o.enforcement_level === 'string' ? o.enforcement_level : null,
            description: text(o.description)
        }))
    };
}
/**
 * Every policy set outcome of an evaluation, page by page (20 a page by default). Unfiltered: the report counts
 * the passed policies too.
 */
async function listPolicySetOutcomes(http, evaluationId) {
    const sets = [];
    for await (const page of (0,pages/* pages */.B)(http, `policy-evaluations/${encodeURIComponent(evaluationId)}/policy-set-outcomes`, 20))
        sets.push(...page.map(toPolicySetOutcome));
    return sets;
}

;// CONCATENATED MODULE: ./src/tfc/task-stages.ts



function toTaskResult(resource) {
    return {
        id: resource.id,
        taskName: (0,jsonapi/* str */.gx)(resource, 'task-name') || resource.id,
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        enforcementLevel: (0,jsonapi/* str */.gx)(resource, 'workspace-task-enforcement-level'),
        message: (0,jsonapi/* str */.gx)(resource, 'message'),
        url: (0,jsonapi/* str */.gx)(resource, 'url') || undefined,
        stage: (0,jsonapi/* str */.gx)(resource, 'stage')
    };
}
function toPolicyEvaluation(resource) {
    const counts = (resource.attributes['result-count'] ?? {});
    const count = (key) => (typeof counts[key] === 'number' ? counts[key] : 0);
    return {
        id: resource.id,
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        policyKind: (0,jsonapi/* str */.gx)(resource, 'policy-kind') || 'opa',
        counts: {
            passed: count('passed'),
            advisoryFailed: count('advisory-failed'),
            mandatoryFailed: count('mandatory-failed'),
            errored: count('errored')
        }
    };
}
function refs(resource, name) {
    const data = resource.relationships?.[name]?.data;
    return Array.isArray(data) ? data : undefined;
}
async function show(http, path) {
    const doc = (0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path.split('?')[0]}`);
    if (Array.isArray(doc.data))
        throw new Error(`GET /api/v2/${path.split('?')[0]} answered with a list`);
    return { resource: doc.data, included: doc.included ?? [] };
}
/**
 * One task stage with its task results and policy evaluations (tfc-api.md §9): side-loaded with `include` as the
 * CLI asks, and read one by one for any the server did not side-load.
 */
async function readTaskStage(http, id) {
    const { resource, included } = await show(http, `task-stages/${encodeURIComponent(id)}?include=task_results,policy_evaluations`);
    const byKey = new Map(included.map(r => [`${r.type}/${r.id}`, r]));
    const load = async (ref, path) => byKey.get(`${ref.type}/${ref.id}`) ?? (await show(http, `${path}/${encodeURIComponent(ref.id)}`)).resource;
    const taskResults = [];
    for (const ref of refs(resource, 'task-results') ?? [])
        taskResults.push(toTaskResult(await load(ref, 'task-results')));
    const policyEvaluations = [];
    const evaluationRefs = refs(resource, 'policy-evaluations');
    if (evaluationRefs) {
        for (const ref of evaluationRefs)
            policyEvaluations.push(toPolicyEvaluation(await load(ref, 'policy-evaluations')));
    }
    else {
        // Only a link: the stage's evaluations are listed (§8.2).
        const path = `task-stages/${encodeURIComponent(id)}/policy-evaluations`;
        const doc = (0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`);
        for (const r of Array.isArray(doc.data) ? doc.data : [doc.data])
            policyEvaluations.push(toPolicyEvaluation(r));
    }
    return toTaskStage(resource, taskResults, policyEvaluations);
}
function toTaskStage(resource, taskResults, policyEvaluations) {
    const permissions = (resource.attributes.permissions ?? {});
    const actions = (resource.attributes.actions ?? {});
    return {
        id: resource.id,
        stage: (0,jsonapi/* str */.gx)(resource, 'stage'),
        status: (0,jsonapi/* str */.gx)(resource, 'status'),
        isOverridable: actions['is-overridable'] === true,
        canOverride: permissions['can-override'] === true || permissions['can-override-policy'] === true || permissions['can-override-tasks'] === true,
        taskResults,
        policyEvaluations
    };
}
/** The IDs of a run's task stages, page by page. */
async function listTaskStageIds(http, runId) {
    const ids = [];
    for await (const page of (0,pages/* pages */.B)(http, `runs/${encodeURIComponent(runId)}/task-stages`, 10))
        ids.push(...page.map(resource => resource.id));
    return ids;
}
/** Overrides a task stage that waits for one (`awaiting_override`); 'conflict' (409) when it cannot be. */
function overrideTaskStage(http, id, comment) {
    return (0,runs/* postAction */.vd)(http, `task-stages/${encodeURIComponent(id)}/actions/override`, comment);
}

// EXTERNAL MODULE: ./src/run/policy-status.ts
var policy_status = __webpack_require__(434);
;// CONCATENATED MODULE: ./src/run/checks.ts





/** Statuses that checks put a run in, or that a failed check ends it with. */
const CHECK_STATUSES = /^(errored|policy_\w+|pre_plan_\w+|post_plan_\w+|\w+_awaiting_decision)$/;
/**
 * A run's checks; undefined when it has none. A check that cannot be read is a warning: the run's status
 * still decides what the step does, only the report has less to say.
 */
async function readChecks(ctx, run) {
    const checks = { taskStages: [], tasks: [], policySets: [], sentinel: [] };
    // The run lists its task stages and policy checks; they are looked up anyway where the status says checks
    // decided something, so a server that leaves the lists empty cannot hide a failed policy.
    const decisive = CHECK_STATUSES.test(run.status);
    try {
        if (run.taskStageIds?.length || run.taskStageIds === undefined || decisive) {
            const ids = run.taskStageIds?.length ? run.taskStageIds : await listTaskStageIds(ctx.http, run.id);
            for (const id of ids)
                checks.taskStages.push(await readTaskStage(ctx.http, id));
            for (const stage of checks.taskStages) {
                checks.tasks.push(...stage.taskResults);
                for (const evaluation of stage.policyEvaluations) {
                    for (const set of await listPolicySetOutcomes(ctx.http, evaluation.id))
                        checks.policySets.push({ ...set, stageId: stage.id, kind: evaluation.policyKind, evaluationStatus: evaluation.status });
                }
            }
        }
        if (run.policyCheckIds?.length || run.policyCheckIds === undefined || decisive) {
            for (const check of await listPolicyChecks(ctx.http, run.id)) {
                const output = ['pending', 'queued'].includes(check.status) ? undefined : await readPolicyCheckOutput(ctx.http, check.id);
                checks.sentinel.push({ ...check, policies: output ? sentinelPolicies(output) : [] });
            }
        }
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        const message = `Could not read the run's policy and run task results: ${error.message}`;
        // Looked up only in case (the run did not list them, and nothing says checks decided): a server without these
        // endpoints (404) has none to report, which is not worth a warning on every run.
        if (!decisive && error instanceof errors/* ApiError */.hD && error.status === 404)
            ctx.log.debug(message);
        else
            ctx.log.warning(message);
    }
    return checks.taskStages.length || checks.sentinel.length ? checks : undefined;
}
/**
 * The policies of a Sentinel output, from its `## Policy N: NAME (LEVEL)` headings and the `Result:` line under
 * each (the format of the CLI's policy logs; fixtures/logs/tf-cloud-sentinel-policy-*.log).
 */
function sentinelPolicies(output) {
    const policies = [];
    let current;
    for (const line of output.split(/\r?\n/)) {
        const heading = /^## Policy \d+: (.+?) \(([\w-]+)\)\s*$/.exec(line);
        if (heading) {
            current = { name: heading[1], level: heading[2], passed: false };
            policies.push(current);
            continue;
        }
        const result = /^Result: (true|false)\s*$/.exec(line);
        if (result && current)
            current.passed = result[1] === 'true';
    }
    return policies;
}
function quote(text) {
    return `"${text}"`;
}
/** The mandatory policies that failed, named with their set (or Sentinel scope) and level, for a failure message. */
function mandatoryFailures(checks) {
    const out = [];
    for (const set of checks.policySets) {
        for (const policy of (0,policy_status/* failedPolicies */.y)(set)) {
            if (policy.enforcementLevel !== 'mandatory' && policy.status !== 'errored')
                continue;
            out.push(`${set.kind === 'sentinel' ? 'Sentinel' : 'OPA'} policy ${quote(policy.policyName)} in policy set ${quote(set.policySetName)} ${policy.status === 'errored' ? 'errored' : 'failed (mandatory)'}`);
        }
        if (set.error)
            out.push(`policy set ${quote(set.policySetName)} errored: ${set.error}`);
    }
    for (const check of checks.sentinel) {
        if (!['hard_failed', 'soft_failed', 'errored'].includes(check.status))
            continue;
        const failed = check.policies.filter(p => !p.passed && p.level !== 'advisory');
        const where = `${check.scope || 'organization'} Sentinel policy check`;
        if (failed.length)
            for (const p of failed)
                out.push(`Sentinel policy ${quote(p.name)} (${p.level}) failed in the ${where}`);
        else
            out.push(`the ${where} ${check.status.replace('_', '-')}`);
    }
    return out;
}
/** Mandatory run tasks that did not pass, with their link. */
function failedMandatoryTasks(checks) {
    return checks.tasks
        .filter(t => t.enforcementLevel === 'mandatory' && ['failed', 'errored', 'unreachable', 'canceled'].includes(t.status))
        .map(t => `run task ${quote(t.taskName)} (mandatory) ${t.status}${t.message ? `: ${t.message.split('\n')[0]}` : ''}${t.url ? ` (${t.url})` : ''}`);
}
/** Why a run errored, when its checks say: the policy or task that failed. Undefined for a plain plan error. */
function checksFailure(checks, lead = 'The run errored on its checks') {
    if (!checks)
        return undefined;
    const reasons = [...mandatoryFailures(checks), ...failedMandatoryTasks(checks)];
    if (!reasons.length)
        return undefined;
    return `${lead}: ${reasons.join('; ')}. See the run page.`;
}
/** The checks a run waiting for a decision waits on: soft-failed Sentinel checks, task stages awaiting override. */
function awaitingOverride(checks) {
    if (!checks)
        return [];
    return [
        ...checks.sentinel
            .filter(c => c.status === 'soft_failed')
            .map(c => ({
            kind: 'policy-check',
            id: c.id,
            what: `${c.scope || 'organization'} Sentinel policy check ${c.id}`,
            isOverridable: c.isOverridable,
            canOverride: c.canOverride
        })),
        ...checks.taskStages
            .filter(s => s.status === 'awaiting_override')
            .map(s => ({
            kind: 'task-stage',
            id: s.id,
            what: `${s.stage.replace('_', '-')} task stage ${s.id}`,
            isOverridable: s.isOverridable,
            canOverride: s.canOverride
        }))
    ];
}
/**
 * Whether overriding would let the step go on: it applies the run, keeps it as a saved plan, or leaves it for
 * confirmation. A run the step discards anyway (`apply: false`) is not overridden for nothing.
 */
function overrideWouldHelp(inputs) {
    return inputs.apply || inputs.savePlan === true || !inputs.discard;
}
/** Why a run waits for a decision, from its checks, and what would let this step go on. */
function awaitingFailure(checks, inputs) {
    const waiting = awaitingOverride(checks);
    if (!checks || !waiting.length)
        return undefined;
    const reasons = [...mandatoryFailures(checks), ...failedMandatoryTasks(checks)];
    const what = reasons.length
        ? reasons.join('; ')
        : waiting.map(w => (w.kind === 'task-stage' ? `a run task or policy failed in the ${w.what}` : w.what)).join('; ');
    const blocked = waiting.find(w => !w.isOverridable || !w.canOverride);
    let fix;
    if (blocked && !blocked.isOverridable)
        fix = `the ${blocked.what} cannot be overridden; fix the configuration or the policy`;
    else if (blocked)
        fix = `this token may not override it (it needs the "manage policy overrides" permission); someone who may must override it on the run page`;
    else if (!inputs.overridePolicies)
        fix = 'set `override-policies: true` with an `override-reason` to override it from this step, or override it on the run page';
    else if (!overrideWouldHelp(inputs))
        fix = 'apply it: `override-policies` overrides only a run this step goes on with (`apply: true`), not one it discards';
    else
        fix = 'the override did not take; see the run page';
    return `The run waits for an override: ${what}. To go on, ${fix}.`;
}
/** A decision whose failure names what failed when the run's checks say (a policy, a run task), not the plan. */
function explainedDecision(decision, checks, inputs) {
    if (decision.code === 'plan-errored' || decision.code === 'policy-soft-failed') {
        const why = checksFailure(checks, decision.code === 'plan-errored' ? 'The run errored on its checks' : 'The plan-only run failed its checks');
        if (why)
            return { kind: 'none', code: 'checks-failed', reason: 'The run failed its policies or run tasks.', fail: why };
    }
    if (decision.code === 'awaiting-decision') {
        const why = awaitingFailure(checks, inputs);
        if (why)
            return { ...decision, fail: why };
    }
    return decision;
}

;// CONCATENATED MODULE: ./src/run/outcome.ts
/** Where a run stands for the report, from the decision taken on it and its final state. */
function outcomeOf(decision, run, counts) {
    switch (decision.code) {
        case 'destroy-refused':
            return 'destroy-refused';
        case 'awaiting-decision':
        case 'policy-soft-failed':
            return 'needs-decision';
        case 'not-applied':
        case 'discarded-elsewhere':
            return 'discarded';
        case 'left-for-confirmation':
            return 'left';
        case 'saved':
            return 'saved';
        case 'plan-errored':
            return 'errored';
        case 'checks-failed':
            return 'checks-failed';
        case 'canceled-elsewhere':
            return 'canceled';
        case 'applied-before-confirm':
        case 'applied-elsewhere':
            return 'applied';
        case 'no-changes':
            return 'no-changes';
        case 'speculative':
            return counts && Object.values(counts).some(n => n > 0) ? 'plan-only' : 'no-changes';
        case 'apply':
            return run.status === 'applied' ? 'applied' : 'applying';
        case 'unknown-status':
            return 'planned';
    }
}

// EXTERNAL MODULE: ./src/github-event.ts
var github_event = __webpack_require__(2981);
;// CONCATENATED MODULE: ./src/tfc/run-comments.ts
/** Adds a comment to a run, shown on its page: where an override's justification is recorded. */
async function commentOnRun(http, runId, body) {
    await http.request('POST', `runs/${encodeURIComponent(runId)}/comments`, {
        body: { data: { type: 'comments', attributes: { body } } }
    });
}

;// CONCATENATED MODULE: ./src/run/override.ts
/**
 * `override-policies`: overrides what a run waits on (a soft-failed Sentinel check, a task stage awaiting an
 * override), only when the server says it is overridable and this token may, records the reason as a run comment,
 * and waits for the run to settle again (tfc-api-addendum.md §3.4).
 */









/** Pre-plan, post-plan and Sentinel: a run waits for at most three decisions before its apply. */
const MAX_OVERRIDE_ROUNDS = 3;
/** Reads the settled run's checks and, with `override-policies`, overrides what it waits on while that is allowed. */
async function settleChecks(ctx, settled, planLog, workspace) {
    let run = settled;
    let checks = await readChecks(ctx, run);
    const overrides = [];
    const override = ctx.inputs.overridePolicies && overrideWouldHelp(ctx.inputs);
    if (ctx.inputs.overridePolicies && !override && types/* AWAITING_DECISION_STATUSES */.X9.has(run.status))
        ctx.log.info('Not overriding: this step does not go on with the run (`apply` is false), so it would be discarded anyway.');
    for (let round = 0; override && types/* AWAITING_DECISION_STATUSES */.X9.has(run.status) && round < MAX_OVERRIDE_ROUNDS; round++) {
        const waitingOn = run.status;
        const current = run;
        const done = await ctx.log.group('Override policies', () => overrideChecks(ctx, current, checks));
        if (!done.length)
            break;
        overrides.push(...done);
        run = await ctx.log.group('Wait for the plan', () => (0,wait/* waitForRun */.C)(ctx, current.id, r => r.status !== waitingOn && (0,decide/* isPlanSettled */.bq)(r), 'plan', workspace, planLog));
        checks = await readChecks(ctx, run);
    }
    return { run, checks, overrides };
}
/** Overrides every check the run waits on, or none when any of them may not be (the failure then says why). */
async function overrideChecks(ctx, run, checks) {
    const waiting = awaitingOverride(checks);
    const blocked = waiting.find(w => !w.isOverridable || !w.canOverride);
    if (!waiting.length || blocked) {
        ctx.log.warning(blocked
            ? `Not overriding: the ${blocked.what} ${blocked.isOverridable ? 'may not be overridden with this token' : 'is not overridable'}.`
            : `Not overriding: the run waits (${run.status}) on nothing this step can override.`);
        return [];
    }
    const reason = ctx.inputs.overrideReason;
    const done = [];
    for (const item of waiting) {
        const result = item.kind === 'policy-check'
            ? await overridePolicyCheck(ctx.http, item.id, reason)
            : await overrideTaskStage(ctx.http, item.id, reason);
        if (result === 'conflict') {
            ctx.log.warning(`HCP Terraform refused to override the ${item.what} (409): it is no longer waiting for an override.`);
            continue;
        }
        ctx.log.info(`Overrode the ${item.what}: ${reason}`);
        done.push(item.what);
    }
    if (done.length)
        await recordReason(ctx, run, done);
    return done;
}
/** The justification goes on the run, where the next person to look at it will see it. */
async function recordReason(ctx, run, done) {
    const by = (0,github_event/* workflowRunOf */.ol)(ctx.env);
    try {
        await commentOnRun(ctx.http, run.id, `Overridden by ${by} (override-policies): ${ctx.inputs.overrideReason}\n\nOverrode: ${done.join('; ')}`);
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        ctx.log.warning(`Overrode, but could not record the reason on the run: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./src/run/read-plan.ts
var read_plan = __webpack_require__(7417);
;// CONCATENATED MODULE: ./src/tfc/state-versions.ts

function toOutput(resource) {
    const detailed = resource.attributes['detailed-type'];
    const value = resource.attributes.value;
    const sensitive = (0,jsonapi/* bool */.lc)(resource, 'sensitive');
    return {
        id: resource.id,
        name: (0,jsonapi/* str */.gx)(resource, 'name'),
        type: detailed !== undefined && detailed !== null ? JSON.stringify(detailed).replace(/^"|"$/g, '') : (0,jsonapi/* str */.gx)(resource, 'type'),
        sensitive,
        // Current HCP Terraform lists a sensitive output's value as null; older Terraform Enterprise lists the value.
        value: sensitive && value === null ? undefined : value
    };
}
/**
 * The outputs of the workspace's current state version (`GET /workspaces/:id/current-state-version-outputs`),
 * which needs only "read state outputs": 'none' on 404 (no state yet, or no such permission), 'processing' on the
 * 503 HCP Terraform answers while it processes the state version.
 */
async function listCurrentOutputs(http, workspaceId) {
    const path = `workspaces/${encodeURIComponent(workspaceId)}/current-state-version-outputs`;
    const outputs = [];
    for (let page = 1; page <= 20; page++) {
        const response = await http.request('GET', `${path}?page[number]=${page}&page[size]=100`, { accept: [404, 503] });
        if (response.status === 404)
            return 'none';
        if (response.status === 503)
            return 'processing';
        const doc = (0,jsonapi/* parseDocument */.Tp)(response.body, `GET /api/v2/${path}`);
        outputs.push(...(Array.isArray(doc.data) ? doc.data : [doc.data]).map(toOutput));
        if (!doc.meta?.pagination?.['next-page'])
            break;
    }
    return outputs;
}
/** One output by its ID: the one read that returns a sensitive value on current HCP Terraform. */
async function readStateOutput(http, id) {
    const path = `state-version-outputs/${encodeURIComponent(id)}`;
    return toOutput((0,jsonapi/* single */.J0)((0,jsonapi/* parseDocument */.Tp)((await http.request('GET', path)).body, `GET /api/v2/${path}`)));
}

;// CONCATENATED MODULE: ./src/run/state-outputs.ts


/** How often the outputs are asked for again while HCP Terraform processes the state (it answers 503 meanwhile). */
const PROCESSED_POLL_MS = 1000;
/**
 * The workspace's outputs after the run, read once HCP Terraform has processed the state (before that they read as
 * empty). They are read through the outputs endpoints, which need only "read state outputs" (reading a state
 * version itself needs "read state versions", which an outputs-only token lacks). The final state of an apply is
 * the workspace's current state version once the run is applied: the apply's own list of state versions is not
 * documented as ordered, so it is not used to choose. Sensitive values are read one by one, and masked, only with
 * `sensitive-outputs`. A refusal is a warning, never a failure of a run that succeeded.
 */
async function readStateOutputs(ctx, workspace, apply) {
    try {
        let outputs = await listCurrentOutputs(ctx.http, workspace.id);
        while (outputs === 'processing') {
            if (ctx.clock.now() + PROCESSED_POLL_MS >= ctx.deadline) {
                const note = "HCP Terraform had not processed the workspace's new state before `timeout`: its outputs were not read.";
                ctx.log.warning(note);
                return { outputs: [], note };
            }
            await ctx.clock.sleep(PROCESSED_POLL_MS, ctx.signal);
            outputs = await listCurrentOutputs(ctx.http, workspace.id);
        }
        if (outputs === 'none') {
            // After an apply there is a state: a 404 is the permission. Before any, it may be either.
            const note = apply
                ? `Could not read the workspace's outputs (HCP Terraform answered 404): the token needs the "read state outputs" permission on ${workspace.organization}/${workspace.name}. The run itself is not affected.`
                : `The workspace has no state yet, or the token lacks the "read state outputs" permission on ${workspace.organization}/${workspace.name}: no outputs were read.`;
            if (apply)
                ctx.log.warning(note);
            else
                ctx.log.info(note);
            return { outputs: [], note: apply ? note : 'The workspace has no state yet.' };
        }
        if (ctx.inputs.sensitiveOutputs) {
            for (const output of outputs) {
                if (!output.sensitive)
                    continue;
                if (output.value === undefined)
                    output.value = (await readStateOutput(ctx.http, output.id)).value;
                for (const secret of secretsOf(output.value))
                    ctx.log.setSecret(secret);
            }
        }
        else {
            // Never kept, even where an older server listed it: nothing downstream may print it by mistake.
            for (const output of outputs)
                if (output.sensitive)
                    output.value = undefined;
        }
        ctx.log.info(`Read ${outputs.length} outputs of the workspace's current state`);
        return { outputs };
    }
    catch (error) {
        if (error instanceof errors/* StoppedError */.Ko)
            throw error;
        const status = error instanceof errors/* ApiError */.hD ? error.status : undefined;
        const note = status === 403 || status === 404
            ? `Could not read the workspace's outputs (HCP Terraform answered ${status}): the token needs the "read state outputs" permission on ${workspace.organization}/${workspace.name}. The run itself is not affected.`
            : `Could not read the workspace's outputs: ${error.message}. The run itself is not affected.`;
        ctx.log.warning(note);
        return { outputs: [], note };
    }
}
/**
 * What to mask of a sensitive value: it as printed, each of its lines, and its JSON encoding; and the same for every
 * leaf of an object or list, since a later step reads one (`fromJSON(steps.tf.outputs.outputs).db.password`) and
 * prints it alone. Booleans and null are not masked: the runner masks every occurrence, and "true" is one bit.
 */
function secretsOf(value) {
    const out = new Set();
    const add = (text) => {
        for (const part of [text, ...text.split(/\r?\n/)])
            if (part.trim().length > 0)
                out.add(part);
    };
    const visit = (node) => {
        if (node === undefined || node === null || typeof node === 'boolean')
            return;
        if (typeof node === 'string' || typeof node === 'number')
            add(String(node));
        else if (Array.isArray(node))
            node.forEach(visit);
        else if (typeof node === 'object')
            Object.values(node).forEach(visit);
        add(JSON.stringify(node));
    };
    visit(value);
    return [...out];
}

// EXTERNAL MODULE: ./src/run/stop-step.ts + 1 modules
var stop_step = __webpack_require__(8159);
;// CONCATENATED MODULE: ./src/run/after-start.ts
/**
 * The lifecycle's stages after the run exists: waiting, reading the plan and its checks, deciding, acting. Loaded
 * apart from the start-up code (see `lifecycle.ts`): the step's first request does not wait for it, and it loads
 * while the step waits for HCP Terraform to answer.
 */













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
