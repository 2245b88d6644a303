#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the translation template from po/POTFILES.in and merges it into po/*.po, so new
# strings arrive there empty and changed ones fuzzy, ready to translate. Then
# `build-aux/translations.py check` (the i18n test) says what is still to do.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec python3 "$top/build-aux/translations.py" update "$top"
