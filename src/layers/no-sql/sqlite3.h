/* SPDX-License-Identifier: GPL-3.0-or-later */
/* layers/no-sql/sqlite3.h: stands in front of SQLite's header for the layers that must not
 * speak SQL (src/core, src/render): SQL belongs to src/store alone (docs/architecture.md,
 * "Layers"). SQLite's header lies on the compiler's default path, so only this folder, put
 * first on those layers' include path, stops it. */
#error "SQL belongs to src/store: src/core and src/render must not include sqlite3.h"
