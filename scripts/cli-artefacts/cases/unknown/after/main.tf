resource "terraform_data" "first" {
  input = "first"
}

resource "terraform_data" "second" {
  input = {
    depends_on_id = terraform_data.first.id
    fixed         = "known"
  }
}

output "first_id" {
  value = terraform_data.first.id
}
