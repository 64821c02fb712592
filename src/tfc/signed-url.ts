/**
 * What to mask of a signed storage URL: the whole of it, and its path with and without the query, which a message
 * could quote on their own (on Terraform Enterprise the credential is a path segment: `/_archivist/v1/object/…`).
 * Parts too short to be a credential are left alone: masking `/` would garble every line.
 */
export function signedParts(url: URL): string[] {
  return [url.href, `${url.pathname}${url.search}`, url.pathname].filter(part => part.length >= 16)
}
