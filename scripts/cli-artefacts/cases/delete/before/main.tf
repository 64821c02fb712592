resource "terraform_data" "kept" {
  input = "kept"
}

resource "terraform_data" "gone" {
  input = "gone"
}
