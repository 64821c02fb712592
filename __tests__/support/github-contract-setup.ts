/**
 * Every test file: each exchange with a GitHub simulator is held to GitHub's REST description, and a simulator
 * whose exchanges broke it fails its `stop()` (the test's afterEach) naming the operation and what differs. The
 * 13 MB description is read once per worker, at the first exchange.
 */
import { GitHubSimulator } from '../../sim/github-simulator.js'
import { GitHubContract } from './github-contract.js'

let contract: GitHubContract | undefined
GitHubSimulator.observers = [exchange => (contract ??= GitHubContract.load()).check(exchange)]
