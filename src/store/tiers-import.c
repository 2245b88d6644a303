/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import.c: importing a CSV file of docs/formats.md in one streaming pass: the header is
 * checked, then every row is validated and written inside one transaction (or a savepoint,
 * when the caller already holds a transaction). Any bad row rolls the whole file back. A kind
 * may hold its checked rows back and store them once the file is read (receipts, sorted). */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-csv.h"
#include "tiers-import-private.h"
#include "tiers-json.h"
#include "tiers-store-audit.h"
#include "tiers-record-rules.h"

/* A larger page cache than the default keeps the index pages being filled in memory while
 * millions of rows go in; it is a fixed ceiling, so memory stays flat however large the
 * file. More measured no faster. */
#define IMPORT_CACHE_KIB 16384
#define PROGRESS_EVERY_ROWS 4096
/* For a kind that holds its rows back, about the share of its time that reading takes (a
 * fifth to a third for bench-import's receipts); the progress reported goes on while the
 * held rows are stored. */
#define READING_SHARE 0.3

static const char * const kind_names[TIERS_N_IMPORT_KINDS] = {
  "suppliers", "receipts", "incidents", "feedback", "ratings",
};

const char *
tiers_import_kind_to_string (TiersImportKind kind)
{
  g_return_val_if_fail (kind < TIERS_N_IMPORT_KINDS, NULL);
  return kind_names[kind];
}

gboolean
tiers_import_kind_from_string (const char      *text,
                               TiersImportKind *kind)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint k = 0; k < TIERS_N_IMPORT_KINDS; k++)
    if (strcmp (text, kind_names[k]) == 0)
      {
        *kind = (TiersImportKind) k;
        return TRUE;
      }
  return FALSE;
}

const char *
tiers_import_kind_label (TiersImportKind kind)
{
  switch (kind)
    {
    case TIERS_IMPORT_SUPPLIERS: return _("Suppliers");
    case TIERS_IMPORT_RECEIPTS: return _("Receipts");
    case TIERS_IMPORT_INCIDENTS: return _("Incidents");
    case TIERS_IMPORT_FEEDBACK: return _("Feedback");
    case TIERS_IMPORT_RATINGS: return _("Ratings");
    case TIERS_N_IMPORT_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
find_column (const TiersImportKindInfo *info,
             const char                *name)
{
  for (guint c = 0; c < info->n_columns; c++)
    if (strcmp (info->columns[c].name, name) == 0)
      return (int) c;
  return -1;
}

/* A kind fits when it knows every column and finds each of its required ones; the required
 * sets differ enough that at most one kind fits a sound header. */
gboolean
tiers_import_kind_detect (const char * const *columns,
                          TiersImportKind    *kind)
{
  g_return_val_if_fail (columns != NULL, FALSE);

  for (guint k = 0; k < TIERS_N_IMPORT_KINDS; k++)
    {
      const TiersImportKindInfo *info = tiers_import_kind_info ((TiersImportKind) k);
      gboolean seen[TIERS_IMPORT_MAX_COLUMNS] = { FALSE };
      gboolean fits = TRUE;

      for (guint i = 0; fits && columns[i] != NULL; i++)
        {
          g_autofree char *name = g_strstrip (g_strdup (columns[i]));
          int c = find_column (info, name);

          fits = c >= 0;
          if (fits)
            seen[c] = TRUE;
        }
      for (guint c = 0; fits && c < info->n_columns; c++)
        fits = seen[c] || !info->columns[c].required;
      if (fits)
        {
          *kind = (TiersImportKind) k;
          return TRUE;
        }
    }
  return FALSE;
}

void
tiers_import_result_clear (TiersImportResult *result)
{
  g_return_if_fail (result != NULL);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  memset (result, 0, sizeof *result);
}

void
tiers_import_bad_row (TiersImport *import,
                      const char  *format,
                      ...)
{
  va_list args;

  g_free (import->reason);
  va_start (args, format);
  import->reason = g_strdup_vprintf (format, args);
  va_end (args);
}

gboolean
tiers_import_prepare (TiersImport *import,
                      guint        slot,
                      const char  *sql,
                      GError     **error)
{
  g_assert (slot < TIERS_IMPORT_MAX_STATEMENTS && import->stmts[slot] == NULL);
  import->stmts[slot] = tiers_store_prepare (import->store, sql, error);
  return import->stmts[slot] != NULL;
}

gboolean
tiers_import_has_column (TiersImport *import,
                         guint        column)
{
  return import->field_of[column] >= 0;
}

/* ---- one run of the importer ---- */

typedef struct
{
  TiersImport        import;        /* first: a kind's TiersImport * is its Run */
  const char        *display_name;
  TiersCsvReader    *reader;
  TiersImportResult *result;
  guint              n_fields;     /* the header's */
  gboolean           savepoint;    /* inside the caller's transaction */
  gboolean           in_transaction;
  gboolean           foreign_keys;   /* to switch back on at the end */
  int                old_cache_size;
  GArray            *problem_lines;  /* guint64: the line of each of result->problems */
  TiersImportProgress progress;
  gpointer           progress_data;
  GCancellable      *cancellable;
} Run;

/* Keeps the first problems by line, whatever order they are found in: a kind that stores
 * sorted rows finds its duplicates out of the file's order. */
static void
add_problem (Run        *run,
             guint64     line,
             const char *reason)
{
  GPtrArray *problems = run->result->problems;
  guint at = problems->len;

  run->result->problems_total++;
  while (at > 0 && g_array_index (run->problem_lines, guint64, at - 1) > line)
    at--;
  if (at >= TIERS_IMPORT_MAX_PROBLEMS)
    return;
  if (problems->len == TIERS_IMPORT_MAX_PROBLEMS)
    {
      g_ptr_array_remove_index (problems, problems->len - 1);
      g_array_set_size (run->problem_lines, problems->len);
    }
  g_ptr_array_insert (problems, (gint) at,
                      g_strdup_printf ("%s:%" G_GUINT64_FORMAT ": %s", run->display_name, line,
                                       reason));
  g_array_insert_val (run->problem_lines, at, line);
}

static char *
problems_message (TiersImportResult *result)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < result->problems->len; i++)
    g_string_append_printf (text, "%s%s", i ? "\n" : "",
                            (const char *) g_ptr_array_index (result->problems, i));
  if (result->problems_total > result->problems->len)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("... and %llu more"),
                              (unsigned long long) (result->problems_total -
                                                    result->problems->len));
    }
  return g_string_free (text, FALSE);
}

