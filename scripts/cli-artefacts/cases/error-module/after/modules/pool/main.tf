variable "replicas" {
  type = number
}

resource "terraform_data" "pool" {
  input = var.replicas

  lifecycle {
    precondition {
      condition     = var.replicas > 0
      error_message = "A pool needs at least one replica.\n\nSet replicas to 1 or more; 0 would leave the service without capacity."
    }
  }
}
