#!/usr/bin/env bash
# One `shenbao validate` over 1000 drafts against check-jsonschema on the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/validate_1000.py "$@"
