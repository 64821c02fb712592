/** The configuration a run is created on. `id` undefined: the workspace's latest, chosen by HCP Terraform. */
export interface Configuration {
  id?: string
  /** Where it came from, for the report ("promoted from staging", "github", …). */
  source?: string
}
