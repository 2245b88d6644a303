#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run-fuzz.sh HARNESS NEW-FOLDER CORPUS [libFuzzer options]: runs a harness over its committed
# corpus, keeping what it finds in NEW-FOLDER so the corpus in the source tree stays as it is.
set -eu
harness=$1 new=$2 corpus=$3
shift 3
rm -rf "$new"
mkdir -p "$new"
exec "$harness" "$@" "$new" "$corpus"
