import { GitHubSimulator } from '../../sim/github-simulator.js'
import { TfcSimulator } from '../../sim/tfc-simulator.js'

/** The token the GitHub simulator accepts in bundle tests: the Actions app's, as `github.token` is on a runner. */
export const GH_TOKEN = 'gh-token'

/** Both stand-ins, started fresh for a test: HCP Terraform (the harness's token) and GitHub (`gh-token`). */
export async function startSimulators(): Promise<{ tfc: TfcSimulator; gh: GitHubSimulator }> {
  const tfc = await new TfcSimulator().start()
  const gh = await new GitHubSimulator({ [GH_TOKEN]: { login: 'github-actions[bot]', app: true } }).start()
  return { tfc, gh }
}

export async function stopSimulators(tfc: TfcSimulator, gh: GitHubSimulator): Promise<void> {
  await Promise.all([tfc.stop(), gh.stop()])
}
