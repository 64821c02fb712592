module "pool" {
  source   = "./modules/pool"
  replicas = 0
}
