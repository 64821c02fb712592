export const id = 463;
export const ids = [463];
export const modules = {

/***/ 1463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DN: () => (/* binding */ attributeDiffBlock),
  mQ: () => (/* binding */ countsOf),
  gD: () => (/* binding */ headlineOf),
  n5: () => (/* binding */ renderWithinLimit)
});

// UNUSED EXPORTS: renderReport

// EXTERNAL MODULE: ./src/plan/summary.ts
var summary = __webpack_require__(967);
// EXTERNAL MODULE: ./src/plan/attribute-diff.ts
var attribute_diff = __webpack_require__(9839);
// EXTERNAL MODULE: ./src/run/policy-status.ts
var policy_status = __webpack_require__(434);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/checks-section.ts


const STATUS_ICON = {
    passed: '✅',
    'advisory-failed': '⚠️',
    'soft-failed': '✋',
    'hard-failed': '❌',
    overridden: '☑️',
    errored: '💥',
    none: ''
};
const MAX_TEXT = 200;
const MAX_LISTED = 20;
/** A file name or address from a plan can be as long as a pull request makes it; its end says most. */
const MAX_NAME = 100;
function checks_section_short(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return (0,markdown/* escapeText */.X1)(line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line);
}
function capped(lines) {
    return lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), `- … and ${lines.length - MAX_LISTED} more`] : lines;
}
/** Policies: the overall result, then each failed or advisory-failed policy with its set and level; passed ones counted. */
function policiesSection(checks, overrides) {
    const status = (0,policy_status/* policyStatusOf */.g)(checks);
    if (!checks || status === 'none')
        return undefined;
    const lines = [];
    let passed = 0;
    for (const set of checks.policySets) {
        passed += set.outcomes.length - (0,policy_status/* failedPolicies */.y)(set).length;
        const kind = set.kind === 'sentinel' ? 'Sentinel' : 'OPA';
        for (const policy of (0,policy_status/* failedPolicies */.y)(set)) {
            const icon = policy.status === 'errored' ? '💥' : policy.enforcementLevel === 'mandatory' ? '❌' : '⚠️';
            const level = policy.status === 'errored' ? 'errored' : (policy.enforcementLevel ?? 'unknown level');
            lines.push(`- ${icon} ${(0,markdown/* code */.aY)(policy.policyName)} in set ${(0,markdown/* code */.aY)(set.policySetName)} (${kind}, ${(0,markdown/* escapeText */.X1)(level)})${policy.description ? `: ${checks_section_short(policy.description)}` : ''}`);
        }
        if (set.error)
            lines.push(`- 💥 set ${(0,markdown/* code */.aY)(set.policySetName)} errored: ${checks_section_short(set.error)}`);
    }
    for (const check of checks.sentinel) {
        const failed = check.policies.filter(p => !p.passed);
        passed += check.policies.length ? check.policies.length - failed.length : (check.result?.passed ?? 0);
        for (const policy of failed) {
            const icon = policy.level === 'advisory' ? '⚠️' : policy.level === 'soft-mandatory' && check.status !== 'hard_failed' ? '✋' : '❌';
            lines.push(`- ${icon} ${(0,markdown/* code */.aY)(policy.name)} (Sentinel, ${(0,markdown/* escapeText */.X1)(check.scope || 'organization')} check, ${(0,markdown/* escapeText */.X1)(policy.level)})`);
        }
        if (!check.policies.length && check.status !== 'passed')
            lines.push(`- ${(0,markdown/* escapeText */.X1)(check.scope || 'organization')} Sentinel policy check: ${(0,markdown/* escapeText */.X1)(check.status)}`);
    }
    const head = `**Policies:** ${STATUS_ICON[status]} ${status}${passed ? ` · ${(0,markdown/* plural */.LS)(passed, 'policy', 'policies')} passed` : ''}`;
    const out = [head];
    if (lines.length)
        out.push(capped(lines).join('\n'));
    if (overrides?.what.length)
        out.push(`> Overridden by this step (\`override-policies\`): ${checks_section_short(overrides.reason)}`);
    return out.join('\n\n');
}
const TASK_ICON = {
    passed: '✅',
    failed: '❌',
    errored: '💥',
    running: '⏳',
    pending: '⏳',
    canceled: '🚫',
    unreachable: '❔'
};
/** Run tasks: each task's name, result, enforcement level, message and link. */
function tasksSection(checks) {
    if (!checks?.tasks.length)
        return undefined;
    const passed = checks.tasks.filter(t => t.status === 'passed').length;
    const failed = checks.tasks.filter(t => t.status === 'failed' || t.status === 'errored').length;
    const lines = checks.tasks.map(t => {
        const icon = t.status === 'failed' && t.enforcementLevel === 'advisory' ? '⚠️' : (TASK_ICON[t.status] ?? '•');
        const details = t.url ? ` ${(0,markdown/* link */.nf)('details', t.url)}` : '';
        return `- ${icon} ${(0,markdown/* code */.aY)(t.taskName)} — ${(0,markdown/* escapeText */.X1)(t.status)} (${(0,markdown/* escapeText */.X1)(t.enforcementLevel || 'unknown level')})${t.message ? `: ${checks_section_short(t.message)}` : ''}${details}`;
    });
    return `**Run tasks:** ${passed} passed, ${failed} failed\n\n${capped(lines).join('\n')}`;
}
/**
 * The diagnostics, errors first: the first MAX_LISTED, each name shortened, so a plan's noise (60 failing checks
 * in a module at a long path) cannot crowd the counts and the destroy warning out of the comment.
 */
