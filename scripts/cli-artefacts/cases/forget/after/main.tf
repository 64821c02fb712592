# The database leaves Terraform's management but is not destroyed: the plan only forgets it.
removed {
  from = terraform_data.database
  lifecycle {
    destroy = false
  }
}
