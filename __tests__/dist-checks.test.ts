/** What HCP Terraform decided about a plan, in the report and the outputs, through the committed bundle. */
import { describe, expect, test } from '@jest/globals'
import { DIST_MAIN, NODE_VERSION, simulatorPerTest, startStep } from './support/bundle.js'
import { TOKEN } from './support/harness.js'
import { describeCost } from '../src/tfc/cost-estimates.js'

const fixture = simulatorPerTest({ [TOKEN]: 'admin' })

describe(`cost estimates through the bundle, on Node ${NODE_VERSION}`, () => {
  test('a decrease: the report shows the proposed monthly cost and the change, and the outputs carry both', async () => {
    fixture.ws.script = { costEstimation: true, cost: { proposed: '25.488', prior: '28.688', delta: '-3.2', matched: 3, total: 4 } }
    const main = await startStep(DIST_MAIN, fixture.inputs({ 'poll-interval': '0.05s' })).done
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ 'cost-proposed-monthly': '25.488', 'cost-delta-monthly': '-3.2' })
    // `$` as an entity: GitHub renders $…$ as LaTeX.
    expect(main.summary).toContain('**Cost estimate:** &#36;25.49/mo (-&#36;3.20) · resources: 3 of 4 estimated')
    expect(main.stdout).toContain('Cost estimate: $25.49/mo (-$3.20)')
  })

  test('skipped for a targeted plan: the report says why, and there are no cost outputs', async () => {
    fixture.ws.script = { costEstimation: true, cost: 'skipped' }
    const main = await startStep(DIST_MAIN, fixture.inputs({ 'poll-interval': '0.05s', 'target-addrs': 'null_resource.a' })).done
    expect(main.code).toBe(0)
    expect(main.summary).toContain('not available for this plan, because it was created with targeting')
    expect(main.outputs['cost-proposed-monthly']).toBeUndefined()
    expect(main.outputs['cost-delta-monthly']).toBeUndefined()
  })

  test('no cost estimation on the workspace: nothing about cost', async () => {
    const main = await startStep(DIST_MAIN, fixture.inputs({ 'poll-interval': '0.05s' })).done
    expect(main.code).toBe(0)
    expect(main.summary).not.toContain('Cost estimate')
    expect(main.outputs['cost-proposed-monthly']).toBeUndefined()
  })
})

describe('the cost line, as the Terraform CLI words it', () => {
  test.each([
    [
      { id: 'ce-1', status: 'finished', proposedMonthlyCost: '10', deltaMonthlyCost: '2.5', matchedResourcesCount: 1, resourcesCount: 2 },
      '$10.00/mo (+$2.50) · resources: 1 of 2 estimated'
    ],
    [{ id: 'ce-1', status: 'finished', proposedMonthlyCost: '0', deltaMonthlyCost: '0' }, '$0.00/mo (+$0.00)'],
    [{ id: 'ce-1', status: 'errored', errorMessage: 'pricing unavailable' }, 'cost estimation errored: pricing unavailable'],
    [{ id: 'ce-1', status: 'queued' }, undefined]
  ] as const)('%j', (cost, line) => {
    expect(describeCost(cost)).toBe(line)
  })
})