/* VALUE without the spaces and tabs around it; LENGTH is its length, as the reader knows it. */
static char *
trim_length (char  *value,
             gsize  length)
{
  char *end = value + length;

  while (*value == ' ' || *value == '\t')
    value++;
  while (end > value && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  *end = '\0';
  return value;
}

static char *
trim (char *value)
{
  return trim_length (value, strlen (value));
}

static gboolean
check_header (Run *run)
{
  const TiersImportKindInfo *info = run->import.info;
  TiersCsvReader *reader = run->reader;
  guint64 line = tiers_csv_reader_get_line (reader);
  guint64 before = run->result->problems_total;

  run->n_fields = tiers_csv_reader_get_n_fields (reader);
  for (guint c = 0; c < TIERS_IMPORT_MAX_COLUMNS; c++)
    run->import.field_of[c] = -1;
  for (guint i = 0; i < run->n_fields; i++)
    {
      const char *name = trim (tiers_csv_reader_get_field (reader, i));
      int c = find_column (info, name);
      g_autofree char *reason = NULL;

      if (c < 0)
        reason = g_strdup_printf (_("unknown column “%s” in a %s file"), name,
                                  kind_names[run->import.kind]);
      else if (run->import.field_of[c] >= 0)
        reason = g_strdup_printf (_("column “%s” appears more than once"), name);
      else
        run->import.field_of[c] = (int) i;
      if (reason != NULL)
        add_problem (run, line, reason);
    }
  for (guint c = 0; c < info->n_columns; c++)
    if (info->columns[c].required && run->import.field_of[c] < 0)
      {
        g_autofree char *reason = g_strdup_printf (_("missing column “%s”"),
                                                   info->columns[c].name);
        add_problem (run, line, reason);
      }
  return run->result->problems_total == before;
}

/* Reads the header; FALSE with *error only when the stream itself failed. */
static gboolean
read_header (Run          *run,
             GCancellable *cancellable,
             GError      **error)
{
  switch (tiers_csv_reader_next (run->reader, cancellable, error))
    {
    case TIERS_CSV_ERROR:
      return FALSE;
    case TIERS_CSV_END:
      add_problem (run, 1, _("the file is empty: it needs a header row naming the columns"));
      return TRUE;
    case TIERS_CSV_BAD:
      add_problem (run, tiers_csv_reader_get_line (run->reader),
                   tiers_csv_reader_get_problem (run->reader));
      return TRUE;
    case TIERS_CSV_RECORD:
    default:
      check_header (run);
      return TRUE;
    }
}

static gboolean
load_supplier_ids (Run     *run,
                   GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (run->import.store,
                                                      "SELECT id, code FROM supplier", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  run->import.supplier_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (run->import.supplier_ids,
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
                           g_memdup2 (&id, sizeof id));
    }
  return rc == SQLITE_DONE || tiers_store_set_error (run->import.store, error);
}

static int
query_int (TiersStore *store,
           const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, NULL);

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
}

