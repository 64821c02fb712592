resource "terraform_data" "database" {
  input = "orders"
}
