import type { TfcHttp } from './http.js'

/** Adds a comment to a run, shown on its page: where an override's justification is recorded. */
export async function commentOnRun(http: TfcHttp, runId: string, body: string): Promise<void> {
  await http.request('POST', `runs/${encodeURIComponent(runId)}/comments`, {
    body: { data: { type: 'comments', attributes: { body } } }
  })
}
