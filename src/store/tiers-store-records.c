/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-records.c: suppliers, incidents, feedback and ratings entered, corrected and
 * deleted by hand, each one transaction that also writes the record history
 * (record_change). The values are checked by the importer's rules (tiers-record-rules.c),
 * so a form and a file refuse the same things in the same words. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tiers-json.h"
#include "tiers-number.h"
#include "tiers-store-audit.h"
#include "tiers-store-private.h"
#include "tiers-store-records.h"

/* How each kind is stored: its table, the columns after supplier_id in the order of its
 * values from 1 on, and the import kind its batches carry. */
static const struct
{
  const char *table;
  const char *columns;
  const char *batch_kind;
  guint       date_field;
} kinds[TIERS_N_RECORD_KINDS] = {
  [TIERS_RECORD_INCIDENT] = { "incident", "date, severity, description", "incidents",
                              TIERS_INCIDENT_DATE },
  [TIERS_RECORD_FEEDBACK] = { "feedback", "date, rating, response_hours, comment", "feedback",
                              TIERS_FEEDBACK_DATE },
  [TIERS_RECORD_RATING] = { "rating", "criterion, date, evaluator, rating, comment", "ratings",
                            TIERS_RATING_DATE },
};

void
tiers_record_free (TiersRecord *record)
{
  if (record == NULL)
    return;
  g_strfreev (record->values);
  g_free (record->source);
  g_free (record);
}

void
tiers_record_change_free (TiersRecordChange *change)
{
  if (change == NULL)
    return;
  g_free (change->kind);
  g_free (change->action);
  g_free (change->happened_at);
  g_free (change->user_name);
  g_free (change->reason);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

/* VALUES trimmed, as the importer trims a row's values; NULL stays NULL. */
static char **
trim_values (const char * const *values,
             guint               n)
{
  char **trimmed = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    trimmed[i] = g_strstrip (g_strdup (values[i] ? values[i] : ""));
  return trimmed;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *value)
{
  if (value == NULL || value[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

/* "column=value" lines of the fields from FIRST on: what the history keeps of a record. */
static char *
describe (const char * const *names,
          const char * const *values,
          guint               first,
          guint               n)
{
  GString *text = g_string_new (NULL);

  for (guint i = first; i < n; i++)
    g_string_append_printf (text, "%s%s=%s", text->len ? "\n" : "", names[i],
                            values[i] ? values[i] : "");
  return g_string_free (text, FALSE);
}

static char *
describe_record (TiersRecordKind     kind,
                 const char * const *values)
{
  const char *names[TIERS_RECORD_MAX_FIELDS];
  guint n = tiers_record_kind_n_fields (kind);

  for (guint i = 0; i < n; i++)
    names[i] = tiers_record_field_name (kind, i);
  return describe (names, values, 0, n);
}

/* "column=value" LINES (describe) as one flat JSON object, or NULL for NULL. */
static char *
lines_json (const char *lines)
{
  g_autoptr(TiersJson) json = NULL;
  g_auto(GStrv) split = NULL;

  if (lines == NULL)
    return NULL;
  json = tiers_json_new ();
  split = g_strsplit (lines, "\n", -1);
  for (guint i = 0; split[i] != NULL; i++)
    {
      char *equals = strchr (split[i], '=');

      if (equals == NULL)
        continue;
      *equals = '\0';
      tiers_json_add_string (json, split[i], equals + 1);
    }
  return tiers_json_end (g_steal_pointer (&json));
}

/* Records the change of a record of the table KIND (or of the supplier SUPPLIER_ID itself)
 * in the audit trail, about the supplier, with BEFORE and AFTER as describe () writes them. */
static gboolean
audit_record (TiersStore  *store,
              const char  *kind,
              gint64       record_id,
              gint64       supplier_id,
              const char  *action,
              const char  *reason,
              const char  *before,
              const char  *after,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) find = tiers_store_prepare (store,
      "SELECT code FROM supplier WHERE id = ?1", error);
  g_autofree char *object = NULL;
  g_autofree char *before_json = lines_json (before);
  g_autofree char *after_json = NULL;
  gboolean supplier = g_str_equal (kind, "supplier");
  const char *name;

  if (find == NULL)
    return FALSE;
  sqlite3_bind_int64 (find, 1, supplier_id);
  if (sqlite3_step (find) == SQLITE_ROW)
    object = tiers_audit_supplier_object ((const char *) sqlite3_column_text (find, 0));
  else
    object = g_strdup_printf ("%s:%lld", kind, (long long) record_id);
  if (supplier)
    after_json = lines_json (after);
  else
    {
      /* The record's table, number and reason first, then its fields. */
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "record=%s\nid=%lld", kind, (long long) record_id);
      if (reason != NULL)
        g_string_append_printf (text, "\nreason=%s", reason);
      if (after != NULL)
        g_string_append_printf (text, "\n%s", after);
      after_json = lines_json (text->str);
    }
  if (supplier)
    name = g_str_equal (action, "added") ? TIERS_AUDIT_SUPPLIER_ADDED
                                         : TIERS_AUDIT_SUPPLIER_EDITED;
  else if (g_str_equal (action, "added"))
    name = TIERS_AUDIT_RECORD_ADDED;
  else if (g_str_equal (action, "edited"))
    name = TIERS_AUDIT_RECORD_EDITED;
  else
    name = TIERS_AUDIT_RECORD_DELETED;
  return tiers_store_audit_append (store, name, object, before_json, after_json, error);
}

static gboolean
write_history (TiersStore  *store,
               const char  *kind,
               gint64       record_id,
               gint64       supplier_id,
               const char  *action,
               const char  *reason,
               const char  *before,
               const char  *after,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "INSERT INTO record_change (kind, record_id, supplier_id, action, happened_at,"
      " user_name, reason, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  g_autofree char *now = tiers_store_now_iso ();

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, record_id);
  if (supplier_id > 0)
    sqlite3_bind_int64 (stmt, 3, supplier_id);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, g_get_user_name (), -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 7, reason);
  bind_text_or_null (stmt, 8, before);
  bind_text_or_null (stmt, 9, after);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return audit_record (store, kind, record_id, supplier_id, action, reason, before, after,
                       error);
}

