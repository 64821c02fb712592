resource "terraform_data" "keyed" {
  for_each = toset(["plain", "with\"quote", "dotted.key", "bracket[0]", "back\\slash"])
  input    = each.key
}

resource "terraform_data" "counted" {
  count = 3
  input = count.index
}
