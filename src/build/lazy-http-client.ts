/**
 * Stands in for `@actions/http-client` in the bundle (tsconfig `paths`, which ncc follows). `@actions/core` imports
 * it at the top for OIDC tokens, which this action never asks for, and it imports undici: 0.9 MB, most of the
 * bundle's start-up. Only what its two users call is forwarded:
 * - `@actions/core`: `new HttpClient(…).getJson(url)`, loading the real client on first use;
 * - `@actions/github` (proxy agents for Octokit), which runs only after `src/report/github.ts` has handed the real
 *   client over with `useRealHttpClient`, from the lazily loaded GitHub chunk.
 */
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js'

type Args = ConstructorParameters<typeof Real.HttpClient>

let real: typeof Real | undefined

/** Called by the GitHub chunk, which carries the real client (and undici) with it. */
export function useRealHttpClient(module: typeof Real): void {
  real = module
}

export class HttpClient {
  private readonly args: Args

  constructor(...args: Args) {
    this.args = args
  }

  async getJson<T>(url: string, headers?: Record<string, string>): ReturnType<Real.HttpClient['getJson']> {
    real ??= await import('../../node_modules/@actions/http-client/lib/index.js')
    return new real.HttpClient(...this.args).getJson<T>(url, headers)
  }

  getAgent(url: string): ReturnType<Real.HttpClient['getAgent']> {
    return this.loaded().getAgent(url)
  }

  getAgentDispatcher(url: string): ReturnType<Real.HttpClient['getAgentDispatcher']> {
    return this.loaded().getAgentDispatcher(url)
  }

  private loaded(): Real.HttpClient {
    if (!real) throw new Error('@actions/http-client was used before src/report/github.ts loaded it')
    return new real.HttpClient(...this.args)
  }
}
