/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-rows.c: the columns of each import kind (docs/formats.md) and the rules one row
 * of each must keep: numbers and their ranges, dates, known suppliers, duplicate records.
 * Receipts, which are sorted before they are stored, have tiers-import-receipts.c. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tiers-import-private.h"
#include "tiers-number.h"
#include "tiers-period.h"
#include "tiers-record-rules.h"

/* ---- the values of a row ---- */

/* The common shape of quantities and prices, "123" or "12.50" with at most 15 digits, read
 * without strtod: both the digits as a whole number and the power of ten are exact doubles,
 * so one division gives the correctly rounded value, the very one strtod gives. Anything
 * else goes the full way through tiers_number_parse(). */
static gboolean
parse_plain_decimal (const char *text,
                     double     *value)
{
  static const double powers[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                   1e11, 1e12, 1e13, 1e14, 1e15 };
  guint64 digits = 0;
  guint n = 0, decimals = 0;
  gboolean point = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p >= '0' && *p <= '9')
        {
          if (++n > 15)
            return FALSE;
          digits = digits * 10 + (guint64) (*p - '0');
          decimals += point;
        }
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }
  if (n == 0)
    return FALSE;
  *value = (double) digits / powers[decimals];
  return TRUE;
}

/* Reports REASON (taken), the rule a value broke, as the row's: FALSE when there is one. */
static gboolean
row_rule (TiersImport *import,
          char        *reason)
{
  if (reason == NULL)
    return TRUE;
  tiers_import_bad_row (import, "%s", reason);
  g_free (reason);
  return FALSE;
}

gboolean
tiers_import_row_number (TiersImport *import,
                         guint        column,
                         double      *value)
{
  return parse_plain_decimal (import->values[column], value) ||
         row_rule (import, tiers_rule_number (import->info->columns[column].name,
                                              import->values[column], value));
}

gboolean
tiers_import_row_day (TiersImport *import,
                      guint        column,
                      GDate       *date)
{
  return row_rule (import, tiers_rule_date (import->info->columns[column].name,
                                            import->values[column], date));
}

/* A valid YYYY-MM-DD as its Julian day, counted as GDate counts it (1 January of year 1 is
 * day 1), without going through a GDate: what tiers_date_parse() accepts, with the same
 * checks, done on millions of rows. FALSE for anything else. */
static gboolean
parse_plain_day (const char *text,
                 guint32    *day)
{
  static const guint16 before_month[2][13] = {
    { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 },
    { 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 },
  };
  static const guint8 month_days[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  guint digits[8], y, m, d, leap;

  for (guint i = 0, k = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (text[i] != '-')
            return FALSE;
          continue;
        }
      if (text[i] < '0' || text[i] > '9')
        return FALSE;
      digits[k++] = (guint) (text[i] - '0');
    }
  if (text[10] != '\0')
    return FALSE;
  y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  m = digits[4] * 10 + digits[5];
  d = digits[6] * 10 + digits[7];
  leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days[m] + (m == 2 ? leap : 0))
    return FALSE;
  y--;
  *day = before_month[leap][m] + d + y * 365 + y / 4 - y / 100 + y / 400;
  return TRUE;
}

gboolean
tiers_import_row_day_number (TiersImport *import,
                             guint        column,
                             guint32     *day)
{
  GDate date;

  if (parse_plain_day (import->values[column], day))
    return TRUE;
  if (!tiers_import_row_day (import, column, &date))
    return FALSE;
  *day = g_date_get_julian (&date);
  return TRUE;
}

/* The fields of an incident, feedback or rating row past its supplier code, by the rules
 * the window's forms keep too (tiers-record-rules.h). */
static gboolean
row_record (TiersImport       *import,
            TiersRecordKind    kind,
            TiersRecordValues *parsed)
{
  char *reason = NULL;

  return tiers_record_check (kind, import->values, import->scheme, parsed, NULL, &reason) ||
         row_rule (import, reason);
}

gboolean
tiers_import_row_supplier (TiersImport *import,
                           guint        column,
                           gint64      *id)
{
  const gint64 *found = g_hash_table_lookup (import->supplier_ids, import->values[column]);

  if (found != NULL)
    {
      *id = *found;
      return TRUE;
    }
  tiers_import_bad_row (import, _("unknown supplier code “%s” (import the suppliers first)"),
                        import->values[column]);
  return FALSE;
}

