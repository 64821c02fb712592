resource "terraform_data" "app" {
  input = "v1"
}

check "version" {
  assert {
    condition     = terraform_data.app.input == "v2"
    error_message = "The app is not on v2 yet."
  }
}
