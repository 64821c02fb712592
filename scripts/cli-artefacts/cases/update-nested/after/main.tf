resource "terraform_data" "config" {
  input = {
    tags   = { team = "platform", env = "production" }
    ports  = [80, 443, 8443]
    nested = { db = { size = "large", replicas = 3 } }
  }
}