/* Runs BODY's work in one transaction: commits when it succeeded, rolls back otherwise. */
static gboolean
finish (TiersStore *store,
        gboolean    ok,
        GError    **error)
{
  if (!ok)
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return tiers_store_commit (store, error);
}

static gboolean
require_reason (const char *reason,
                GError    **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason ? reason : ""));

  if (trimmed[0] != '\0')
    return TRUE;
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
               _("Say why: a correction needs a reason"));
  return FALSE;
}

/* ---- suppliers ---- */

char **
tiers_store_load_supplier (TiersStore  *store,
                           const char  *code,
                           gint64      *id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char **values;

  g_return_val_if_fail (store != NULL && code != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT id, code, name, category, contact, email, phone FROM supplier WHERE code = ?1",
      error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      break;
    case SQLITE_DONE:
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND, _("No supplier has the code “%s”"),
                   code);
      return NULL;
    default:
      tiers_store_set_error (store, error);
      return NULL;
    }
  if (id != NULL)
    *id = sqlite3_column_int64 (stmt, 0);
  values = g_new0 (char *, TIERS_SUPPLIER_N_FIELDS + 1);
  for (guint i = 0; i < TIERS_SUPPLIER_N_FIELDS; i++)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, (int) i + 1);

      values[i] = g_strdup (text ? text : "");
    }
  return values;
}

