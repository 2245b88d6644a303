/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-set.h: several files imported as one user action. Each file still lands whole
 * or not at all (the importer runs under a savepoint), and a later file sees the rows of the
 * files before it, so receipts can name suppliers from a file of the same set. */
#pragma once

#include "tiers-store.h"

G_BEGIN_DECLS

/* Opens the set's transaction; then import the files with tiers_store_import_stream(). */
gboolean tiers_store_begin_import_set (TiersStore  *store,
                                       GError     **error);
/* Commits what the set's files imported (KEEP), or rolls all of it back: a check of the set
 * imports it for real and ends without keeping anything. */
gboolean tiers_store_end_import_set   (TiersStore  *store,
                                       gboolean     keep,
                                       GError     **error);

G_END_DECLS
