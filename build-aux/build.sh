#!/usr/bin/env bash
# Configures (once) and builds the build folder $1 with the meson options that follow.
set -euo pipefail
dir=$1; shift
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
if [[ ! -f $dir/build.ninja ]]; then
  meson setup "$dir" -Dwerror=true "$@" >/dev/null
fi
meson compile -C "$dir" >/dev/null || meson compile -C "$dir"
