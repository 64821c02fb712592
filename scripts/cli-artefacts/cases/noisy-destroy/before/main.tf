resource "terraform_data" "database" {
  input = "orders"
}

resource "terraform_data" "app" {
  input = "v1"
}