static gboolean
save_supplier (TiersStore          *store,
               gint64               id,
               const char * const  *values,
               gint64              *new_id,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GStrv) before = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  const char *names[TIERS_SUPPLIER_N_FIELDS];
  gint64 other = 0;
  int rc;

  for (guint i = 0; i < TIERS_SUPPLIER_N_FIELDS; i++)
    names[i] = tiers_supplier_field_name (i);
  /* Another supplier with the code? The form says so at the code's field. */
  if (tiers_store_find_supplier (store, values[TIERS_SUPPLIER_CODE], &other, NULL) &&
      other != id)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE,
                   _("code: another supplier has the code “%s”"), values[TIERS_SUPPLIER_CODE]);
      return FALSE;
    }
  if (id > 0)
    {
      g_autoptr(sqlite3_stmt) find = tiers_store_prepare (store,
          "SELECT code FROM supplier WHERE id = ?1", error);

      if (find == NULL)
        return FALSE;
      sqlite3_bind_int64 (find, 1, id);
      rc = sqlite3_step (find);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                       _("The supplier is no longer in the database"));
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        return tiers_store_set_error (store, error);
      before = tiers_store_load_supplier (store, (const char *) sqlite3_column_text (find, 0),
                                          NULL, error);
      if (before == NULL)
        return FALSE;
      old_text = describe (names, (const char * const *) before, 0, TIERS_SUPPLIER_N_FIELDS);
      stmt = tiers_store_prepare (store,
          "UPDATE supplier SET code = ?2, name = ?3, category = ?4, contact = ?5, email = ?6,"
          " phone = ?7 WHERE id = ?1", error);
    }
  else
    stmt = tiers_store_prepare (store,
        "INSERT INTO supplier (code, name, category, contact, email, phone)"
        " VALUES (?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  for (guint i = 0; i < TIERS_SUPPLIER_N_FIELDS; i++)
    bind_text_or_null (stmt, (int) i + 2, values[i]);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  if (id <= 0)
    id = sqlite3_last_insert_rowid (store->db);
  if (new_id != NULL)
    *new_id = id;
  new_text = describe (names, values, 0, TIERS_SUPPLIER_N_FIELDS);
  if (old_text != NULL && strcmp (old_text, new_text) == 0)
    return TRUE;   /* nothing changed: nothing to record, and the grades stay current */
  return write_history (store, "supplier", id, id, old_text ? "edited" : "added", NULL,
                        old_text, new_text, error);
}

gboolean
tiers_store_save_supplier (TiersStore          *store,
                           gint64               id,
                           const char * const  *values,
                           gint64              *new_id,
                           GError             **error)
{
  g_auto(GStrv) trimmed = NULL;
  g_autofree char *reason = NULL;

  g_return_val_if_fail (store != NULL && values != NULL, FALSE);

  trimmed = trim_values (values, TIERS_SUPPLIER_N_FIELDS);
  if (!tiers_supplier_check ((const char * const *) trimmed, NULL, &reason))
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID, reason);
      return FALSE;
    }
  if (!tiers_store_begin (store, error))
    return FALSE;
  return finish (store, save_supplier (store, id, (const char * const *) trimmed, new_id,
                                       error), error);
}

/* ---- records ---- */

/* TIERS_ERROR_FINALIZED when DATE lies in a finalized period of any kind. */
static gboolean
refuse_finalized_date (TiersStore *store,
                       const char *date,
                       GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "SELECT f.period FROM finalized_period f JOIN evaluation e USING (period)"
      " WHERE ?1 BETWEEN e.first_day AND e.last_day ORDER BY e.kind LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  g_set_error (error, TIERS_ERROR, TIERS_ERROR_FINALIZED,
               _("%s lies in %s, which is finalized: its records stay as they were graded. "
                 "Reopen %s on the Review page first (or supplier-tiers-cli reopen %s "
                 "--reason TEXT)"), date, (const char *) sqlite3_column_text (stmt, 0),
               (const char *) sqlite3_column_text (stmt, 0),
               (const char *) sqlite3_column_text (stmt, 0));
  return FALSE;
}

