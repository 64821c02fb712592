variable "password" {
  type      = string
  sensitive = true
  default   = "old-secret-Pa55w0rd"
}

resource "terraform_data" "db" {
  input = {
    user     = "admin"
    password = var.password
  }
}

resource "terraform_data" "token" {
  input = sensitive("old-token-0123456789")
}

output "password" {
  value     = var.password
  sensitive = true
}
