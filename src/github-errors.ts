/** Reading Octokit's errors, the same way everywhere a GitHub request can fail. */

/** The HTTP status GitHub answered with; undefined when no answer came (a network failure, a timeout). */
export function githubStatus(error: unknown): number | undefined {
  return (error as { status?: number } | null | undefined)?.status
}

/** What GitHub answered, for a message: its status, or the error's own message when there was no answer. */
export function githubAnswer(error: unknown): number | string {
  return githubStatus(error) ?? (error as Error).message
}