/* The batch that holds what is entered by hand of KIND, made on first use. */
static gboolean
by_hand_batch (TiersStore      *store,
               TiersRecordKind  kind,
               gint64          *id,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) find = tiers_store_prepare (store,
      "SELECT id FROM import_batch WHERE by_hand = 1 AND kind = ?1", error);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *now = NULL;
  int rc;

  if (find == NULL)
    return FALSE;
  sqlite3_bind_text (find, 1, kinds[kind].batch_kind, -1, SQLITE_STATIC);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    {
      *id = sqlite3_column_int64 (find, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  now = tiers_store_now_iso ();
  insert = tiers_store_prepare (store,
      "INSERT INTO import_batch (kind, file_name, sha256, imported_at, row_count, by_hand)"
      " VALUES (?1, '', 'by hand', ?2, 0, 1)", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, kinds[kind].batch_kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, now, -1, SQLITE_STATIC);
  if (sqlite3_step (insert) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  *id = sqlite3_last_insert_rowid (store->db);
  return TRUE;
}

static gboolean
count_by_hand (TiersStore *store,
               gint64      batch,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
      "UPDATE import_batch SET row_count = row_count + 1 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return tiers_store_set_error (store, error);
  return TRUE;
}

/* Binds the values from 1 on to parameters FIRST, FIRST + 1, ...: numbers as numbers, the
 * severity as stored. */
static void
bind_values (sqlite3_stmt            *stmt,
             int                      first,
             TiersRecordKind          kind,
             const char * const      *values,
             const TiersRecordValues *parsed)
{
  guint n = tiers_record_kind_n_fields (kind);

  for (guint f = 1; f < n; f++)
    {
      int index = first + (int) f - 1;

      if ((kind == TIERS_RECORD_FEEDBACK && f == TIERS_FEEDBACK_RATING) ||
          (kind == TIERS_RECORD_RATING && f == TIERS_RATING_RATING))
        sqlite3_bind_double (stmt, index, parsed->rating);
      else if (kind == TIERS_RECORD_FEEDBACK && f == TIERS_FEEDBACK_RESPONSE_HOURS)
        {
          if (parsed->has_hours)
            sqlite3_bind_double (stmt, index, parsed->hours);
          else
            sqlite3_bind_null (stmt, index);
        }
      else if (kind == TIERS_RECORD_INCIDENT && f == TIERS_INCIDENT_SEVERITY)
        sqlite3_bind_text (stmt, index, parsed->severity, -1, SQLITE_STATIC);
      else
        bind_text_or_null (stmt, index, values[f]);
    }
}

static gboolean
check_record (TiersStore          *store,
              TiersRecordKind      kind,
              const char * const  *values,
              TiersRecordValues   *parsed,
              GError             **error)
{
  g_autoptr(TiersScheme) scheme = NULL;
  g_autofree char *reason = NULL;

  if (kind == TIERS_RECORD_RATING && (scheme = tiers_store_load_scheme (store, NULL, error)) == NULL)
    return FALSE;
  if (!tiers_record_check (kind, values, scheme, parsed, NULL, &reason))
    {
      g_set_error_literal (error, TIERS_ERROR, TIERS_ERROR_INVALID, reason);
      return FALSE;
    }
  return refuse_finalized_date (store, values[kinds[kind].date_field], error);
}

static gboolean
constraint_error (TiersStore      *store,
                  TiersRecordKind  kind,
                  GError         **error)
{
  if (kind == TIERS_RECORD_RATING && (sqlite3_errcode (store->db) & 0xff) == SQLITE_CONSTRAINT)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DUPLICATE,
                   _("duplicate rating: this evaluator already rated this criterion of the "
                     "supplier on that date (correct that rating instead)"));
      return FALSE;
    }
  return tiers_store_set_error (store, error);
}

static gboolean
add_record (TiersStore          *store,
            TiersRecordKind      kind,
            const char * const  *values,
            gint64              *id,
            GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *after = NULL;
  TiersRecordValues parsed;
  guint n = tiers_record_kind_n_fields (kind);
  gint64 supplier = 0, batch = 0, new_id;
  GString *params = g_string_new ("?1, ?2");

  for (guint f = 1; f < n; f++)
    g_string_append_printf (params, ", ?%u", f + 2);
  sql = g_strdup_printf ("INSERT INTO %s (supplier_id, batch_id, %s) VALUES (%s)",
                         kinds[kind].table, kinds[kind].columns, params->str);
  g_string_free (params, TRUE);

  if (!tiers_store_find_supplier (store, values[0], &supplier, error) ||
      !check_record (store, kind, values, &parsed, error) ||
      !by_hand_batch (store, kind, &batch, error) ||
      (stmt = tiers_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, supplier);
  sqlite3_bind_int64 (stmt, 2, batch);
  bind_values (stmt, 3, kind, values, &parsed);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return constraint_error (store, kind, error);
  new_id = sqlite3_last_insert_rowid (store->db);
  if (id != NULL)
    *id = new_id;
  after = describe_record (kind, values);
  return count_by_hand (store, batch, error) &&
         write_history (store, kinds[kind].table, new_id, supplier, "added", NULL, NULL, after,
                        error);
}

gboolean
tiers_store_add_record (TiersStore          *store,
                        TiersRecordKind      kind,
                        const char * const  *values,
                        gint64              *id,
                        GError             **error)
{
  g_auto(GStrv) trimmed = NULL;

  g_return_val_if_fail (store != NULL && kind < TIERS_N_RECORD_KINDS && values != NULL, FALSE);

  trimmed = trim_values (values, tiers_record_kind_n_fields (kind));
  if (!tiers_store_begin (store, error))
    return FALSE;
  return finish (store, add_record (store, kind, (const char * const *) trimmed, id, error),
                 error);
}

gboolean
tiers_store_add_ratings (TiersStore          *store,
                         const char          *supplier_code,
                         const char          *date,
                         const char          *evaluator,
                         const char * const  *criteria,
                         const char * const  *ratings,
                         guint                n,
                         const char          *comment,
                         GError             **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (store != NULL && (n == 0 || (criteria != NULL && ratings != NULL)),
                        FALSE);

  if (n == 0)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_INVALID,
                   _("rating is required but empty: rate at least one criterion"));
      return FALSE;
    }
  if (!tiers_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < n; i++)
    {
      const char *values[TIERS_RATING_N_FIELDS] = {
        [TIERS_RATING_SUPPLIER] = supplier_code, [TIERS_RATING_CRITERION] = criteria[i],
        [TIERS_RATING_DATE] = date, [TIERS_RATING_EVALUATOR] = evaluator,
        [TIERS_RATING_RATING] = ratings[i], [TIERS_RATING_COMMENT] = comment,
      };
      g_auto(GStrv) trimmed = trim_values (values, TIERS_RATING_N_FIELDS);

      ok = add_record (store, TIERS_RECORD_RATING, (const char * const *) trimmed, NULL,
                       error);
    }
  return finish (store, ok, error);
}

