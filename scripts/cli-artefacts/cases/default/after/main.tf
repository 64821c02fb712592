resource "terraform_data" "example" {
  input = "hello"
}
