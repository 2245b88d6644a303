/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-import-rows.c: the columns of each import kind (docs/formats.md) and the rules one row
 * of each must keep: numbers and their ranges, dates, known suppliers, duplicate records. */
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

static gboolean
row_number (TiersImport *import,
            guint        column,
            double      *value)
{
  return parse_plain_decimal (import->values[column], value) ||
         row_rule (import, tiers_rule_number (import->info->columns[column].name,
                                              import->values[column], value));
}

static gboolean
row_day (TiersImport *import,
         guint        column,
         GDate       *date)
{
  return row_rule (import, tiers_rule_date (import->info->columns[column].name,
                                            import->values[column], date));
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

static gboolean
row_supplier (TiersImport *import,
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

static gboolean
row_at_least (TiersImport *import,
              guint        column,
              double       value,
              double       minimum,
              gboolean     inclusive)
{
  return row_rule (import, tiers_rule_at_least (import->info->columns[column].name,
                                                import->values[column], value, minimum,
                                                inclusive));
}

static gboolean
row_between (TiersImport *import,
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
static void
bind_text (sqlite3_stmt *stmt,
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

static TiersRowStatus
run (TiersImport  *import,
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
static TiersRowStatus
find_duplicate (TiersImport  *import,
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
  if (import->flags & TIERS_IMPORT_SKIP_DUPLICATES)
    return TIERS_ROW_SKIPPED;
  if (batch == import->batch_id)
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
    bind_text (stmt, 1, code);
  for (guint c = SUP_NAME; c <= SUP_PHONE; c++)
    bind_text (stmt, (int) c + 1, import->values[c]);
  status = run (import, stmt, error);
  if (status == TIERS_ROW_OK && id == NULL)
    {
      gint64 new_id = sqlite3_last_insert_rowid (import->store->db);

      g_hash_table_insert (import->supplier_ids, g_strdup (code),
                           g_memdup2 (&new_id, sizeof new_id));
    }
  return status;
}

/* ---- receipts ---- */

enum { REC_SUPPLIER, REC_PO, REC_ITEM, REC_ORDERED, REC_RECEIVED, REC_REJECTED, REC_PRICE,
       REC_PROMISED, REC_RECEIVED_DATE };
enum { REC_FIND, REC_INSERT, REC_ITEM_FIND, REC_ITEM_INSERT };

/* 8 MiB whatever the file's size; with 2,000,000 rows only about one row in a thousand
 * still needs the exact search. */
#define RECEIPT_FILTER_WORDS (G_GUINT64_CONSTANT (1) << 20)
#define RECEIPT_FILTER_REGION 512
#define RECEIPT_FILTER_HASHES 3

static const TiersImportColumn receipt_columns[] = {
  { "supplier_code", TRUE }, { "po_number", TRUE }, { "item_code", TRUE },
  { "ordered_qty", TRUE }, { "received_qty", TRUE }, { "rejected_qty", TRUE },
  { "unit_price", TRUE }, { "promised_date", TRUE }, { "received_date", TRUE },
};

/* The duplicate search walks the index grading reads periods by (receipt_period: received
 * date, supplier, item number, quantities, price, days late), then compares the item code,
 * promised date and po_number in the row: exact, with no index of its own to keep up. */
static gboolean
receipts_prepare (TiersImport *import,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) range = NULL;

  /* Two subqueries: each is one step down the index, where min and max together scan. */
  range = tiers_store_prepare (import->store,
                               "SELECT (SELECT min(received_date) FROM receipt), "
                               "(SELECT max(received_date) FROM receipt)", error);
  if (range == NULL)
    return FALSE;
  if (sqlite3_step (range) != SQLITE_ROW)
    return tiers_store_set_error (import->store, error);
  if (sqlite3_column_type (range, 0) == SQLITE_TEXT)
    {
      g_strlcpy (import->stored_first, (const char *) sqlite3_column_text (range, 0),
                 sizeof import->stored_first);
      g_strlcpy (import->stored_last, (const char *) sqlite3_column_text (range, 1),
                 sizeof import->stored_last);
    }
  import->seen_filter = g_new0 (guint64, RECEIPT_FILTER_WORDS);
  import->item_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return tiers_import_prepare (import, REC_ITEM_FIND, "SELECT id FROM item WHERE code = ?1",
                               error) &&
         tiers_import_prepare (import, REC_ITEM_INSERT, "INSERT INTO item (code) VALUES (?1)",
                               error) &&
         tiers_import_prepare (import, REC_FIND,
                               "SELECT batch_id FROM receipt WHERE received_date = ?9 AND "
                               "supplier_id = ?1 AND item_code = ?3 AND ordered_qty = ?4 AND "
                               "received_qty = ?5 AND rejected_qty = ?6 AND unit_price = ?7 "
                               "AND promised_date = ?8 AND po_number = ?2 LIMIT 1", error) &&
         tiers_import_prepare (import, REC_INSERT,
                               "INSERT INTO receipt (supplier_id, po_number, item_code, "
                               "ordered_qty, received_qty, rejected_qty, unit_price, "
                               "promised_date, received_date, batch_id, item_id, days_late) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                               error);
}

/* Mixes eight bytes at a time: the filter only needs the receipts spread evenly. */
static guint64
hash_bytes (guint64     h,
            const void *data,
            gsize       n)
{
  const guint8 *p = data;

  for (; n >= 8; n -= 8, p += 8)
    {
      guint64 word;

      memcpy (&word, p, 8);
      h = (h ^ word) * 0x9E3779B97F4A7C15ULL;
      h ^= h >> 29;
    }
  if (n > 0)
    {
      guint64 word = 0;

      memcpy (&word, p, n);
      h = (h ^ word ^ ((guint64) n << 56)) * 0x9E3779B97F4A7C15ULL;
      h ^= h >> 29;
    }
  return h;
}

/* A hash of the receipt's values as they will be stored (numbers as numbers, so "10" and
 * "10.0" are the same receipt), each text with its length so neighbours cannot run
 * together. */
static guint64
receipt_hash (TiersImport  *import,
              gint64        supplier,
              const double  qty[4])
{
  static const guint text_columns[] = { REC_PO, REC_ITEM, REC_PROMISED, REC_RECEIVED_DATE };
  guint64 h = hash_bytes (0x243F6A8885A308D3ULL, &supplier, sizeof supplier);

  for (guint i = 0; i < 4; i++)
    {
      double v = qty[i] == 0 ? 0 : qty[i];  /* -0 and 0 are the same quantity */

      h = hash_bytes (h, &v, sizeof v);
    }
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    h = hash_bytes (h, import->values[text_columns[i]],
                    strlen (import->values[text_columns[i]]) + 1);
  return h ^ (h >> 32);
}

/* Adds the row to the filter; TRUE if it may have been seen before in this file. All bits of
 * a row lie in one 64-bit word, and the rows of one received date share one 4 KiB region, so
 * a file in date order (as ERP exports are) touches the filter's memory in sequence. A
 * duplicate has the same received date, so it always lands in the same region. */
static gboolean
filter_test_and_set (guint64    *filter,
                     const char *date,
                     guint64     hash)
{
  guint day = (guint) (atoi (date) * 372 + atoi (date + 5) * 31 + atoi (date + 8));
  guint64 region = (guint64) (day % (RECEIPT_FILTER_WORDS / RECEIPT_FILTER_REGION));
  guint64 *word = &filter[region * RECEIPT_FILTER_REGION +
                          ((hash >> 20) & (RECEIPT_FILTER_REGION - 1))];
  guint64 mask = 0;
  gboolean seen;

  for (guint k = 0; k < RECEIPT_FILTER_HASHES; k++)
    mask |= G_GUINT64_CONSTANT (1) << ((hash >> (6 * k)) & 63);
  seen = (*word & mask) == mask;
  *word |= mask;
  return seen;
}

/* Whether the row needs the exact search: it may duplicate a stored receipt only if its
 * received date lies within theirs, and an earlier row of this file only if the filter has
 * seen it. Rows that can match nothing skip the search; every other row gets it. */
static gboolean
receipt_may_be_duplicate (TiersImport  *import,
                          gint64        supplier,
                          const double  qty[4])
{
  const char *date = import->values[REC_RECEIVED_DATE];
  gboolean seen = filter_test_and_set (import->seen_filter, date,
                                       receipt_hash (import, supplier, qty));

  return seen || (import->stored_first[0] != '\0' &&
                  strcmp (date, import->stored_first) >= 0 &&
                  strcmp (date, import->stored_last) <= 0);
}

static gboolean
receipt_values (TiersImport *import,
                gint64      *supplier,
                double       qty[4],
                gint64      *days_late)
{
  GDate promised, received;

  if (!row_supplier (import, REC_SUPPLIER, supplier))
    return FALSE;
  for (guint i = 0; i < 4; i++)
    if (!row_number (import, REC_ORDERED + i, &qty[i]))
      return FALSE;
  if (!row_at_least (import, REC_ORDERED, qty[0], 0, FALSE) ||
      !row_at_least (import, REC_RECEIVED, qty[1], 0, FALSE) ||
      !row_between (import, REC_REJECTED, qty[2], 0, qty[1]) ||
      !row_at_least (import, REC_PRICE, qty[3], 0, TRUE))
    return FALSE;
  if (!row_day (import, REC_PROMISED, &promised) ||
      !row_day (import, REC_RECEIVED_DATE, &received))
    return FALSE;
  *days_late = g_date_days_between (&promised, &received);
  return TRUE;
}

/* The number of the row's item, numbering it when it is new. The numbers of this file's new
 * items land in its transaction, and go with it if the file is refused. */
static gboolean
receipt_item (TiersImport *import,
              gint64      *id,
              GError     **error)
{
  const char *code = import->values[REC_ITEM];
  const gint64 *known = g_hash_table_lookup (import->item_ids, code);
  sqlite3_stmt *find = import->stmts[REC_ITEM_FIND];
  int rc;

  if (known != NULL)
    {
      *id = *known;
      return TRUE;
    }
  bind_text (find, 1, code);
  rc = sqlite3_step (find);
  *id = rc == SQLITE_ROW ? sqlite3_column_int64 (find, 0) : 0;
  sqlite3_reset (find);
  if (rc == SQLITE_DONE)
    {
      bind_text (import->stmts[REC_ITEM_INSERT], 1, code);
      if (run (import, import->stmts[REC_ITEM_INSERT], error) != TIERS_ROW_OK)
        return FALSE;
      *id = sqlite3_last_insert_rowid (import->store->db);
    }
  else if (rc != SQLITE_ROW)
    return tiers_store_set_error (import->store, error);
  g_hash_table_insert (import->item_ids, g_strdup (code), g_memdup2 (id, sizeof *id));
  return TRUE;
}

/* Both statements take the same parameters 1 to 9. */
static void
bind_receipt (TiersImport  *import,
              sqlite3_stmt *stmt,
              gint64        supplier,
              const double  qty[4])
{
  sqlite3_bind_int64 (stmt, 1, supplier);
  bind_text (stmt, 2, import->values[REC_PO]);
  bind_text (stmt, 3, import->values[REC_ITEM]);
  for (guint i = 0; i < 4; i++)
    sqlite3_bind_double (stmt, 4 + (int) i, qty[i]);
  bind_text (stmt, 8, import->values[REC_PROMISED]);
  bind_text (stmt, 9, import->values[REC_RECEIVED_DATE]);
}

static TiersRowStatus
receipts_row (TiersImport *import,
              GError     **error)
{
  sqlite3_stmt *insert = import->stmts[REC_INSERT];
  TiersRowStatus status;
  gint64 supplier, item, days_late;
  double qty[4];

  if (!receipt_values (import, &supplier, qty, &days_late))
    return TIERS_ROW_BAD;
  if (receipt_may_be_duplicate (import, supplier, qty))
    {
      bind_receipt (import, import->stmts[REC_FIND], supplier, qty);
      status = find_duplicate (import, import->stmts[REC_FIND], _("receipt"), error);
      if (status != TIERS_ROW_OK)
        return status;
    }
  if (!receipt_item (import, &item, error))
    return TIERS_ROW_FAILED;
  bind_receipt (import, insert, supplier, qty);
  sqlite3_bind_int64 (insert, 10, import->batch_id);
  sqlite3_bind_int64 (insert, 11, item);
  sqlite3_bind_int64 (insert, 12, days_late);
  return run (import, insert, error);
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

  if (!row_supplier (import, INC_SUPPLIER, &supplier) ||
      !row_record (import, TIERS_RECORD_INCIDENT, &parsed))
    return TIERS_ROW_BAD;
  sqlite3_bind_int64 (stmt, 1, supplier);
  sqlite3_bind_int64 (stmt, 2, import->batch_id);
  bind_text (stmt, 3, import->values[INC_DATE]);
  sqlite3_bind_text (stmt, 4, parsed.severity, -1, SQLITE_STATIC);
  bind_text (stmt, 5, import->values[INC_DESCRIPTION]);
  return run (import, stmt, error);
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

  if (!row_supplier (import, FB_SUPPLIER, &supplier) ||
      !row_record (import, TIERS_RECORD_FEEDBACK, &parsed))
    return TIERS_ROW_BAD;
  sqlite3_bind_int64 (stmt, 1, supplier);
  sqlite3_bind_int64 (stmt, 2, import->batch_id);
  bind_text (stmt, 3, import->values[FB_DATE]);
  sqlite3_bind_double (stmt, 4, parsed.rating);
  bind_optional_double (stmt, 5, parsed.hours, parsed.has_hours);
  bind_text (stmt, 6, import->values[FB_COMMENT]);
  return run (import, stmt, error);
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

  if (!row_supplier (import, RAT_SUPPLIER, &supplier) ||
      !row_record (import, TIERS_RECORD_RATING, &parsed))
    return TIERS_ROW_BAD;
  for (guint s = RAT_FIND; s <= RAT_INSERT; s++)
    {
      sqlite3_bind_int64 (import->stmts[s], 1, supplier);
      bind_text (import->stmts[s], 2, import->values[RAT_CRITERION]);
      bind_text (import->stmts[s], 3, import->values[RAT_DATE]);
      bind_text (import->stmts[s], 4, import->values[RAT_EVALUATOR]);
    }
  status = find_duplicate (import, import->stmts[RAT_FIND], _("rating"), error);
  if (status != TIERS_ROW_OK)
    return status;
  sqlite3_bind_double (import->stmts[RAT_INSERT], 5, parsed.rating);
  bind_text (import->stmts[RAT_INSERT], 6, import->values[RAT_COMMENT]);
  sqlite3_bind_int64 (import->stmts[RAT_INSERT], 7, import->batch_id);
  return run (import, import->stmts[RAT_INSERT], error);
}

/* ---- the table of kinds ---- */

static const TiersImportKindInfo kinds[TIERS_N_IMPORT_KINDS] = {
  [TIERS_IMPORT_SUPPLIERS] = { supplier_columns, G_N_ELEMENTS (supplier_columns),
                               suppliers_prepare, suppliers_row },
  [TIERS_IMPORT_RECEIPTS] = { receipt_columns, G_N_ELEMENTS (receipt_columns),
                              receipts_prepare, receipts_row },
  [TIERS_IMPORT_INCIDENTS] = { incident_columns, G_N_ELEMENTS (incident_columns),
                               incidents_prepare, incidents_row },
  [TIERS_IMPORT_FEEDBACK] = { feedback_columns, G_N_ELEMENTS (feedback_columns),
                              feedback_prepare, feedback_row },
  [TIERS_IMPORT_RATINGS] = { rating_columns, G_N_ELEMENTS (rating_columns),
                             ratings_prepare, ratings_row },
};

const TiersImportKindInfo *
tiers_import_kind_info (TiersImportKind kind)
{
  g_return_val_if_fail (kind < TIERS_N_IMPORT_KINDS, NULL);
  return &kinds[kind];
}