/* The record as stored, values as text; NULL with NOT_FOUND when it is gone. */
static TiersRecord *
load_record (TiersStore      *store,
             TiersRecordKind  kind,
             gint64           id,
             gint64          *supplier_id,
             GError         **error);

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      return g_strdup ("");
    case SQLITE_FLOAT:
    case SQLITE_INTEGER:
      return tiers_number_format (sqlite3_column_double (stmt, column));
    default:
      return g_strdup ((const char *) sqlite3_column_text (stmt, column));
    }
}

/* SELECT's columns: id, supplier_id, code, the kind's columns, file name, by_hand. */
static char *
select_sql (TiersRecordKind  kind,
            const char      *where)
{
  return g_strdup_printf ("SELECT r.id, r.supplier_id, s.code, %s, b.file_name, b.by_hand"
                          " FROM %s r JOIN supplier s ON s.id = r.supplier_id"
                          " JOIN import_batch b ON b.id = r.batch_id WHERE %s",
                          kinds[kind].columns, kinds[kind].table, where);
}

static TiersRecord *
read_record (sqlite3_stmt    *stmt,
             TiersRecordKind  kind)
{
  TiersRecord *record = g_new0 (TiersRecord, 1);
  guint n = tiers_record_kind_n_fields (kind);

  record->kind = kind;
  record->id = sqlite3_column_int64 (stmt, 0);
  record->values = g_new0 (char *, n + 1);
  for (guint f = 0; f < n; f++)
    record->values[f] = column_text (stmt, 2 + (int) f);
  if (sqlite3_column_int (stmt, 3 + (int) n) == 0)
    record->source = g_strdup ((const char *) sqlite3_column_text (stmt, 2 + (int) n));
  return record;
}

static TiersRecord *
load_record (TiersStore      *store,
             TiersRecordKind  kind,
             gint64           id,
             gint64          *supplier_id,
             GError         **error)
{
  g_autofree char *sql = select_sql (kind, "r.id = ?1");
  g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_NOT_FOUND,
                   _("The %s is no longer in the database"), tiers_record_kind_to_string (kind));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      tiers_store_set_error (store, error);
      return NULL;
    }
  *supplier_id = sqlite3_column_int64 (stmt, 1);
  return read_record (stmt, kind);
}

