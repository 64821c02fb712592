import { describe, expect, test } from '@jest/globals'
import { decideAfterPlan, isPlanSettled, nextPollDelay, type DecisionInputs } from '../src/decide.js'
import { outcomeOf } from '../src/run/outcome.js'
import { reviewedRunProblem } from '../src/run/adopt-run.js'
import { emptyCounts } from '../src/plan/summary.js'
import type { Run, RunActions } from '../src/tfc/types.js'

const NONE: RunActions = { isCancelable: false, isConfirmable: false, isDiscardable: false, isForceCancelable: false }

function run(status: string, actions: Partial<RunActions> = {}, extra: Partial<Run> = {}): Run {
  return {
    id: 'run-1',
    status,
    actions: { ...NONE, ...actions },
    message: '',
    isDestroy: false,
    planOnly: false,
    savePlan: false,
    autoApply: false,
    hasChanges: true,
    createdAt: '',
    queuedByTrigger: false,
    ...extra
  }
}

function inputs(apply: boolean, allowDestroy = false, discard = true): DecisionInputs {
  return { apply, allowDestroy, discard }
}

describe('runs that ended before the step acted', () => {
  // [status, run extras, apply, expected kind, expected code, fails]
  test.each([
    ['errored', {}, true, 'none', 'plan-errored', true],
    ['errored', {}, false, 'none', 'plan-errored', true],
    ['canceled', {}, true, 'none', 'canceled-elsewhere', true],
    ['force_canceled', {}, false, 'none', 'canceled-elsewhere', true],
    ['discarded', {}, true, 'none', 'discarded-elsewhere', true],
    ['policy_soft_failed', { planOnly: true }, false, 'none', 'policy-soft-failed', true],
    ['planned_and_finished', {}, true, 'none', 'no-changes', false],
    ['planned_and_finished', { planOnly: true }, false, 'none', 'speculative', false],
    ['applied', {}, true, 'none', 'applied-before-confirm', false],
    ['applied', {}, false, 'none', 'applied-elsewhere', true]
  ] as const)('%s %j with apply %s: %s (%s)', (status, extra, apply, kind, code, fails) => {
    for (const discard of [true, false]) {
      const decision = decideAfterPlan(run(status, {}, extra), 0, inputs(apply, false, discard))
      expect(decision).toMatchObject({ kind, code })
      expect(Boolean(decision.fail)).toBe(fails)
    }
  })

  test('force-canceled is named as such', () => {
    expect(decideAfterPlan(run('force_canceled'), 0, inputs(true)).fail).toMatch(/force-canceled by someone else/)
  })
})

describe('runs waiting for a person', () => {
  const statuses = [
    'policy_override',
    'tf_policy_override',
    'pre_plan_awaiting_decision',
    'post_plan_awaiting_decision',
    'pre_apply_awaiting_decision'
  ]
  // [discard input, run is discardable, expected kind]
  test.each([
    [true, true, 'discard'],
    [true, false, 'leave'],
    [false, true, 'leave'],
    [false, false, 'leave']
  ] as const)('discard %s, is-discardable %s: %s, and the step fails', (discard, discardable, kind) => {
    for (const status of statuses) {
      for (const apply of [true, false]) {
        const decision = decideAfterPlan(run(status, { isDiscardable: discardable }), 3, inputs(apply, true, discard))
        expect(decision).toMatchObject({ kind, code: 'awaiting-decision' })
        expect(decision.fail).toMatch(/needs a decision/)
      }
    }
  })

  test('the advice names what waits: a policy override or a run task', () => {
    expect(decideAfterPlan(run('policy_override'), 0, inputs(true)).fail).toMatch(/Sentinel policy/)
    expect(decideAfterPlan(run('pre_apply_awaiting_decision'), 0, inputs(true)).fail).toMatch(/pre-apply run task/)
  })
})