function diagnosticsSection(diagnostics, dropped = 0) {
    if (!diagnostics?.length)
        return undefined;
    const order = { error: 0, warning: 1, notice: 2 };
    const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
    const lines = sorted.map(d => {
        const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
        const label = d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Notice';
        const where = d.range ? ` — ${(0,markdown/* code */.aY)((0,markdown/* elided */.GO)(d.where ?? d.range.filename, MAX_NAME))} line ${d.range.start.line}` : '';
        const address = d.address ? ` (${(0,markdown/* code */.aY)((0,markdown/* elided */.GO)(d.address, MAX_NAME))})` : '';
        return `- ${icon} **${label}** (${d.phase}): ${checks_section_short(d.summary)}${address}${where}${d.detail ? ` — ${checks_section_short(d.detail)}` : ''}`;
    });
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    const unlisted = Math.max(0, lines.length - MAX_LISTED) + dropped;
    const listed = lines.slice(0, MAX_LISTED);
    if (unlisted)
        listed.push(`- … and ${unlisted} more in the log (see the run page)`);
    return `**Terraform reported ${(0,markdown/* plural */.LS)(errors, 'error')} and ${(0,markdown/* plural */.LS)(warnings, 'warning')}${dropped ? ` (and ${dropped} more)` : ''}:**\n\n${listed.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/report/render.ts




const HEADLINES = {
    planning: { icon: '⏳', title: 'Planning' },
    planned: { icon: '📋', title: 'Planned' },
    applying: { icon: '⏳', title: 'Applying' },
    applied: { icon: '✅', title: 'Applied' },
    'apply-errored': { icon: '❌', title: 'Apply errored' },
    discarded: { icon: '🗑️', title: 'Planned, then discarded' },
    'destroy-refused': { icon: '⛔', title: 'Not applied: the plan destroys resources' },
    left: { icon: '⏸️', title: 'Planned, waiting for confirmation' },
    'no-changes': { icon: '✅', title: 'No changes' },
    'plan-only': { icon: '📋', title: 'Speculative plan' },
    errored: { icon: '❌', title: 'Plan errored' },
    'checks-failed': { icon: '⛔', title: 'Failed its policies or run tasks' },
    canceled: { icon: '🚫', title: 'Canceled' },
    'needs-decision': { icon: '✋', title: 'Needs a decision' },
    'timed-out': { icon: '⌛', title: 'Timed out' },
    failed: { icon: '❌', title: 'Step failed' },
    saved: { icon: '💾', title: 'Plan saved, to be applied as reviewed' }
};
/** Display order: what removes things first, so a destroy is never below the fold. */
const GROUPS = [
    { action: 'delete', title: 'Destroy' },
    { action: 'replace', title: 'Replace' },
    { action: 'forget', title: 'Forget (removed from state, not destroyed)' },
    { action: 'create', title: 'Create' },
    { action: 'update', title: 'Update in place' },
    { action: 'import', title: 'Import' },
    { action: 'move', title: 'Move' },
    { action: 'read', title: 'Read (data sources)' },
    { action: 'unknown', title: 'Other' }
];
const REASONS = {
    replace_because_tainted: 'tainted',
    replace_because_cannot_update: 'cannot be updated in place',
    replace_by_request: 'replacement requested (-replace)',
    replace_by_triggers: 'replace_triggered_by',
    delete_because_no_resource_config: 'no longer in the configuration',
    delete_because_no_module: 'its module is no longer in the configuration',
    delete_because_wrong_repetition: 'count/for_each changed shape',
    delete_because_count_index: 'count index out of range',
    delete_because_each_key: 'for_each key no longer present',
    delete_because_no_move_target: 'moved target missing',
    read_because_config_unknown: 'configuration depends on values not yet known',
    read_because_dependency_pending: 'a dependency has pending changes',
    read_because_check_nested: 'check block'
};
const WARNING_ADDRESS_LIMIT = 20;
/** An address in the warning is cut to this length (a for_each key is as long as the code makes it), so the warning always fits. */
const WARNING_ADDRESS_LENGTH = 200;
const EXPAND_WHEN_AT_MOST = 25;
/** An outcome's icon and title, as a report's headline shows them. */
function headlineOf(outcome) {
    return HEADLINES[outcome];
}
function countsOf(input) {
    return input.plan?.counts ?? input.counts;
}
function countsLine(counts) {
    const parts = [
        `**${counts.add}** to add`,
        `**${counts.change}** to change`,
        `**${counts.replace}** to replace`,
        `**${counts.destroy}** to destroy`
    ];
    const extra = [];
    if (counts.import)
        extra.push(`**${counts.import}** to import`);
    if (counts.move)
        extra.push(`**${counts.move}** to move`);
    if (counts.read)
        extra.push(`**${counts.read}** to read`);
    if (counts.forget)
        extra.push(`**${counts.forget}** to forget`);
    return [...parts, ...extra].join(' · ');
}
function countsTable(counts) {
    return [
        '| add | change | replace | destroy | import | move | read |',
        '|---:|---:|---:|---:|---:|---:|---:|',
        `| ${counts.add} | ${counts.change} | ${counts.replace} | ${counts.destroy} | ${counts.import} | ${counts.move} | ${counts.read} |`
    ].join('\n');
}
function destroyWarning(input) {
    const counts = countsOf(input);
    // Outright destroys first: a replacement at least puts something back.
    const changes = input.plan?.changes ?? [];
    const destroyed = [...changes.filter(c => c.action === 'delete'), ...changes.filter(c => c.action === 'replace')];
    const total = counts ? (0,summary/* destroyCount */.M5)(counts) : destroyed.length;
    if (!total)
        return undefined;
    const shown = destroyed
        .slice(0, WARNING_ADDRESS_LIMIT)
        .map(c => `${(0,markdown/* code */.aY)((0,markdown/* elided */.GO)(c.address, WARNING_ADDRESS_LENGTH))}${c.action === 'replace' ? ' (replace)' : ''}`);
    const more = total - shown.length;
    const list = shown.length ? `: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}` : '';
    return `> [!WARNING]\n> **This plan destroys or replaces ${(0,markdown/* plural */.LS)(total, 'resource')}**${list}`;
}
function describeChange(change, withDiff, values) {
    const notes = [];
    if (change.previousAddress)
        notes.push(`moved from ${(0,markdown/* code */.aY)(change.previousAddress)}`);
    if (change.importing)
        notes.push(change.importId ? `import ID ${(0,markdown/* code */.aY)(change.importId)}` : 'imported');
    if (change.actionReason)
        notes.push(REASONS[change.actionReason] ?? (0,markdown/* code */.aY)(change.actionReason));
    if (change.replacePaths?.length)
        notes.push(`forced by ${change.replacePaths.map(markdown/* code */.aY).join(', ')}`);
    const line = `- ${addressCode(change)}${notes.length ? ` — ${notes.join('; ')}` : ''}`;
    if (!withDiff || !change.diff?.attributes.length)
        return line;
    const count = change.diff.attributes.length + change.diff.more;
    // Collapsed under its list item, so a long plan stays a list of addresses.
    return (0,markdown/* underListItem */.uZ)(line, details((0,markdown/* plural */.LS)(count, 'changed attribute'), attributeDiffBlock(change.diff, values), false));
}
/** A resource's changed attributes as a `diff` block; sensitive values are never shown, others only with `values`. */
function attributeDiffBlock(diff, values) {
    return (0,markdown/* codeBlock */.DV)((0,attribute_diff/* diffLines */.Pp)(diff, values).join('\n'), 'diff');
}
/**
 * An address as a code span, made once per change: the comment and the summary, at each level of detail they
 * try, show the same addresses.
 */
const addressCodes = new WeakMap();
function addressCode(change) {
    let text = addressCodes.get(change);
    if (text === undefined) {
        text = (0,markdown/* code */.aY)(change.address);
        addressCodes.set(change, text);
    }
    return text;
}
/** The changes of the plan by report group, in display order. */
const planGroups = new WeakMap();
function byGroup(plan) {
    const cached = planGroups.get(plan);
    if (cached)
        return cached;
    const groups = new Map();
    for (const change of plan.changes) {
        const group = (0,summary/* groupOf */.F8)(change);
        const list = groups.get(group) ?? [];
        list.push(change);
        groups.set(group, list);
    }
    planGroups.set(plan, groups);
    return groups;
}
/** Characters left for a part of the report being written; a writer stops as soon as it runs out. */
class Budget {
    left;
    constructor(left) {
        this.left = left;
    }
    take(text) {
        this.left -= text.length + 1;
        return this.left >= 0;
    }
}
/**
 * The resource list's sections, written against `budget`: undefined as soon as they do not fit, so a plan of
 * any size costs at most the budget's worth of text at each level of detail.
 */
function resourceSections(plan, detail, perGroup = Infinity, budget = new Budget(Infinity), withDiff = () => detail === 'full', values = true) {
    const described = detail !== 'addresses';
    const groups = byGroup(plan);
    const sections = [];
    for (const { action, title } of GROUPS) {
        const list = groups.get(action);
        if (!list?.length)
            continue;
        // Totals come from the summary: a very large plan lists only its first changes.
        const total = plan.groupTotals[action] ?? list.length;
        const shown = Math.min(list.length, perGroup);
        const lines = [];
        for (let i = 0; i < shown; i++) {
            const change = list[i];
            const line = described ? describeChange(change, withDiff(change), values) : `- ${addressCode(change)}`;
            if (!budget.take(line))
                return undefined;
            lines.push(line);
        }
        if (total > shown)
            lines.push(`- … and ${total - shown} more`);
        const header = `**${title} (${total})**\n\n`;
        // Charged at no more than its length (the final check is exact): what was not charged is small and bounded.
        if (!budget.take(header))
            return undefined;
        sections.push(`${header}${lines.join('\n').trimEnd()}`);
    }
    if (described && plan.drift.length) {
        const section = `**Changed outside Terraform (${plan.drift.length})**\n\n${plan.drift.map(c => `- ${(0,markdown/* code */.aY)(c.address)} (${c.action})`).join('\n')}`;
        if (!budget.take(section))
            return undefined;
        sections.push(section);
    }
    if (described && plan.outputs.length) {
        // Output values are never shown: a sensitive value must not reach a comment, and the name is what reviewers need.
        const lines = plan.outputs.map(o => `- ${(0,markdown/* code */.aY)(o.name)}: ${o.action}${o.sensitive ? ' (sensitive)' : ''}`);
        const section = `**Output changes (${plan.outputs.length})**\n\n${lines.join('\n')}`;
        if (!budget.take(section))
            return undefined;
        sections.push(section);
    }
    return sections;
}
/**
 * The most addresses of each group that fit in `room` characters of list, from the lengths of the address lines
 * (prefix sums per group, then a binary search): the truncated list is then written once.
 */
function addressesPerGroup(plan, room) {
    const sums = [];
    let fixed = 0;
    for (const { action, title } of GROUPS) {
        const list = byGroup(plan).get(action);
        if (!list?.length)
            continue;
        const total = plan.groupTotals[action] ?? list.length;
        // The header and the "and N more" line, with N at its largest.
        fixed += `**${title} (${total})**\n\n- … and ${total} more\n\n`.length;
        const prefix = [0];
        for (const change of list)
            prefix.push(prefix[prefix.length - 1] + addressCode(change).length + 3);
        sums.push(prefix);
    }
    const cost = (k) => fixed + sums.reduce((sum, prefix) => sum + prefix[Math.min(k, prefix.length - 1)], 0);
    let low = 0;
    let high = Math.max(0, ...sums.map(prefix => prefix.length - 1));
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (cost(mid) <= room)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
function details(summary, body, open) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function linksLine(input) {
    const parts = [
        `Run ${(0,markdown/* link */.nf)(input.run.id, input.run.url)}`,
        `workspace ${(0,markdown/* link */.nf)(`${input.workspace.organization}/${input.workspace.name}`, input.workspace.url)}`
    ];
    if (input.configurationVersion)
        parts.push(`configuration version ${(0,markdown/* code */.aY)(input.configurationVersion.id)}${input.configurationVersion.source ? ` (${(0,markdown/* escapeText */.X1)(input.configurationVersion.source)})` : ''}`);
    if (input.commit)
        parts.push(`commit ${(0,markdown/* link */.nf)(input.commit.sha.slice(0, 7), input.commit.url)}`);
    return parts.join(' · ');
}
/**
 * The headline; "No changes" only when the plan lists none. A plan that only forgets resources (`removed` with
 * `destroy = false`) counts nothing to add, change or destroy, and a server that ended its run without an apply
 * must not make it read as if nothing would happen.
 */
function headline(input) {
    const counts = countsOf(input);
    const listed = counts && counts.add + counts.change + counts.replace + counts.destroy + counts.import + counts.forget > 0;
    if (input.outcome === 'no-changes' && listed)
        return { icon: '⚠️', title: 'Finished without an apply, though the plan lists changes' };
    return HEADLINES[input.outcome];
}
/** The report above the resource list: headline, links, counts, warnings, what the step did, checks, errors. */
function headParts(input, detail) {
    const { icon, title } = headline(input);
    const kind = input.run.isDestroy ? ' (destroy)' : input.run.planOnly && input.outcome !== 'plan-only' ? ' (speculative)' : '';
    const out = [`### ${icon} ${title}${kind}: ${(0,markdown/* escapeText */.X1)(`${input.workspace.organization}/${input.workspace.name}`)}`];
    out.push(linksLine(input));
    if (input.configurationWarning)
        out.push(`> [!WARNING]\n> ${(0,markdown/* escapeProse */.fd)(input.configurationWarning)}`);
    // The counts and the destroy warning are in every form, however short: what a reviewer must not miss.
    const counts = countsOf(input);
    if (counts)
        out.push(countsLine(counts));
    if (input.cost)
        out.push(`**Cost estimate:** ${(0,markdown/* escapeProse */.fd)(input.cost)}`);
    const warning = destroyWarning(input);
    if (warning)
        out.push(warning);
    out.push(`**What this step did:** ${(0,markdown/* escapeProse */.fd)(input.action)}`);
    if (input.failure)
        out.push(`**Why the step failed:** ${(0,markdown/* escapeProse */.fd)(input.failure)}`);
    if (detail !== 'link') {
        for (const section of [
            policiesSection(input.checks, input.overrides),
            tasksSection(input.checks),
            diagnosticsSection(input.diagnostics, input.diagnosticsDropped)
        ])
            if (section)
                out.push(section);
    }
    // Structured errors are listed above already; a text log's last lines still say what happened around them.
    const listed = input.log?.kind === 'diagnostics' && input.diagnostics?.some(d => d.severity === 'error');
    if (input.log && detail !== 'link' && !listed) {
        const label = input.log.kind === 'diagnostics' ? 'Errors from the log' : 'End of the log';
        out.push(`**${label}:**\n\n${(0,markdown/* codeBlock */.DV)(input.log.text)}`);
    }
    return out;
}
/** The workspace's outputs after the run, for the steps after this one: names and types only. */
function stateOutputsSection(input) {
    const state = input.stateOutputs;
    if (!state)
        return undefined;
    const lines = state.outputs.map(o => `- ${(0,markdown/* code */.aY)(o.name)}: ${(0,markdown/* code */.aY)(o.type || 'unknown')}${o.sensitive ? ' (sensitive)' : ''}`);
    const body = [lines.join('\n'), state.note ? `_${(0,markdown/* escapeProse */.fd)(state.note)}_` : ''].filter(Boolean).join('\n\n');
    return details(`Terraform outputs (${state.outputs.length})`, body || '_None._', false);
}
/** The report below the resource list: the counts table and what was left out. */
function tailParts(input, detail, omitted) {
    const out = [];
    const outputs = detail === 'link' ? undefined : stateOutputsSection(input);
    if (outputs)
        out.push(outputs);
    const counts = countsOf(input);
    if (counts && detail !== 'link' && (counts.add || counts.change || counts.destroy || counts.replace)) {
        out.push(details('Counts', countsTable(counts), false));
    }
    if (input.planNote)
        out.push(`_${(0,markdown/* escapeText */.X1)(input.planNote)}_`);
    if (omitted)
        out.push(`_${(0,markdown/* escapeText */.X1)(omitted)}_`);
    return out;
}
function hasList(input, detail) {
    return ((detail === 'full' || detail === 'some-attributes' || detail === 'reasons' || detail === 'addresses') &&
        input.plan !== undefined &&
        (input.plan.changes.length > 0 || input.plan.drift.length > 0 || input.plan.outputs.length > 0));
}
/** The resource list in its collapsible block, within `budget`; '' when there is none, undefined when it does not fit. */
function resourceList(input, detail, perGroup = Infinity, budget, withDiff) {
    if (!hasList(input, detail) || detail === 'counts' || detail === 'link')
        return '';
    const plan = input.plan;
    const sections = resourceSections(plan, detail, perGroup, budget, withDiff, input.attributeValues !== false);
    if (!sections)
        return undefined;
    const open = plan.changes.length + plan.drift.length <= EXPAND_WHEN_AT_MOST;
    return details(`Resource changes (${plan.changes.length + plan.unlisted})`, sections.join('\n\n'), open);
}
function joined(parts) {
    return parts.filter(part => part).join('\n\n');
}
/** Renders the report at one level of detail. Pure: the same input always gives the same markdown. */
function renderReport(input, detail, omitted, perGroup = Infinity) {
    return joined([...headParts(input, detail), resourceList(input, detail, perGroup), ...tailParts(input, detail, omitted)]);
}
/** The collapsible block around the list (its tags and summary line), charged at less than it takes. */
const LIST_WRAPPER = 40;
const TRUNCATED = 'Only the first addresses of each kind of change are listed, to fit; see the run page for the full plan.';
const OMITTED = {
    full: undefined,
    'some-attributes': 'Changed attributes of some updates were left out to fit (those of replacements first were kept); see the run page for the full plan.',
    reasons: 'Changed attributes were left out to fit; see the run page for the full plan.',
    addresses: 'Reasons, replacement paths, drift and outputs were left out to fit; see the run page for the full plan.',
    counts: 'The resource list was left out to fit; see the run page for the full plan.',
    link: 'The plan is too large to show here; see the run page.'
};
/**
 * With every diff the list does not fit: the most resources that keep their changed attributes, replacements
 * first (what a reviewer must not miss), then updates, in list order. A diff adds its block and nothing else, so
 * what each costs is known from its own text: the list is written twice, without diffs and then with those that
 * fit. Undefined when not even one fits, or when there are no diffs to keep.
 */
