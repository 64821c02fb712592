/** The configuration a run is created on. `id` undefined: the workspace's latest, chosen by HCP Terraform. */
export interface Configuration {
  id?: string
  /** Where it came from, for the report ("uploaded from acme/infra@0123abc", "promoted from staging", …). */
  source?: string
  /** Something a reviewer must know about the code this run plans. */
  warning?: string
  /** The archive root, when the code was uploaded from this checkout: where diagnostics' files are found. */
  root?: string
}
