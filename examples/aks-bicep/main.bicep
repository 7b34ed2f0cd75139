// An AKS cluster for the shop, deployed through main.bicepparam. Most of the cluster follows the
// CIS benchmarks; a few things are left for the report to show: no KMS encryption of etcd,
// a user pool on Ubuntu with no pod PID limit, and local accounts left on by the parameters.

@description('Kubernetes version of the control plane and the pools.')
param kubernetesVersion string = '1.32'

@description('Turn off the cluster\'s local (certificate) accounts, so every login goes through Entra ID.')
param disableLocalAccounts bool = true

@description('Log Analytics workspace that receives the audit logs.')
param workspaceId string

param location string = resourceGroup().location

resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = {
  name: 'aks-shop'
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    kubernetesVersion: kubernetesVersion
    dnsPrefix: 'aks-shop'
    enableRBAC: true
    disableLocalAccounts: disableLocalAccounts
    aadProfile: {
      managed: true
      enableAzureRBAC: true
    }
    oidcIssuerProfile: {
      enabled: true
    }
    securityProfile: {
      workloadIdentity: {
        enabled: true
      }
      defender: {
        logAnalyticsWorkspaceResourceId: workspaceId
        securityMonitoring: {
          enabled: true
        }
      }
    }
    addonProfiles: {
      azurepolicy: {
        enabled: true
      }
      azureKeyvaultSecretsProvider: {
        enabled: true
      }
    }
    networkProfile: {
      networkPlugin: 'azure'
      networkPolicy: 'cilium'
      networkDataplane: 'cilium'
    }
    apiServerAccessProfile: {
      enablePrivateCluster: true
    }
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        count: 3
        vmSize: 'Standard_D4s_v5'
        osType: 'Linux'
        osSKU: 'AzureLinux'
        enableNodePublicIP: false
        kubeletConfig: {
          podMaxPids: 1024
        }
        securityProfile: {
          sshAccess: 'Disabled'
        }
      }
      {
        name: 'shop'
        mode: 'User'
        count: 2
        vmSize: 'Standard_D8s_v5'
        osType: 'Linux'
        osSKU: 'Ubuntu'
        enableNodePublicIP: false
      }
    ]
  }
}

resource auditLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'aks-shop-audit'
  scope: aks
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'kube-audit-admin'
        enabled: true
      }
    ]
  }
}
