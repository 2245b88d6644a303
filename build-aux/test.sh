#!/usr/bin/env bash
# The README's second command: install what is missing, build twice (a normal build and one
# with AddressSanitizer and UndefinedBehaviorSanitizer, both with -Werror), run the whole test
# suite in each under a private X server and D-Bus session, then build the libFuzzer harnesses
# with clang (a third build) and run each briefly over its corpus, and print
# "N passed, N failed".
set -uo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
"$top/build-aux/ensure-packages.sh" || exit 1

export LSAN_OPTIONS="suppressions=$top/build-aux/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export GTK_A11Y=none GSK_RENDERER=cairo LC_ALL=C.UTF-8 GSETTINGS_BACKEND=memory

run_suite() {
  local dir=$1; shift
  rm -f "$dir/meson-logs/testlog.json"
  "$top/build-aux/build.sh" "$dir" "$@" || return 1
  xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    dbus-run-session -- meson test -C "$dir" --print-errorlogs --num-processes 2 2>&1 \
    | grep -v 'Failed to set fd limit'
}

status=0
run_suite _build || status=1
run_suite _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbench=false || status=1
CC=clang run_suite _build-fuzz -Dfuzzing=true || status=1

# Count every test of both runs from meson's logs; a build that failed counts as a failure.
python3 - "$status" _build _build-sanitize _build-fuzz <<'PY'
import json, os, sys
status = int(sys.argv[1])
passed = failed = 0
for d in sys.argv[2:]:
    log = os.path.join(d, "meson-logs", "testlog.json")
    if not os.path.exists(log):
        failed += 1
        continue
    for line in open(log):
        if line.strip():
            r = json.loads(line)["result"]
            if r in ("OK", "EXPECTEDFAIL"):
                passed += 1
            else:
                failed += 1
if passed == 0:
    failed = max(failed, 1)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or status else 0)
PY
