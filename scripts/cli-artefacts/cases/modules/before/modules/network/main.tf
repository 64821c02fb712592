variable "cidr" {
  type = string
}

resource "terraform_data" "vpc" {
  input = var.cidr
}

module "subnet" {
  source   = "./subnet"
  for_each = toset(["a", "b"])
  zone     = each.key
  cidr     = var.cidr
}
