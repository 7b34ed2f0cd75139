terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.14"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.35"
    }
  }
}

provider "azurerm" {
  features {}
}

provider "kubernetes" {
  host                   = azurerm_kubernetes_cluster.main.kube_config[0].host
  client_certificate     = base64decode(azurerm_kubernetes_cluster.main.kube_config[0].client_certificate)
  client_key             = base64decode(azurerm_kubernetes_cluster.main.kube_config[0].client_key)
  cluster_ca_certificate = base64decode(azurerm_kubernetes_cluster.main.kube_config[0].cluster_ca_certificate)
}

data "http" "current_ip" {
  url = "https://api.ipify.org"
}

resource "azurerm_resource_group" "main" {
  name     = "rg-shop-prod"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "log-shop-prod"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

resource "azurerm_kubernetes_cluster" "main" {
  name                   = "aks-shop-prod"
  location               = azurerm_resource_group.main.location
  resource_group_name    = azurerm_resource_group.main.name
  dns_prefix             = "shop-prod"
  kubernetes_version     = "1.31"
  local_account_disabled = true
  oidc_issuer_enabled    = true
  azure_policy_enabled   = false

  default_node_pool {
    name    = "system"
    vm_size = "Standard_D4s_v5"
    os_sku  = "AzureLinux"

    kubelet_config {
      pod_max_pid = 1024
    }
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
    tenant_id          = "72f988bf-86f1-41af-91ab-2d7cd011db47"
  }

  api_server_access_profile {
    authorized_ip_ranges = ["${chomp(data.http.current_ip.response_body)}/32"]
  }

  key_management_service {
    key_vault_key_id         = "https://kv-shop-prod.vault.azure.net/keys/etcd/0123456789abcdef0123456789abcdef"
    key_vault_network_access = "Public"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                  = "user"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main.id
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
  os_sku                = "Ubuntu"
}

resource "azurerm_monitor_diagnostic_setting" "audit" {
  name                       = "aks-audit"
  target_resource_id         = azurerm_kubernetes_cluster.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "kube-audit-admin"
  }

  enabled_log {
    category = "guard"
  }
}

resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }

  spec {
    replicas = 2

    selector {
      match_labels = {
        app = "web"
      }
    }

    template {
      metadata {
        labels = {
          app = "web"
        }
      }

      spec {
        container {
          name  = "web"
          image = "mcr.microsoft.com/azuredocs/aks-helloworld:v1"

          port {
            container_port = 80
          }
        }

        container {
          name  = "log-shipper"
          image = "fluent/fluent-bit:3.1"

          security_context {
            privileged  = true
            run_as_user = 0
          }
        }
      }
    }
  }
}

resource "kubernetes_manifest" "deny_all" {
  manifest = {
    apiVersion = "networking.k8s.io/v1"
    kind       = "NetworkPolicy"
    metadata = {
      name      = "deny-all"
      namespace = "shop"
    }
    spec = {
      podSelector = {}
      policyTypes = ["Ingress", "Egress"]
    }
  }
}
