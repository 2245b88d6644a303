/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store.h: the SQLite database that holds suppliers, their collected performance data,
 * import batches and the grading scheme. The only module that speaks SQL. One TiersStore is
 * one connection: a worker thread opens its own on the same file. */
#pragma once

#include <glib.h>

#include "tiers-scheme.h"

G_BEGIN_DECLS

typedef struct _TiersStore TiersStore;

#define TIERS_STORE_SCHEMA_VERSION 10

char       *tiers_store_default_path       (void);
TiersStore *tiers_store_open               (const char  *path,
                                            GError     **error);
void        tiers_store_close              (TiersStore  *store);
const char *tiers_store_get_path           (TiersStore  *store);

/* How long a store opened after this call waits for another program (another window, the
 * command line, sqlite3) that is writing to the same database, before it gives up with a
 * message saying so; 30 seconds unless changed. After a second of waiting it calls NOTIFY
 * once (from the waiting thread) so a user hears why nothing happens. For the whole process:
 * the command line sets it from --wait. */
typedef void (*TiersStoreWaitNotify) (const char *path);
void        tiers_store_set_wait           (guint                 seconds,
                                            TiersStoreWaitNotify  notify);
int         tiers_store_get_schema_version (TiersStore  *store);

/* The scheme: the newest stored version is the current one. */
TiersScheme *tiers_store_load_scheme       (TiersStore        *store,
                                            gint64            *version,
                                            GError           **error);
gboolean     tiers_store_save_scheme       (TiersStore        *store,
                                            const TiersScheme *scheme,
                                            const char        *author,
                                            gint64            *version,
                                            GError           **error);

/* One stored version of the scheme: who saved it, when, and what changed against the one
 * before ("first version" for the first). */
typedef struct
{
  gint64  id;
  char   *created_at;
  char   *author;
  char   *summary;
} TiersSchemeVersion;

void         tiers_scheme_version_free        (TiersSchemeVersion *version);
/* Of TiersSchemeVersion*, oldest first. */
GPtrArray   *tiers_store_list_scheme_versions (TiersStore         *store,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TiersStore, tiers_store_close)

G_END_DECLS
