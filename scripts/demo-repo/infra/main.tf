# A small configuration the demo uploads with `directory`, as a pull request's code would be.
terraform {
  required_version = ">= 1.5"
}

module "network" {
  source = "./modules/network"
  name   = var.name
}

variable "name" {
  type    = string
  default = "demo"
}
