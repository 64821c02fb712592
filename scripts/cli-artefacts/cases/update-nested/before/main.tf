resource "terraform_data" "config" {
  input = {
    tags   = { team = "platform", env = "staging" }
    ports  = [80, 443]
    nested = { db = { size = "small", replicas = 1 } }
  }
}
