export const id = 694;
export const ids = [694,263];
export const modules = {

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