static gboolean
change_record (TiersStore          *store,
               TiersRecordKind      kind,
               gint64               id,
               const char * const  *values,
               const char          *reason,
               GError             **error)
{
  g_autoptr(TiersRecord) before = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *sql = NULL;
  g_auto(GStrv) columns = NULL;
  GString *set = g_string_new (NULL);
  const char *own[TIERS_RECORD_MAX_FIELDS];
  TiersRecordValues parsed;
  gint64 supplier = 0;

  before = load_record (store, kind, id, &supplier, error);
  if (before == NULL ||
      !refuse_finalized_date (store, before->values[kinds[kind].date_field], error))
    {
      g_string_free (set, TRUE);
      return FALSE;
    }
  if (values != NULL)
    {
      /* The supplier stays the record's own. */
      memcpy (own, values, tiers_record_kind_n_fields (kind) * sizeof *own);
      own[0] = before->values[0];
      values = own;
      if (!check_record (store, kind, values, &parsed, error))
        {
          g_string_free (set, TRUE);
          return FALSE;
        }
      columns = g_strsplit (kinds[kind].columns, ", ", -1);
      for (guint c = 0; columns[c] != NULL; c++)
        g_string_append_printf (set, "%s%s = ?%u", c ? ", " : "", columns[c], c + 2);
      sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?1", kinds[kind].table, set->str);
    }
  else
    sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", kinds[kind].table);
  g_string_free (set, TRUE);

  stmt = tiers_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (values != NULL)
    bind_values (stmt, 2, kind, values, &parsed);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return constraint_error (store, kind, error);
  old_text = describe_record (kind, (const char * const *) before->values);
  if (values != NULL)
    {
      new_text = describe_record (kind, values);
      if (strcmp (old_text, new_text) == 0)
        return TRUE;   /* nothing changed */
    }
  return write_history (store, kinds[kind].table, id, supplier,
                        values ? "edited" : "deleted", reason, old_text, new_text, error);
}

gboolean
tiers_store_change_record (TiersStore          *store,
                           TiersRecordKind      kind,
                           gint64               id,
                           const char * const  *values,
                           const char          *reason,
                           GError             **error)
{
  g_auto(GStrv) trimmed = NULL;
  g_autofree char *why = NULL;

  g_return_val_if_fail (store != NULL && kind < TIERS_N_RECORD_KINDS && values != NULL, FALSE);

  if (!require_reason (reason, error))
    return FALSE;
  why = g_strstrip (g_strdup (reason));
  trimmed = trim_values (values, tiers_record_kind_n_fields (kind));
  if (!tiers_store_begin (store, error))
    return FALSE;
  return finish (store, change_record (store, kind, id, (const char * const *) trimmed, why,
                                       error), error);
}

gboolean
tiers_store_delete_record (TiersStore          *store,
                           TiersRecordKind      kind,
                           gint64               id,
                           const char          *reason,
                           GError             **error)
{
  g_autofree char *why = NULL;

  g_return_val_if_fail (store != NULL && kind < TIERS_N_RECORD_KINDS, FALSE);

  if (!require_reason (reason, error))
    return FALSE;
  why = g_strstrip (g_strdup (reason));
  if (!tiers_store_begin (store, error))
    return FALSE;
  return finish (store, change_record (store, kind, id, NULL, why, error), error);
}

GPtrArray *
tiers_store_list_records (TiersStore      *store,
                          TiersRecordKind  kind,
                          const char      *supplier_code,
                          const char      *first,
                          const char      *last,
                          GError         **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_record_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (store != NULL && kind < TIERS_N_RECORD_KINDS && supplier_code, NULL);

  sql = select_sql (kind, "s.code = ?1 AND r.date >= coalesce (?2, r.date)"
                          " AND r.date <= coalesce (?3, r.date) ORDER BY r.date DESC, r.id DESC");
  stmt = tiers_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, supplier_code, -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 2, first);
  bind_text_or_null (stmt, 3, last);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, read_record (stmt, kind));
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&records);
}

GPtrArray *
tiers_store_list_record_changes (TiersStore  *store,
                                 const char  *supplier_code,
                                 GError     **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) tiers_record_change_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = tiers_store_prepare (store,
      "SELECT kind, record_id, action, happened_at, user_name, reason, before, after"
      " FROM record_change WHERE ?1 IS NULL"
      "  OR supplier_id = (SELECT id FROM supplier WHERE code = ?1) ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  bind_text_or_null (stmt, 1, supplier_code);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TiersRecordChange *change = g_new0 (TiersRecordChange, 1);

      change->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      change->record_id = sqlite3_column_int64 (stmt, 1);
      change->action = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      change->happened_at = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      change->user_name = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      change->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      change->before = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      change->after = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      g_ptr_array_add (changes, change);
    }
  if (rc != SQLITE_DONE)
    return tiers_store_set_error (store, error), NULL;
  return g_steal_pointer (&changes);
}