function mostDiffsThatFit(input, around, room) {
    const values = input.attributeValues !== false;
    const withDiffs = input.plan.changes.filter(change => change.diff?.attributes.length);
    const ranked = [...withDiffs.filter(c => c.action === 'replace'), ...withDiffs.filter(c => c.action !== 'replace')];
    const bare = resourceList(input, 'some-attributes', Infinity, new Budget(room), () => false);
    if (bare === undefined)
        return undefined;
    let left = room - around(bare).length;
    const kept = new Set();
    for (const change of ranked) {
        const extra = describeChange(change, true, values).length - describeChange(change, false, values).length;
        if (extra > left)
            break;
        left -= extra;
        kept.add(change);
    }
    if (!kept.size)
        return undefined;
    const markdown = around(resourceList(input, 'some-attributes', Infinity, undefined, change => kept.has(change)) ?? '');
    return markdown.length <= room ? markdown : undefined;
}
/**
 * The most detailed rendering that fits in `limit` characters (less `reserve`), degrading step by step: full
 * details, then without changed attributes, then addresses only, then the first addresses of each group, then
 * counts and destroys only, then a link. Written against a budget: the parts around the resource list are written
 * once, and each level's list stops as soon as it does not fit, so no level costs more than the room it has.
 */
function renderWithinLimit(input, limit, reserve = 0) {
    const room = limit - reserve;
    const head = headParts(input, 'full');
    // Every level lists at least the addresses: when all of them cannot fit, no level with a full list can.
    const allFit = !hasList(input, 'addresses') || addressesPerGroup(input.plan, Infinity) <= addressesPerGroup(input.plan, room);
    for (const detail of ['full', 'some-attributes', 'reasons', 'addresses']) {
        if (!hasList(input, detail) || !allFit)
            break;
        const tail = tailParts(input, detail, OMITTED[detail]);
        const around = joined([...head, ...tail]).length + 4;
        if (detail === 'some-attributes') {
            const markdown = mostDiffsThatFit(input, list => joined([...head, list, ...tail]), room);
            if (markdown !== undefined)
                return { markdown, detail };
            continue;
        }
        const list = resourceList(input, detail, Infinity, new Budget(room - around - LIST_WRAPPER));
        if (list === undefined)
            continue;
        const markdown = joined([...head, list, ...tail]);
        if (markdown.length <= room)
            return { markdown, detail };
    }
    if (hasList(input, 'addresses')) {
        // Before dropping the list altogether, keep the first addresses of every group (destroys come first).
        const tail = tailParts(input, 'addresses', TRUNCATED);
        const around = joined([...head, ...tail]).length + 4;
        const perGroup = addressesPerGroup(input.plan, room - around - LIST_WRAPPER);
        if (perGroup > 0) {
            const markdown = joined([...head, resourceList(input, 'addresses', perGroup), ...tail]);
            if (markdown.length <= room)
                return { markdown, detail: 'addresses' };
        }
    }
    for (const detail of ['full', 'counts']) {
        // Without a list: the whole report (a plan without changes), or the counts and destroys of one too large.
        if (detail === 'full' && hasList(input, 'full'))
            continue;
        const markdown = joined([...headParts(input, detail), ...tailParts(input, detail, detail === 'counts' ? OMITTED.counts : undefined)]);
        if (markdown.length <= room)
            return { markdown, detail };
    }
    // The bare link level still did not fit (a huge log excerpt is not shown there, so this is near impossible).
    const markdown = renderReport({ ...input, failure: input.failure?.slice(0, 500), action: input.action.slice(0, 500) }, 'link', OMITTED.link);
    if (markdown.length <= room)
        return { markdown, detail: 'link' };
    return { markdown: markdown.slice(0, Math.max(0, room)), detail: 'link' };
}


/***/ })

};
