/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-backup.h: backing the database up into a file and restoring it from one,
 * through SQLite's online backup API, safe while other connections (the window, another
 * command) have the database open and write to it (docs/reliability.md, "Backups"). */
#pragma once

#include <glib.h>

#include "tiers-store.h"

G_BEGIN_DECLS

/* Copies the database as it is at one moment into PATH: into a file beside PATH first,
 * moved over PATH once it is complete and checked, so a failed backup leaves PATH as it
 * was. Refuses PATH when it is the database itself, or an existing file that is not an
 * SQLite database. */
gboolean tiers_store_back_up (TiersStore  *store,
                              const char  *path,
                              GError     **error);

/* Replaces the database's content by the backup at PATH. The backup is copied beside the
 * database, checked (an SQLite file, intact, of Supplier Tiers, of this version or an older
 * one, which is then upgraded) and given an audit entry saying it was restored; only then
 * is it copied into the database in one transaction. Anything refused leaves the database
 * as it was, with a message that says why. */
gboolean tiers_store_restore (TiersStore  *store,
                              const char  *path,
                              GError     **error);

G_END_DECLS
