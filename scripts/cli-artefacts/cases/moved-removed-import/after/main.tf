resource "terraform_data" "new_name" {
  input = "moved"
}

moved {
  from = terraform_data.old_name
  to   = terraform_data.new_name
}

removed {
  from = terraform_data.forgotten
  lifecycle {
    destroy = false
  }
}

import {
  to = terraform_data.imported
  id = "imported-id"
}

resource "terraform_data" "imported" {
  input = "imported"
}
