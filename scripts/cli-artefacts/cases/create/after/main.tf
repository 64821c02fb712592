resource "terraform_data" "single" {
  input = "hello"
}

resource "terraform_data" "object" {
  input = {
    name  = "web"
    ports = [80, 443]
    tags  = { team = "platform", env = "production" }
  }
}

resource "terraform_data" "counted" {
  count = 2
  input = "replica-${count.index}"
}

output "object_name" {
  value = terraform_data.object.output.name
}
