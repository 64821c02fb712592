/**
 * The order of applies across selected workspaces linked by run triggers: an upstream (a trigger's source) applies
 * before the workspaces it triggers. Pure: the triggers are read elsewhere.
 */
import type { TriggerSource } from '../tfc/run-triggers.js'

export interface Named {
  id: string
  name: string
}

export interface ApplyOrder<W extends Named> {
  /** Upstreams before their downstreams, otherwise in the selection's order. */
  order: W[]
  /** For each workspace, the selected workspaces that trigger it (only those that have any). */
  upstreams: Map<string, W[]>
  /** Workspaces whose triggers form a loop: they are not ordered among themselves. */
  loop: W[]
}

/**
 * Orders `workspaces` by their inbound run triggers (`sources`, by workspace ID), keeping only links between
 * selected workspaces. Kahn's algorithm, taking the first ready workspace in the selection's order each time, so
 * unlinked workspaces keep their places; a loop (HCP Terraform does not forbid one) is left unordered, last.
 */
export function applyOrder<W extends Named>(
  workspaces: readonly W[],
  sources: ReadonlyMap<string, readonly TriggerSource[]>
): ApplyOrder<W> {
  const byId = new Map(workspaces.map(w => [w.id, w]))
  const upstreams = new Map<string, W[]>()
  for (const w of workspaces) {
    const selected = (sources.get(w.id) ?? []).flatMap(s => (s.id !== w.id && byId.has(s.id) ? [byId.get(s.id)!] : []))
    const unique = [...new Map(selected.map(u => [u.id, u])).values()]
    if (unique.length) upstreams.set(w.id, unique)
  }
  const order: W[] = []
  const placed = new Set<string>()
  let progress = true
  while (progress) {
    progress = false
    for (const w of workspaces) {
      if (placed.has(w.id) || !(upstreams.get(w.id) ?? []).every(u => placed.has(u.id))) continue
      order.push(w)
      placed.add(w.id)
      progress = true
      break
    }
  }
  const loop = workspaces.filter(w => !placed.has(w.id))
  // In a loop no workspace can wait for another: each keeps only its upstreams outside the loop.
  for (const w of loop) {
    const outside = (upstreams.get(w.id) ?? []).filter(u => placed.has(u.id))
    if (outside.length) upstreams.set(w.id, outside)
    else upstreams.delete(w.id)
  }
  return { order: [...order, ...loop], upstreams, loop }
}

/**
 * The workspaces in `order` grouped by run-trigger links (connected, whichever way the triggers point), each group
 * in `order`'s order, groups in the order of their first member. A group starts as one: a downstream's run must
 * exist before its upstream applies, or it would queue behind the run HCP Terraform queues through the trigger.
 */
export function linkedGroups<W extends Named>(order: readonly W[], upstreams: ReadonlyMap<string, readonly W[]>): W[][] {
  const parent = new Map(order.map(w => [w.id, w.id]))
  const root = (id: string): string => {
    let at = id
    while (parent.get(at) !== at) at = parent.get(at)!
    return at
  }
  for (const [id, ups] of upstreams) for (const up of ups) if (parent.has(up.id) && parent.has(id)) parent.set(root(id), root(up.id))
  const groups = new Map<string, W[]>()
  for (const w of order) {
    const key = root(w.id)
    groups.set(key, [...(groups.get(key) ?? []), w])
  }
  return [...groups.values()]
}
