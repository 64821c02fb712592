variable "password" {
  type      = string
  sensitive = true
  default   = "new-secret-Pa55w0rd"
}

resource "terraform_data" "db" {
  input = {
    user     = "admin"
    password = var.password
  }
}

resource "terraform_data" "token" {
  input = sensitive("new-token-9876543210")
}

output "password" {
  value     = var.password
  sensitive = true
}
