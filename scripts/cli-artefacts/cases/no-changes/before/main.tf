resource "terraform_data" "steady" {
  input = "steady"
}