describe('confirmable runs', () => {
  // [destroys, apply, allow-destroy, discard, expected kind, code, fails]
  test.each([
    [0, true, false, true, 'apply', 'apply', false],
    [0, true, true, false, 'apply', 'apply', false],
    [1, true, false, true, 'discard', 'destroy-refused', true],
    [1, true, false, false, 'discard', 'destroy-refused', true],
    [4, true, true, true, 'apply', 'apply', false],
    [0, false, false, true, 'discard', 'not-applied', false],
    [4, false, false, true, 'discard', 'not-applied', false],
    [0, false, false, false, 'leave', 'left-for-confirmation', false],
    [4, false, true, false, 'leave', 'left-for-confirmation', false]
  ] as const)(
    '%i destroys, apply %s, allow-destroy %s, discard %s: %s (%s)',
    (destroys, apply, allowDestroy, discard, kind, code, fails) => {
      for (const status of ['planned', 'cost_estimated', 'policy_checked', 'post_plan_completed']) {
        const decision = decideAfterPlan(
          run(status, { isConfirmable: true, isDiscardable: true, isCancelable: false }),
          destroys,
          inputs(apply, allowDestroy, discard)
        )
        expect(decision).toMatchObject({ kind, code })
        expect(Boolean(decision.fail)).toBe(fails)
      }
    }
  )

  test('a refused destroy counts resources in its message', () => {
    expect(decideAfterPlan(run('planned', { isConfirmable: true }), 1, inputs(true)).fail).toMatch(/destroys or replaces 1 resource;/)
    expect(decideAfterPlan(run('planned', { isConfirmable: true }), 7, inputs(true)).fail).toMatch(/7 resources/)
  })
})

describe('anything else', () => {
  test.each(['planned', 'planned_and_saved', 'cost_estimated', 'some_future_status'])(
    '%s without is-confirmable fails as a status the step cannot finish',
    status => {
      const decision = decideAfterPlan(run(status), 0, inputs(true))
      expect(decision).toMatchObject({ kind: 'none', code: 'unknown-status' })
      expect(decision.fail).toContain(status)
    }
  )
})

describe('when the plan phase is over', () => {
  test.each([
    ['pending', {}, false],
    ['planning', { isCancelable: true }, false],
    ['planned', {}, false],
    ['cost_estimating', { isCancelable: true }, false],
    ['planned', { isConfirmable: true }, true],
    ['policy_checked', { isConfirmable: true }, true],
    ['policy_override', {}, true],
    ['post_plan_awaiting_decision', {}, true],
    ['planned_and_saved', {}, true],
    ['planned_and_finished', {}, true],
    ['errored', {}, true],
    ['discarded', {}, true],
    ['applied', {}, true]
  ] as const)('%s %j: %s', (status, actions, settled) => {
    expect(isPlanSettled(run(status, actions))).toBe(settled)
  })
})

describe('the report outcome follows the decision code', () => {
  const counts = { ...emptyCounts(), add: 2 }
  test.each([
    ['destroy-refused', 'discarded', undefined, 'destroy-refused'],
    ['awaiting-decision', 'discarded', undefined, 'needs-decision'],
    ['policy-soft-failed', 'policy_soft_failed', undefined, 'needs-decision'],
    ['not-applied', 'discarded', undefined, 'discarded'],
    ['discarded-elsewhere', 'discarded', undefined, 'discarded'],
    ['left-for-confirmation', 'planned', undefined, 'left'],
    ['plan-errored', 'errored', undefined, 'errored'],
    ['canceled-elsewhere', 'canceled', undefined, 'canceled'],
    ['applied-elsewhere', 'applied', undefined, 'applied'],
    ['applied-before-confirm', 'applied', undefined, 'applied'],
    ['no-changes', 'planned_and_finished', undefined, 'no-changes'],
    ['speculative', 'planned_and_finished', counts, 'plan-only'],
    ['speculative', 'planned_and_finished', emptyCounts(), 'no-changes'],
    ['speculative', 'planned_and_finished', undefined, 'no-changes'],
    ['apply', 'applied', undefined, 'applied'],
    ['apply', 'applying', undefined, 'applying'],
    ['unknown-status', 'planned', undefined, 'planned']
  ] as const)('%s (run %s) -> %s', (code, status, c, expected) => {
    const decision = { kind: 'none', code, reason: '' } as unknown as Parameters<typeof outcomeOf>[0]
    expect(outcomeOf(decision, run(status), c)).toBe(expected)
  })
})

