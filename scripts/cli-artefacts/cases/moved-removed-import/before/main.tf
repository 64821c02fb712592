resource "terraform_data" "old_name" {
  input = "moved"
}

resource "terraform_data" "forgotten" {
  input = "left in place"
}
