/** What a failed connection means for the user, and whether trying again can help. */
export interface NetworkFailure {
  reason: string
  /** Trying again cannot help: the address, the certificate or the protocol is wrong. */
  fatal: boolean
  /** The request cannot have reached the server: safe to repeat even for a write. */
  notSent: boolean
}

const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPROXY'])
const UNTRUSTED_CERTIFICATE = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE'
])

/** Classifies a connection error; `host` is where the request went. Never includes a URL (signed URLs are secrets). */
export function describeNetworkError(error: unknown, host: string): NetworkFailure {
  const e = error as NodeJS.ErrnoException
  const code = e?.code ?? ''
  const message = String(e?.message ?? error).replace(/https?:\/\/\S+/g, '<url>')
  if (UNTRUSTED_CERTIFICATE.has(code)) {
    return {
      reason: `the TLS certificate of ${host} is not signed by a certificate authority this runner trusts (${code}). For a Terraform Enterprise with a private CA, save the CA certificate (PEM) on the runner and set NODE_EXTRA_CA_CERTS to its path in the step's env`,
      fatal: true,
      notSent: true
    }
  }
  if (code === 'CERT_HAS_EXPIRED')
    return { reason: `the TLS certificate of ${host} has expired (${code}); renew it on the server`, fatal: true, notSent: true }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      reason: `the TLS certificate of ${host} is not valid for that name (${code}); use the host name the certificate was issued for in \`hostname\``,
      fatal: true,
      notSent: true
    }
  }
  if (code === 'EPROTO' || /wrong version number|packet length too long|unknown protocol/i.test(message)) {
    return {
      reason: `${host} does not speak TLS (${code || 'EPROTO'}): it looks like a plain-http server behind an https:// address. Check \`hostname\` (its port in particular)`,
      fatal: true,
      notSent: true
    }
  }
  if (code === 'ENOTFOUND') return { reason: `the host ${host} was not found (ENOTFOUND); check \`hostname\``, fatal: true, notSent: true }
  if (code === 'ETIMEDOUT' && /request timeout/i.test(message))
    return { reason: 'no answer within the request timeout', fatal: false, notSent: false }
  return { reason: code ? `${code} (${message})` : message, fatal: false, notSent: NOT_SENT.has(code) }
}