/* A caller that already holds a transaction (the sample loader) gets a savepoint, so a bad
 * file still rolls back alone and the caller's own work stays.
 * Foreign keys are off for the importer's own transaction: it resolves every supplier code
 * to a stored id itself, and the batch is its own row, so SQLite's repeat of those checks
 * (two lookups per row) would only cost time. SQLite ignores the pragma inside a
 * transaction, so under a savepoint the caller's setting holds. */
static gboolean
begin (Run     *run,
       GError **error)
{
  TiersStore *store = run->import.store;
  g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = -%d", IMPORT_CACHE_KIB);

  run->old_cache_size = query_int (store, "PRAGMA cache_size");
  if (!tiers_store_exec (store, pragma, error))
    return FALSE;
  run->savepoint = !sqlite3_get_autocommit (store->db);
  if (!run->savepoint)
    {
      run->foreign_keys = query_int (store, "PRAGMA foreign_keys");
      if (run->foreign_keys && !tiers_store_exec (store, "PRAGMA foreign_keys = OFF", error))
        return FALSE;
    }
  if (!tiers_store_exec (store, run->savepoint ? "SAVEPOINT tiers_import" : "BEGIN IMMEDIATE",
                         error))
    return FALSE;
  run->in_transaction = TRUE;
  return TRUE;
}

