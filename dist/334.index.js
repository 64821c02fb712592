export const id = 334;
export const ids = [334];
export const modules = {

/***/ 7334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ APPLY_STARTED_STATUSES),
/* harmony export */   Ay: () => (/* binding */ TERMINAL_RUN_STATUSES),
/* harmony export */   ET: () => (/* binding */ phaseEnded),
/* harmony export */   X9: () => (/* binding */ AWAITING_DECISION_STATUSES)
/* harmony export */ });
/** The run statuses after which nothing more happens (tfc-api.md §4.3, "Terminal set for the action"). */
const TERMINAL_RUN_STATUSES = new Set([
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
const AWAITING_DECISION_STATUSES = new Set([
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


/***/ })

};
