resource "terraform_data" "same" {
  input = "same"
}

output "region" {
  value = "eu-west-1"
}

output "removed" {
  value = "going away"
}
