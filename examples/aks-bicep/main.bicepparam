using './main.bicep'

param kubernetesVersion = '1.32'
// Left on while the platform team still uses the admin kubeconfig; the report flags it.
param disableLocalAccounts = false
param workspaceId = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop/providers/Microsoft.OperationalInsights/workspaces/log-shop'
