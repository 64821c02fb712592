variable "name" {
  type = string
}

resource "terraform_data" "network" {
  input = var.name
}
