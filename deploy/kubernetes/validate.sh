#!/usr/bin/env bash
# Renders both kustomize overlays (dev, prod) and validates every object offline against the Kubernetes API schemas and
# the project's rules (validate.mjs says which), then secret.example.yaml. Exits 1 if any of them does not render or
# validate (after checking all of them).
#
#   deploy/kubernetes/validate.sh          # from anywhere; needs kubectl (kustomize built in) and Node.js with npm
#                                          # (kubernetes-models declares node >=22; it runs on the build machines' 20)
#
# The first run installs the validator's two npm packages (package-lock.json) into deploy/kubernetes/node_modules.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "${here}/../.." && pwd)"
cd "${here}"

command -v kubectl >/dev/null || { echo "validate.sh: kubectl not found (Debian: apt-get install kubernetes-client)" >&2; exit 2; }
command -v node >/dev/null || { echo "validate.sh: node not found" >&2; exit 2; }
if [ ! -d node_modules/kubernetes-models ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# the project version: the <version> right after the root pom's <artifactId>earlyhelp-parent</artifactId>
version="$(sed -n '/<artifactId>earlyhelp-parent<\/artifactId>/,/<\/version>/{s:.*<version>\(.*\)</version>.*:\1:p}' "${root}/pom.xml" | head -n 1)"
[ -n "${version}" ] || { echo "validate.sh: could not read the project version from ${root}/pom.xml" >&2; exit 2; }

rendered="$(mktemp -d)"
trap 'rm -rf "${rendered}"' EXIT
status=0
for overlay in dev prod; do
  if kubectl kustomize "overlays/${overlay}" > "${rendered}/${overlay}.yaml"; then
    node validate.mjs "overlays/${overlay}" "${rendered}/${overlay}.yaml" "${version}" || status=1
  else
    echo "overlays/${overlay}: FAILED to render" >&2
    status=1
  fi
done
node validate.mjs "secret.example.yaml" secret.example.yaml "${version}" || status=1
# docker-compose.yml tags its images with the same version by default
stale="$(grep -o 'earlyhelp/[a-z-]*:${EARLYHELP_VERSION:-[^}]*}' "${root}/docker-compose.yml" | grep -v ":-${version}}" || true)"
if [ -n "${stale}" ] || ! grep -q "EARLYHELP_VERSION:-${version}}" "${root}/docker-compose.yml"; then
  echo "docker-compose.yml: FAILED, image tags not defaulting to the project version ${version}: ${stale:-none found}" >&2
  status=1
fi
[ "${status}" -eq 0 ] && echo "validate.sh: all manifests valid (project version ${version})"
exit "${status}"
