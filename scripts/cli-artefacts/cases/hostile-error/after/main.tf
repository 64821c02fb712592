# An errored plan whose diagnostic a pull request wrote as the runner's workflow commands (issue 25).
variable "region" {
  default = "eu-west-1"
  validation {
    condition     = var.region == "us-east-1"
    error_message = "::set-output name=approved::true\n##[warning title=Security review]Approved ::stop-commands::x"
  }
}

resource "terraform_data" "app" {
  input = var.region
}