gboolean
tiers_import_row_at_least (TiersImport *import,
                           guint        column,
                           double       value,
                           double       minimum,
                           gboolean     inclusive)
{
  return row_rule (import, tiers_rule_at_least (import->info->columns[column].name,
                                                import->values[column], value, minimum,
                                                inclusive));
}

gboolean
tiers_import_row_between (TiersImport *import,
                          guint        column,
                          double       value,
                          double       minimum,
                          double       maximum)
{
  return row_rule (import, tiers_rule_between (import->info->columns[column].name,
                                               import->values[column], value, minimum,
                                               maximum));
}

/* Binds a value the statement copies while it steps; an absent or empty value is NULL. */
void
tiers_import_bind_text (sqlite3_stmt *stmt,
                        int           index,
                        const char   *value)
{
  if (value == NULL || value[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_STATIC);
}

static void
bind_optional_double (sqlite3_stmt *stmt,
                      int           index,
                      double        value,
                      gboolean      has_value)
{
  if (has_value)
    sqlite3_bind_double (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

TiersRowStatus
tiers_import_step (TiersImport  *import,
                   sqlite3_stmt *stmt,
                   GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tiers_store_set_error (import->store, error);
      return TIERS_ROW_FAILED;
    }
  return TIERS_ROW_OK;
}

/* Looks up a stored record like the current row: TIERS_ROW_OK when there is none. The
 * statement's first column is the batch the match came in by, which tells an earlier row of
 * this file (same batch) from a record imported before. */
TiersRowStatus
tiers_import_find_duplicate (TiersImport  *import,
                             sqlite3_stmt *stmt,
                             const char   *what,
                             GError      **error)
{
  int rc = sqlite3_step (stmt);
  gint64 batch = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TIERS_ROW_OK;
  if (rc != SQLITE_ROW)
    {
      tiers_store_set_error (import->store, error);
      return TIERS_ROW_FAILED;
    }
  return tiers_import_duplicate (import, what, batch == import->batch_id);
}

/* A row found to duplicate a record: skipped when asked, else bad, saying whether the match
 * is an earlier row of this file or a record imported before. */
TiersRowStatus
tiers_import_duplicate (TiersImport *import,
                        const char  *what,
                        gboolean     earlier_row)
{
  if (import->flags & TIERS_IMPORT_SKIP_DUPLICATES)
    return TIERS_ROW_SKIPPED;
  if (earlier_row)
    tiers_import_bad_row (import, _("duplicate %s: the same as an earlier row of this file "
                                    "(use --skip-duplicates to skip such rows)"), what);
  else
    tiers_import_bad_row (import, _("duplicate %s: already imported "
                                    "(use --skip-duplicates to skip such rows)"), what);
  return TIERS_ROW_BAD;
}

/* ---- suppliers ---- */

enum { SUP_CODE, SUP_NAME, SUP_CATEGORY, SUP_CONTACT, SUP_EMAIL, SUP_PHONE };
enum { SUP_INSERT, SUP_UPDATE };

static const TiersImportColumn supplier_columns[] = {
  { "code", TRUE }, { "name", TRUE }, { "category", TRUE },
  { "contact", FALSE }, { "email", FALSE }, { "phone", FALSE },
};

/* The update sets exactly the columns the file has: an absent column leaves the stored
 * value as it is, an empty one clears it. */
static gboolean
suppliers_prepare (TiersImport *import,
                   GError     **error)
{
  g_autoptr(GString) update = g_string_new ("UPDATE supplier SET name = ?2, category = ?3");

  for (guint c = SUP_CONTACT; c <= SUP_PHONE; c++)
    if (tiers_import_has_column (import, c))
      g_string_append_printf (update, ", %s = ?%u", supplier_columns[c].name, c + 1);
  g_string_append (update, " WHERE id = ?1");

  import->codes_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return tiers_import_prepare (import, SUP_INSERT,
                               "INSERT INTO supplier (code, name, category, contact, email, "
                               "phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error) &&
         tiers_import_prepare (import, SUP_UPDATE, update->str, error);
}

static TiersRowStatus
suppliers_row (TiersImport *import,
               GError     **error)
{
  const char *code = import->values[SUP_CODE];
  gpointer first_line = g_hash_table_lookup (import->codes_seen, code);
  const gint64 *id = g_hash_table_lookup (import->supplier_ids, code);
  sqlite3_stmt *stmt = import->stmts[id != NULL ? SUP_UPDATE : SUP_INSERT];
  TiersRowStatus status;

  if (first_line != NULL)
    {
      tiers_import_bad_row (import, _("supplier code “%s” again (first on line %llu)"), code,
                            (unsigned long long) GPOINTER_TO_SIZE (first_line));
      return TIERS_ROW_BAD;
    }
  for (guint c = SUP_CODE; c <= SUP_PHONE; c++)
    if (!row_rule (import, tiers_supplier_check_field (c, import->values[c])))
      return TIERS_ROW_BAD;
  g_hash_table_insert (import->codes_seen, g_strdup (code),
                       GSIZE_TO_POINTER ((gsize) import->line));

  if (id != NULL)
    sqlite3_bind_int64 (stmt, 1, *id);
  else
    tiers_import_bind_text (stmt, 1, code);
  for (guint c = SUP_NAME; c <= SUP_PHONE; c++)
    tiers_import_bind_text (stmt, (int) c + 1, import->values[c]);
  status = tiers_import_step (import, stmt, error);
  if (status == TIERS_ROW_OK && id == NULL)
    {
      gint64 new_id = sqlite3_last_insert_rowid (import->store->db);

      g_hash_table_insert (import->supplier_ids, g_strdup (code),
                           g_memdup2 (&new_id, sizeof new_id));
    }
  return status;
}

/* ---- incidents ---- */

enum { INC_SUPPLIER, INC_DATE, INC_SEVERITY, INC_DESCRIPTION };

static const TiersImportColumn incident_columns[] = {
  { "supplier_code", TRUE }, { "date", TRUE }, { "severity", TRUE }, { "description", FALSE },
};

static gboolean
incidents_prepare (TiersImport *import,
                   GError     **error)
{
  return tiers_import_prepare (import, 0,
                               "INSERT INTO incident (supplier_id, batch_id, date, severity, "
                               "description) VALUES (?1, ?2, ?3, ?4, ?5)", error);
}

static TiersRowStatus
incidents_row (TiersImport *import,
               GError     **error)
{
  sqlite3_stmt *stmt = import->stmts[0];
  TiersRecordValues parsed;
  gint64 supplier;

  if (!tiers_import_row_supplier (import, INC_SUPPLIER, &supplier) ||
      !row_record (import, TIERS_RECORD_INCIDENT, &parsed))
    return TIERS_ROW_BAD;
  sqlite3_bind_int64 (stmt, 1, supplier);
  sqlite3_bind_int64 (stmt, 2, import->batch_id);
  tiers_import_bind_text (stmt, 3, import->values[INC_DATE]);
  sqlite3_bind_text (stmt, 4, parsed.severity, -1, SQLITE_STATIC);
  tiers_import_bind_text (stmt, 5, import->values[INC_DESCRIPTION]);
  return tiers_import_step (import, stmt, error);
}

/* ---- feedback ---- */

enum { FB_SUPPLIER, FB_DATE, FB_RATING, FB_RESPONSE, FB_COMMENT };

static const TiersImportColumn feedback_columns[] = {
  { "supplier_code", TRUE }, { "date", TRUE }, { "rating", TRUE },
  { "response_hours", FALSE }, { "comment", FALSE },
};

static gboolean
feedback_prepare (TiersImport *import,
                  GError     **error)
{
  return tiers_import_prepare (import, 0,
                               "INSERT INTO feedback (supplier_id, batch_id, date, rating, "
                               "response_hours, comment) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
}

static TiersRowStatus
feedback_row (TiersImport *import,
              GError     **error)
{
  sqlite3_stmt *stmt = import->stmts[0];
  TiersRecordValues parsed;
  gint64 supplier;

  if (!tiers_import_row_supplier (import, FB_SUPPLIER, &supplier) ||
      !row_record (import, TIERS_RECORD_FEEDBACK, &parsed))
    return TIERS_ROW_BAD;
  sqlite3_bind_int64 (stmt, 1, supplier);
  sqlite3_bind_int64 (stmt, 2, import->batch_id);
  tiers_import_bind_text (stmt, 3, import->values[FB_DATE]);
  sqlite3_bind_double (stmt, 4, parsed.rating);
  bind_optional_double (stmt, 5, parsed.hours, parsed.has_hours);
  tiers_import_bind_text (stmt, 6, import->values[FB_COMMENT]);
  return tiers_import_step (import, stmt, error);
}

/* ---- ratings ---- */

enum { RAT_SUPPLIER, RAT_CRITERION, RAT_DATE, RAT_EVALUATOR, RAT_RATING, RAT_COMMENT };
enum { RAT_FIND, RAT_INSERT };

static const TiersImportColumn rating_columns[] = {
  { "supplier_code", TRUE }, { "criterion", TRUE }, { "date", TRUE }, { "evaluator", TRUE },
  { "rating", TRUE }, { "comment", FALSE },
};

static gboolean
ratings_prepare (TiersImport *import,
                 GError     **error)
{
  import->scheme = tiers_store_load_scheme (import->store, NULL, error);
  return import->scheme != NULL &&
         tiers_import_prepare (import, RAT_FIND,
                               "SELECT batch_id FROM rating WHERE supplier_id = ?1 AND "
                               "criterion = ?2 AND date = ?3 AND evaluator = ?4", error) &&
         tiers_import_prepare (import, RAT_INSERT,
                               "INSERT INTO rating (supplier_id, criterion, date, evaluator, "
                               "rating, comment, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               error);
}

static TiersRowStatus
ratings_row (TiersImport *import,
             GError     **error)
{
  TiersRecordValues parsed;
  gint64 supplier;
  TiersRowStatus status;

  if (!tiers_import_row_supplier (import, RAT_SUPPLIER, &supplier) ||
      !row_record (import, TIERS_RECORD_RATING, &parsed))
    return TIERS_ROW_BAD;
  for (guint s = RAT_FIND; s <= RAT_INSERT; s++)
    {
      sqlite3_bind_int64 (import->stmts[s], 1, supplier);
      tiers_import_bind_text (import->stmts[s], 2, import->values[RAT_CRITERION]);
      tiers_import_bind_text (import->stmts[s], 3, import->values[RAT_DATE]);
      tiers_import_bind_text (import->stmts[s], 4, import->values[RAT_EVALUATOR]);
    }
  status = tiers_import_find_duplicate (import, import->stmts[RAT_FIND], _("rating"), error);
  if (status != TIERS_ROW_OK)
    return status;
  sqlite3_bind_double (import->stmts[RAT_INSERT], 5, parsed.rating);
  tiers_import_bind_text (import->stmts[RAT_INSERT], 6, import->values[RAT_COMMENT]);
  sqlite3_bind_int64 (import->stmts[RAT_INSERT], 7, import->batch_id);
  return tiers_import_step (import, import->stmts[RAT_INSERT], error);
}

/* ---- the table of kinds ---- */

static const TiersImportKindInfo supplier_kind = {
  supplier_columns, G_N_ELEMENTS (supplier_columns), suppliers_prepare, suppliers_row, NULL
};
static const TiersImportKindInfo incident_kind = {
  incident_columns, G_N_ELEMENTS (incident_columns), incidents_prepare, incidents_row, NULL
};
static const TiersImportKindInfo feedback_kind = {
  feedback_columns, G_N_ELEMENTS (feedback_columns), feedback_prepare, feedback_row, NULL
};
static const TiersImportKindInfo rating_kind = {
  rating_columns, G_N_ELEMENTS (rating_columns), ratings_prepare, ratings_row, NULL
};

/* Receipts live in tiers-import-receipts.c. */
static const TiersImportKindInfo * const kinds[TIERS_N_IMPORT_KINDS] = {
  [TIERS_IMPORT_SUPPLIERS] = &supplier_kind,
  [TIERS_IMPORT_RECEIPTS] = &tiers_import_receipt_kind,
  [TIERS_IMPORT_INCIDENTS] = &incident_kind,
  [TIERS_IMPORT_FEEDBACK] = &feedback_kind,
  [TIERS_IMPORT_RATINGS] = &rating_kind,
};

const TiersImportKindInfo *
tiers_import_kind_info (TiersImportKind kind)
{
  g_return_val_if_fail (kind < TIERS_N_IMPORT_KINDS, NULL);
  return kinds[kind];
}
