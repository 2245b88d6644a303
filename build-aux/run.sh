#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start Supplier Tiers on the
# default database (arguments are passed on, e.g. --db FILE).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/build-aux/ensure-packages.sh"
"$top/build-aux/build.sh" _build
exec meson devenv -C "$top/_build" "$top/_build/src/ui/supplier-tiers" "$@"
