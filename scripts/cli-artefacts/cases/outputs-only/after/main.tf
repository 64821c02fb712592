resource "terraform_data" "same" {
  input = "same"
}

output "region" {
  value = "eu-central-1"
}

output "added" {
  value = ["a", "b"]
}
