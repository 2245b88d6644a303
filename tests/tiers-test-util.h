/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-test-util.h: what several tests share: running the command line as a user would,
 * waiting on the main loop for a worker's answer, and removing a test's folder. */
#pragma once

#include <glib.h>

#include "tiers-import.h"
#include "tiers-scheme.h"
#include "tiers-store.h"

G_BEGIN_DECLS

typedef struct
{
  int   status;   /* the exit status */
  char *out;
  char *err;
} TiersTestRun;

void     tiers_test_run_clear    (TiersTestRun *run);
/* Runs $SUPPLIER_TIERS_CLI [--db DB] with the NULL-terminated arguments. */
void     tiers_test_run_cli      (TiersTestRun *run,
                                  const char   *db,
                                  ...) G_GNUC_NULL_TERMINATED;
void     tiers_test_remove_tree  (const char   *dir);
/* Fails the test, showing what the command printed, unless it exited with STATUS. */
void     tiers_test_assert_status (TiersTestRun *run,
                                   int           status);
/* Fails the test, showing TEXT, unless it contains PART. */
void     tiers_test_assert_contains (const char *text,
                                     const char *part);
gboolean tiers_test_on_timeout   (gpointer      condition_text);

/* A database in a folder of its own, filled through the command line with the scheme,
 * suppliers and receipts of tests/data/SET: the fixture of the command tests. */
typedef struct
{
  char *dir;
  char *db;
} TiersTestDatabase;

void     tiers_test_database_set_up    (TiersTestDatabase *database,
                                        const char        *set);
/* The same with the files KINDS (NULL-terminated: "suppliers", "receipts", "feedback", ...,
 * each KIND.csv of the set) imported in that order after the scheme. */
void     tiers_test_database_set_up_with (TiersTestDatabase  *database,
                                          const char         *set,
                                          const char * const *kinds);
void     tiers_test_database_tear_down (TiersTestDatabase *database);

/* A store in a folder of its own holding SCHEME (NULL: tests/data/SET/scheme.ini) and the
 * suppliers and receipts of tests/data/SET: the fixture of the store tests. */
typedef struct
{
  char       *dir;
  char       *path;     /* the database file */
  TiersStore *store;
  gint64      version;  /* of the scheme */
} TiersTestStore;

/* The store with the scheme only. */
void     tiers_test_store_open      (TiersTestStore     *test_store,
                                     const char         *set,
                                     const TiersScheme  *scheme);
void     tiers_test_store_set_up    (TiersTestStore     *test_store,
                                     const char         *set,
                                     const TiersScheme  *scheme);
/* Imports tests/data/SET/NAME as KIND; the test fails unless it lands. */
void     tiers_test_store_import    (TiersTestStore     *test_store,
                                     const char         *set,
                                     TiersImportKind     kind,
                                     const char         *name);
void     tiers_test_store_tear_down (TiersTestStore     *test_store);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TiersTestRun, tiers_test_run_clear)

/* Iterates the main loop until CONDITION holds; worker threads report through it. A
 * condition that never comes true fails the test after 30 s instead of hanging it. */
#define TIERS_TEST_WAIT_UNTIL(condition) \
  G_STMT_START { \
    guint timeout_ = g_timeout_add_seconds (30, tiers_test_on_timeout, (gpointer) #condition); \
    while (!(condition)) \
      g_main_context_iteration (NULL, TRUE); \
    g_source_remove (timeout_); \
  } G_STMT_END

G_END_DECLS
