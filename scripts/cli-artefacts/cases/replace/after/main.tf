resource "terraform_data" "server" {
  input            = "web"
  triggers_replace = { image = "ami-2222" }
}