static gboolean
finish (Run      *run,
        gboolean  keep,
        GError  **error)
{
  TiersStore *store = run->import.store;
  g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = %d", run->old_cache_size);
  gboolean ok = TRUE;

  if (run->in_transaction)
    {
      if (keep)
        ok = run->savepoint ? tiers_store_exec (store, "RELEASE tiers_import", error)
                            : tiers_store_commit (store, error);
      else if (run->savepoint)
        sqlite3_exec (store->db, "ROLLBACK TO tiers_import; RELEASE tiers_import",
                      NULL, NULL, NULL);
      else
        tiers_store_rollback (store);
      run->in_transaction = FALSE;
    }
  if (run->foreign_keys)
    {
      sqlite3_exec (store->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
      run->foreign_keys = FALSE;
    }
  if (run->old_cache_size != 0)
    sqlite3_exec (store->db, pragma, NULL, NULL, NULL);
  return ok;
}

static gboolean
insert_batch (Run     *run,
              GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = tiers_store_now_iso ();

  /* The content's hash is known only at the end; the batch row exists from the start so
   * the rows can point at it, and gets its hash and counts when the file is through. */
  stmt = tiers_store_prepare (run->import.store,
                              "INSERT INTO import_batch (kind, file_name, sha256, imported_at, "
                              "row_count) VALUES (?, ?, '', ?, 0)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind_names[run->import.kind], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, run->display_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (run->import.store, error);
  run->import.batch_id = sqlite3_last_insert_rowid (run->import.store->db);
  return TRUE;
}

/* The batch in the audit trail, in the import's own transaction. */
static gboolean
audit_batch (Run     *run,
             GError **error)
{
  g_autoptr(TiersJson) after = tiers_json_new ();
  g_autofree char *after_text = NULL;
  g_autofree char *object = g_strdup_printf ("batch:%" G_GINT64_FORMAT, run->import.batch_id);

  tiers_json_add_string (after, "kind", kind_names[run->import.kind]);
  tiers_json_add_string (after, "file", run->display_name);
  tiers_json_add_int (after, "rows", (gint64) run->result->rows_imported);
  tiers_json_add_int (after, "skipped", (gint64) run->result->duplicates_skipped);
  tiers_json_add_string (after, "sha256", tiers_csv_reader_get_sha256 (run->reader));
  after_text = tiers_json_end (g_steal_pointer (&after));
  return tiers_store_audit_append (run->import.store, TIERS_AUDIT_IMPORT, object, NULL,
                                   after_text, error);
}

static gboolean
complete_batch (Run     *run,
                GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = tiers_store_prepare (run->import.store,
                              "UPDATE import_batch SET sha256 = ?, row_count = ?, "
                              "skipped_count = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tiers_csv_reader_get_sha256 (run->reader), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, (gint64) run->result->rows_imported);
  sqlite3_bind_int64 (stmt, 3, (gint64) run->result->duplicates_skipped);
  sqlite3_bind_int64 (stmt, 4, run->import.batch_id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (run->import.store, error);
  return audit_batch (run, error);
}

/* The same parsed content imported before as the same kind: say when, and under which name. */
static gboolean
check_not_imported_before (Run     *run,
                           GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *when_text = NULL;
  int rc;

  stmt = tiers_store_prepare (run->import.store,
                              "SELECT imported_at, file_name FROM import_batch "
                              "WHERE kind = ? AND sha256 = ? AND id <> ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind_names[run->import.kind], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, tiers_csv_reader_get_sha256 (run->reader), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, run->import.batch_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return tiers_store_set_error (run->import.store, error);

  when = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 0), NULL);
  when_text = when ? g_date_time_format (when, "%Y-%m-%d %H:%M")
                   : g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE,
               _("%s: the same %s were already imported on %s (from “%s”); nothing was "
                 "imported"), run->display_name, kind_names[run->import.kind], when_text,
               (const char *) sqlite3_column_text (stmt, 1));
  return FALSE;
}

/* Hands the row's values, trimmed, to the kind's rules. */
static TiersRowStatus
take_row (Run     *run,
          GError **error)
{
  TiersImport *import = &run->import;
  guint n = tiers_csv_reader_get_n_fields (run->reader);

  import->line = tiers_csv_reader_get_line (run->reader);
  if (n != run->n_fields)
    {
      tiers_import_bad_row (import, _("%u values, but the header names %u columns"), n,
                            run->n_fields);
      return TIERS_ROW_BAD;
    }
  for (guint c = 0; c < import->info->n_columns; c++)
    {
      int field = import->field_of[c];

      import->values[c] = field < 0 ? NULL
                                    : trim_length (tiers_csv_reader_get_field (run->reader,
                                                                               (guint) field),
                                                   tiers_csv_reader_get_field_length (
                                                     run->reader, (guint) field));
      if (import->info->columns[c].required)
        {
          g_autofree char *reason = tiers_rule_required (import->info->columns[c].name,
                                                         import->values[c]);

          if (reason != NULL)
            {
              tiers_import_bad_row (import, "%s", reason);
              return TIERS_ROW_BAD;
            }
        }
    }
  return import->info->row (import, error);
}

static void
report_progress (Run *run)
{
  guint64 bytes = tiers_csv_reader_get_bytes_read (run->reader);

  if (run->progress != NULL)
    run->progress (run->import.info->finish != NULL ? (guint64) (bytes * READING_SHARE) : bytes,
                   run->progress_data);
}

static void
count_row (Run            *run,
           guint64         line,
           TiersRowStatus  status)
{
  if (status == TIERS_ROW_BAD)
    add_problem (run, line, run->import.reason);
  else if (status == TIERS_ROW_SKIPPED)
    run->result->duplicates_skipped++;
  else if (status == TIERS_ROW_OK)
    run->result->rows_imported++;
}

void
tiers_import_row_done (TiersImport    *import,
                       guint64         line,
                       TiersRowStatus  status)
{
  count_row ((Run *) import, line, status);
}

gboolean
tiers_import_storing (TiersImport *import,
                      guint64      done,
                      guint64      total,
                      GError     **error)
{
  Run *run = (Run *) import;
  guint64 bytes = tiers_csv_reader_get_bytes_read (run->reader);

  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;
  if (run->progress != NULL && total > 0)
    run->progress ((guint64) (bytes * (READING_SHARE + (1 - READING_SHARE) * done / total)),
                   run->progress_data);
  return TRUE;
}

/* Every row is checked, even after a bad one, so the user sees all problems at once; good
 * rows keep going in so later duplicates of them are still found. */
static gboolean
read_rows (Run     *run,
           GError **error)
{
  GCancellable *cancellable = run->cancellable;

  for (guint64 n = 1; ; n++)
    {
      TiersRowStatus status;

      switch (tiers_csv_reader_next (run->reader, cancellable, error))
        {
        case TIERS_CSV_END:
          report_progress (run);
          return TRUE;
        case TIERS_CSV_ERROR:
          return FALSE;
        case TIERS_CSV_BAD:
          add_problem (run, tiers_csv_reader_get_line (run->reader),
                       tiers_csv_reader_get_problem (run->reader));
          continue;
        case TIERS_CSV_RECORD:
        default:
          break;
        }
      status = take_row (run, error);
      if (status == TIERS_ROW_FAILED)
        return FALSE;
      count_row (run, run->import.line, status);

      if (n % PROGRESS_EVERY_ROWS == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          report_progress (run);
        }
    }
}

/* Held rows are decided even after bad ones, so their duplicates are reported too. */
static gboolean
import_rows (Run     *run,
             GError **error)
{
  if (!read_header (run, run->cancellable, error))
    return FALSE;
  if (run->result->problems_total > 0)
    return TRUE;
  return load_supplier_ids (run, error) &&
         begin (run, error) &&
         insert_batch (run, error) &&
         run->import.info->prepare (&run->import, error) &&
         read_rows (run, error) &&
         (run->import.info->finish == NULL || run->import.info->finish (&run->import, error));
}

static void
run_clear (Run *run)
{
  for (guint s = 0; s < TIERS_IMPORT_MAX_STATEMENTS; s++)
    g_clear_pointer (&run->import.stmts[s], sqlite3_finalize);
  g_clear_pointer (&run->import.supplier_ids, g_hash_table_unref);
  g_clear_pointer (&run->import.item_ids, g_hash_table_unref);
  g_clear_pointer (&run->import.codes_seen, g_hash_table_unref);
  g_clear_pointer (&run->import.scheme, tiers_scheme_free);
  g_clear_pointer (&run->import.reason, g_free);
  g_clear_pointer (&run->import.held, tiers_record_sort_free);
  g_clear_pointer (&run->problem_lines, g_array_unref);
  g_clear_pointer (&run->reader, tiers_csv_reader_free);
}

/* Turns a failure of the stream or the database into the error the caller sees. */
static void
explain_failure (Run     *run,
                 GError **error)
{
  if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (error);
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_CANCELLED,
                   _("Import of %s cancelled; nothing was imported"), run->display_name);
    }
  else if ((*error)->domain != TIERS_ERROR)
    {
      GError *io = *error;

      *error = NULL;
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID, _("%s: cannot read: %s"),
                   run->display_name, io->message);
      g_error_free (io);
    }
}

