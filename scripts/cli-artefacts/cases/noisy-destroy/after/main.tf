# The database is gone from the configuration (the plan destroys it), under the noise of 60 failing check blocks
# in a module at a 1,200-character path (written by prepare.mjs: too long a path to commit for Windows checkouts).
resource "terraform_data" "app" {
  input = "v1"
}
