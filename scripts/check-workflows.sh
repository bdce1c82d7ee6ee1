#!/usr/bin/env bash
# Validates .github/workflows/*.yml against GitHub's schema with action-validator (from npm).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npx >/dev/null 2>&1; then
  echo "npx not found: workflow validation skipped (install nodejs and npm to run it)."
  exit 0
fi
status=0
for workflow in .github/workflows/*.yml; do
  if npx --yes @action-validator/cli@0.6.0 "$workflow" 2> >(grep -v "npm warn" >&2); then
    echo "valid: $workflow"
  else
    echo "INVALID: $workflow" >&2
    status=1
  fi
done
exit "$status"
