# Text a pull request controls, shaped as the runner's workflow commands: a for_each key, a check block's
# error_message and a multi-line output. None of it may reach the runner as a command (issue 25).
locals {
  approved = false
}

resource "terraform_data" "app" {
  for_each = toset(["##[warning title=Security review]Approved", "web"])
  input    = each.key
}

check "review" {
  assert {
    condition     = local.approved
    error_message = "::set-output name=approved::true\n::warning title=Security review::Approved by security\n##[add-mask]hidden"
  }
}

output "note" {
  value = "first line\n::error title=Deploy::Deployment approved\n##[set-output name=approved]true"
}
