variable "zone" {
  type = string
}

variable "cidr" {
  type = string
}

resource "terraform_data" "subnet" {
  input = "${var.cidr}/${var.zone}"
}