describe('poll delay', () => {
  test.each([
    [0, 10_000, 1000],
    [30_000, 10_000, 3000],
    [600_000, 10_000, 10_000],
    [0, 200, 200]
  ])('after %i ms with a %i ms cap: %i ms', (elapsed, cap, delay) => {
    expect(nextPollDelay(elapsed, cap)).toBe(delay)
  })
})

describe("a reviewed saved plan, by status (the Terraform CLI's list)", () => {
  test.each([
    ['planned_and_saved', { isConfirmable: true, isDiscardable: true }, undefined],
    ['planned_and_finished', {}, /has no changes: nothing to apply/],
    ['discarded', {}, /another run was applied first, or someone discarded it/],
    ['applied', {}, /already applied/],
    ['applying', { isCancelable: true }, /already confirmed and applying/],
    ['confirmed', {}, /already confirmed/],
    ['errored', {}, /errored\. Nothing was applied/],
    ['canceled', {}, /was canceled/],
    ['policy_override', { isDiscardable: true }, /needs a policy override/],
    ['post_plan_awaiting_decision', { isDiscardable: true }, /cannot be applied now \(post_plan_awaiting_decision\)/],
    ['planning', { isCancelable: true }, /plan and checks have not completed/]
  ] as const)('%s', (status, actions, expected) => {
    const problem = reviewedRunProblem(run(status, actions, { savePlan: true }), 7)
    if (!expected) return expect(problem).toBeUndefined()
    const text = problem && ('fail' in problem ? problem.fail : problem.nothing)
    expect(text).toMatch(expected)
    expect(text).toMatch(/pull request #7 \(run run-1\)/)
    // No changes, or applied already (before the merge, or by this job before a re-run): nothing to do is success.
    expect(problem && 'nothing' in problem).toBe(status === 'planned_and_finished' || status === 'applied')
  })
})

describe('a saved plan of this step is left for a later step', () => {
  test('planned_and_saved with save-plan: left, never discarded, whatever discard says', () => {
    for (const discard of [true, false]) {
      expect(
        decideAfterPlan(run('planned_and_saved', { isConfirmable: true, isDiscardable: true }, { savePlan: true }), 0, {
          ...inputs(false, false, discard),
          savePlan: true
        })
      ).toMatchObject({ kind: 'leave', code: 'saved' })
    }
  })
  test.each([
    ['post_plan_completed', { isConfirmable: true, isDiscardable: true }, 'saved'],
    ['policy_checked', { isConfirmable: true, isDiscardable: true }, 'saved'],
    ['cost_estimated', { isConfirmable: true, isDiscardable: true }, 'saved'],
    ['policy_override', { isDiscardable: true }, 'awaiting-decision'],
    ['post_plan_awaiting_decision', { isDiscardable: true }, 'awaiting-decision']
  ] as const)('a saved plan confirmable or waiting in %s (after an override, say) is kept, never discarded', (status, actions, code) => {
    const decision = decideAfterPlan(run(status, actions, { savePlan: true }), 0, { ...inputs(false, false, true), savePlan: true })
    expect(decision).toMatchObject({ kind: 'leave', code })
  })
  test('an adopted saved plan follows apply and discard like any confirmable run', () => {
    const saved = run('planned_and_saved', { isConfirmable: true, isDiscardable: true }, { savePlan: true })
    expect(decideAfterPlan(saved, 0, inputs(true))).toMatchObject({ kind: 'apply' })
    expect(decideAfterPlan(saved, 0, inputs(false, false, true))).toMatchObject({ kind: 'discard', code: 'not-applied' })
    expect(decideAfterPlan(saved, 2, inputs(true))).toMatchObject({ kind: 'discard', code: 'destroy-refused' })
  })
})