gboolean
tiers_store_import_stream (TiersStore          *store,
                           TiersImportKind      kind,
                           const char          *display_name,
                           GInputStream        *stream,
                           TiersImportFlags     flags,
                           TiersImportProgress  progress,
                           gpointer             progress_data,
                           GCancellable        *cancellable,
                           TiersImportResult   *result,
                           GError             **error)
{
  Run run = { { 0 } };
  GError *local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (kind < TIERS_N_IMPORT_KINDS, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  tiers_import_result_clear (result);
  result->problems = g_ptr_array_new_with_free_func (g_free);
  run.import.store = store;
  run.import.kind = kind;
  run.import.info = tiers_import_kind_info (kind);
  run.import.flags = flags;
  run.display_name = display_name;
  run.result = result;
  run.reader = tiers_csv_reader_new (stream);
  run.problem_lines = g_array_new (FALSE, FALSE, sizeof (guint64));
  run.progress = progress;
  run.progress_data = progress_data;
  run.cancellable = cancellable;

  ok = import_rows (&run, &local_error);
  if (ok && run.in_transaction)
    ok = check_not_imported_before (&run, &local_error);
  if (g_error_matches (local_error, TIERS_ERROR, TIERS_ERROR_DUPLICATE))
    {
      /* Every row of a file imported twice is a duplicate: the one line that says so is
       * the whole story. */
      g_ptr_array_set_size (result->problems, 0);
      g_array_set_size (run.problem_lines, 0);
      result->problems_total = 0;
    }
  if (ok && result->problems_total > 0)
    {
      g_autofree char *message = problems_message (result);

      g_set_error_literal (&local_error, TIERS_ERROR, TIERS_ERROR_INVALID, message);
      ok = FALSE;
    }
  if (ok && !(flags & TIERS_IMPORT_CHECK_ONLY))
    ok = complete_batch (&run, &local_error) && finish (&run, TRUE, &local_error);
  finish (&run, FALSE, NULL);
  run_clear (&run);

  if (!ok)
    {
      /* Nothing landed, whatever was read before the refusal. */
      result->rows_imported = 0;
      result->duplicates_skipped = 0;
      explain_failure (&run, &local_error);
      g_propagate_error (error, local_error);
    }
  return ok;
}

gboolean
tiers_store_import_file (TiersStore          *store,
                         TiersImportKind      kind,
                         const char          *path,
                         TiersImportFlags     flags,
                         TiersImportProgress  progress,
                         gpointer             progress_data,
                         GCancellable        *cancellable,
                         TiersImportResult   *result,
                         GError             **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  tiers_import_result_clear (result);
  result->problems = g_ptr_array_new_with_free_func (g_free);
  file = g_file_new_for_path (path);
  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND, _("Cannot open %s: %s"), path,
                   local_error->message);
      return FALSE;
    }
  return tiers_store_import_stream (store, kind, path, G_INPUT_STREAM (stream), flags,
                                    progress, progress_data, cancellable, result, error);
}
