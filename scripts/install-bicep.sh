#!/usr/bin/env bash
# Installs the pinned bicep CLI into .tools/bicep/bicep from NuGet (never from GitHub), so tests
# and CI run against the real compiler. Idempotent: does nothing when that version is already there.
set -euo pipefail

BICEP_VERSION="0.49.2"
PACKAGE_ID="Azure.Bicep.CommandLine.linux-x64"

package_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target_dir="${package_root}/.tools/bicep"
target="${target_dir}/bicep"

if [[ -x "${target}" ]] && "${target}" --version 2>/dev/null | grep -q "Bicep CLI version ${BICEP_VERSION} "; then
  echo "bicep ${BICEP_VERSION} is already installed at ${target}"
  exit 0
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install-bicep: dotnet is required to restore ${PACKAGE_ID} from NuGet." >&2
  echo "Alternatively download bicep ${BICEP_VERSION} from https://github.com/Azure/bicep/releases and pass --bicep-path." >&2
  exit 1
fi

work_dir="$(mktemp -d)"
trap 'rm -rf "${work_dir}"' EXIT

# A throwaway project whose only purpose is to make NuGet download the package.
cat >"${work_dir}/restore-bicep.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="${PACKAGE_ID}" Version="[${BICEP_VERSION}]" />
  </ItemGroup>
</Project>
PROJECT

dotnet restore "${work_dir}/restore-bicep.csproj" --nologo

packages_dir="${NUGET_PACKAGES:-${HOME}/.nuget/packages}"
source_binary="${packages_dir}/azure.bicep.commandline.linux-x64/${BICEP_VERSION}/tools/bicep"
if [[ ! -f "${source_binary}" ]]; then
  echo "install-bicep: restore finished but ${source_binary} does not exist." >&2
  exit 1
fi

mkdir -p "${target_dir}"
cp "${source_binary}" "${target}.tmp"
chmod +x "${target}.tmp"
mv "${target}.tmp" "${target}"
"${target}" --version
