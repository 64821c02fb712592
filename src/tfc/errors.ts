/** An HTTP answer from the API that the caller did not expect. The message never holds a token or a signed URL. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly endpoint: string,
    readonly title = '',
    readonly detail = ''
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/**
 * A write whose outcome is unknown (the connection dropped after the request went out, or a 5xx answered it).
 * It must not be retried blindly: the caller looks at the server's state first.
 */
export class OutcomeUnknownError extends Error {
  constructor(
    message: string,
    readonly endpoint: string
  ) {
    super(message)
    this.name = 'OutcomeUnknownError'
  }
}

/** The API could not be reached or kept failing after bounded retries. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly endpoint: string
  ) {
    super(message)
    this.name = 'TransportError'
  }
}

/**
 * The transport stopped before an answer: the step's deadline passed (`timeout`), or the step is being stopped
 * (job cancelled). Not a failure of HCP Terraform, and never a reason to act on a run by itself.
 */
export class StoppedError extends TransportError {
  constructor(
    message: string,
    endpoint: string,
    readonly reason: 'deadline' | 'aborted'
  ) {
    super(message, endpoint)
    this.name = 'StoppedError'
  }
}

/** Error documents come as `{errors:[{status,title,detail}]}`, with status a string or a number, or legacy `{errors:["msg"]}`. */
export function describeErrorDocument(body: string): { title: string; detail: string } {
  try {
    const doc = JSON.parse(body) as { errors?: unknown }
    const first = Array.isArray(doc.errors) ? (doc.errors[0] as unknown) : undefined
    if (typeof first === 'string') return { title: first, detail: '' }
    if (first && typeof first === 'object') {
      const e = first as { title?: unknown; detail?: unknown }
      return {
        title: typeof e.title === 'string' ? e.title : '',
        detail: typeof e.detail === 'string' ? e.detail : ''
      }
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): the status code alone has to speak.
  }
  return { title: '', detail: '' }
}
