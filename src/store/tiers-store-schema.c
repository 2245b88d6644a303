/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-store-schema.c: the database schema and its numbered migrations. PRAGMA user_version
 * holds the version; each step runs in its own transaction, so a failed step leaves the file
 * at the version before it. An existing database is backed up before it is migrated. */
#define G_LOG_DOMAIN "tiers-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tiers-store-audit.h"
#include "tiers-store-private.h"
#include "tiers-tier-strategy.h"

typedef gboolean (*MigrationStep) (TiersStore *store, GError **error);

/* Version 1: suppliers, what they delivered, what went wrong, what users said of them, the
 * import batches everything came in by, and the grading scheme's versions. */
static const char schema_v1[] =
  "CREATE TABLE supplier ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  category TEXT NOT NULL,"
  "  contact TEXT,"
  "  email TEXT,"
  "  phone TEXT);"
  "CREATE INDEX supplier_category ON supplier (category);"

  "CREATE TABLE import_batch ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('suppliers', 'receipts', 'incidents', 'feedback',"
  "                                     'ratings')),"
  "  file_name TEXT NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  imported_at TEXT NOT NULL,"
  "  row_count INTEGER NOT NULL,"
  "  skipped_count INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (kind, sha256));"

  "CREATE TABLE receipt ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id),"
  "  batch_id INTEGER NOT NULL REFERENCES import_batch (id),"
  "  po_number TEXT NOT NULL,"
  "  item_code TEXT NOT NULL,"
  "  ordered_qty REAL NOT NULL CHECK (ordered_qty > 0),"
  "  received_qty REAL NOT NULL CHECK (received_qty > 0),"
  "  rejected_qty REAL NOT NULL CHECK (rejected_qty >= 0 AND rejected_qty <= received_qty),"
  "  unit_price REAL NOT NULL CHECK (unit_price >= 0),"
  "  promised_date TEXT NOT NULL,"
  "  received_date TEXT NOT NULL);"
  /* Deliberately no index here: receipt_period (version 2) serves grading and the importer's
   * duplicate search alike, and every further index on millions of receipts costs import
   * time. */

  "CREATE TABLE incident ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id),"
  "  batch_id INTEGER NOT NULL REFERENCES import_batch (id),"
  "  date TEXT NOT NULL,"
  "  severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),"
  "  description TEXT);"
  "CREATE INDEX incident_date ON incident (date, supplier_id);"

  "CREATE TABLE feedback ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id),"
  "  batch_id INTEGER NOT NULL REFERENCES import_batch (id),"
  "  date TEXT NOT NULL,"
  "  rating REAL NOT NULL CHECK (rating >= 1 AND rating <= 5),"
  "  response_hours REAL CHECK (response_hours >= 0),"
  "  comment TEXT);"
  "CREATE INDEX feedback_date ON feedback (date, supplier_id);"

  "CREATE TABLE rating ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id),"
  "  batch_id INTEGER NOT NULL REFERENCES import_batch (id),"
  "  criterion TEXT NOT NULL,"
  "  date TEXT NOT NULL,"
  "  evaluator TEXT NOT NULL,"
  "  rating REAL NOT NULL CHECK (rating >= 0),"
  "  comment TEXT,"
  "  UNIQUE (supplier_id, criterion, date, evaluator));"
  "CREATE INDEX rating_date ON rating (date, supplier_id);"

  "CREATE TABLE scheme_version ("
  "  id INTEGER PRIMARY KEY,"
  "  created_at TEXT NOT NULL,"
  "  author TEXT NOT NULL,"
  "  summary TEXT NOT NULL,"
  "  content TEXT NOT NULL);";

static gboolean
migrate_to_1 (TiersStore *store,
              GError    **error)
{
  g_autoptr(TiersScheme) scheme = tiers_scheme_new_default ();

  /* The trail begins at version 7, with an entry that records this first scheme. */
  return tiers_store_exec (store, schema_v1, error) &&
         tiers_store_save_scheme_unaudited (store, scheme, NULL, NULL, error);
}

/* Version 2: evaluations, one row per evaluated period: the scheme version it used, the
 * indicator values it was computed from (the cache a what-if re-scores), every supplier's
 * per-criterion results, and each supplier's score for smoothing the next period. The
 * *_period indexes cover everything grading reads of a row, so a period's data is one range
 * scan each that never touches the tables. */
static const char schema_v2[] =
  "CREATE INDEX receipt_period ON receipt (received_date, supplier_id, item_code,"
  "  ordered_qty, received_qty, rejected_qty, unit_price, promised_date);"
  "CREATE INDEX incident_period ON incident (date, supplier_id, severity);"
  "CREATE INDEX feedback_period ON feedback (date, supplier_id, rating, response_hours);"
  "CREATE INDEX rating_period ON rating (date, supplier_id, criterion, rating);"

  "CREATE TABLE evaluation ("
  "  id INTEGER PRIMARY KEY,"
  "  period TEXT NOT NULL UNIQUE,"
  "  kind INTEGER NOT NULL,"
  "  first_day TEXT NOT NULL,"
  "  last_day TEXT NOT NULL,"
  "  scheme_version INTEGER NOT NULL REFERENCES scheme_version (id),"
  "  evaluated_at TEXT NOT NULL,"
  "  data_mark TEXT NOT NULL,"
  /* smallest first: reading a later column walks the overflow pages of those before it */
  "  scores BLOB NOT NULL,"
  "  indicators BLOB NOT NULL,"
  "  results BLOB NOT NULL);"
  "CREATE INDEX evaluation_kind ON evaluation (kind, first_day);";

static gboolean
migrate_to_2 (TiersStore *store,
              GError    **error)
{
  return tiers_store_exec (store, schema_v2, error);
}

/* Version 3: the notes a manager writes about a supplier (tiers-store-notes.c), one per
 * supplier; they go with the supplier. */
static const char schema_v3[] =
  "CREATE TABLE supplier_note ("
  "  supplier_id INTEGER PRIMARY KEY REFERENCES supplier (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL,"
  "  updated_at TEXT NOT NULL);";

static gboolean
migrate_to_3 (TiersStore *store,
              GError    **error)
{
  return tiers_store_exec (store, schema_v3, error);
}

/* Version 4: what grading reads of a receipt, as numbers. Each item code gets a number of
 * its own (item), and each receipt its item's number and its days late (received_date -
 * promised_date), both kept by the importer; receipt_period covers those instead of the item
 * code and the promised date. Grading a quarter then decodes no text at all, and the index
 * is smaller. The importer's duplicate search still compares the item code and promised
 * date themselves, in the row. */
static const char schema_v4[] =
  "CREATE TABLE item ("
  "  id INTEGER PRIMARY KEY,"
  "  code TEXT NOT NULL UNIQUE);"
  "INSERT INTO item (code) SELECT DISTINCT item_code FROM receipt ORDER BY item_code;"
  "ALTER TABLE receipt ADD COLUMN item_id INTEGER REFERENCES item (id);"
  "ALTER TABLE receipt ADD COLUMN days_late INTEGER;"
  "UPDATE receipt SET"
  "  item_id = (SELECT id FROM item WHERE item.code = receipt.item_code),"
  "  days_late = CAST (julianday (received_date) - julianday (promised_date) AS INTEGER);"
  "DROP INDEX receipt_period;"
  "CREATE INDEX receipt_period ON receipt (received_date, supplier_id, item_id,"
  "  ordered_qty, received_qty, rejected_qty, unit_price, days_late);";

static gboolean
migrate_to_4 (TiersStore *store,
              GError    **error)
{
  return tiers_store_exec (store, schema_v4, error);
}

/* Version 5: the quarterly review (tiers-store-review.c). A period is a draft until it is
 * finalized (finalized_period); finalizing and reopening are recorded for good
 * (period_event). Overrides set a grade beside the computed one, review marks say a supplier
 * was looked at. The triggers are the second wall behind the store's own checks: whatever
 * writes to the file, a finalized period's evaluation row, overrides and review marks do not
 * change (docs/grading.md, "Finalizing a period"). The evaluation's upsert fires the insert
 * trigger first, an INSERT OR REPLACE too, so the insert triggers also guard replacing. */
static const char schema_v5[] =
  "CREATE TABLE finalized_period ("
  "  period TEXT PRIMARY KEY REFERENCES evaluation (period),"
  "  finalized_at TEXT NOT NULL,"
  "  finalized_by TEXT NOT NULL);"

  "CREATE TABLE period_event ("
  "  id INTEGER PRIMARY KEY,"
  "  period TEXT NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('finalized', 'reopened')),"
  "  happened_at TEXT NOT NULL,"
  "  user_name TEXT NOT NULL,"
  "  reason TEXT,"
  "  CHECK (action = 'finalized' OR length (trim (coalesce (reason, ''))) > 0));"
  "CREATE INDEX period_event_period ON period_event (period, id);"

  "CREATE TABLE grade_override ("
  "  period TEXT NOT NULL,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,"
  "  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),"
  "  reason TEXT NOT NULL CHECK (reason IN ('data_error', 'outside_control',"
  "                                         'new_information', 'other')),"
  "  comment TEXT NOT NULL CHECK (length (trim (comment)) > 0),"
  "  set_by TEXT NOT NULL,"
  "  set_at TEXT NOT NULL,"
  "  PRIMARY KEY (period, supplier_id));"

  "CREATE TABLE review_mark ("
  "  period TEXT NOT NULL,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,"
  "  comment TEXT,"
  "  marked_by TEXT NOT NULL,"
  "  marked_at TEXT NOT NULL,"
  "  PRIMARY KEY (period, supplier_id));"

  "CREATE TRIGGER evaluation_finalized_insert BEFORE INSERT ON evaluation"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period = NEW.period)"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"
  "CREATE TRIGGER evaluation_finalized_update BEFORE UPDATE ON evaluation"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period IN (OLD.period, NEW.period))"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"
  "CREATE TRIGGER evaluation_finalized_delete BEFORE DELETE ON evaluation"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period = OLD.period)"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"

  "CREATE TRIGGER override_finalized_insert BEFORE INSERT ON grade_override"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period = NEW.period)"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"
  "CREATE TRIGGER override_finalized_update BEFORE UPDATE ON grade_override"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period IN (OLD.period, NEW.period))"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"
  "CREATE TRIGGER override_finalized_delete BEFORE DELETE ON grade_override"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period = OLD.period)"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"

  "CREATE TRIGGER review_mark_finalized_insert BEFORE INSERT ON review_mark"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period = NEW.period)"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"
  "CREATE TRIGGER review_mark_finalized_update BEFORE UPDATE ON review_mark"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period IN (OLD.period, NEW.period))"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"
  "CREATE TRIGGER review_mark_finalized_delete BEFORE DELETE ON review_mark"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period = OLD.period)"
  "  BEGIN SELECT RAISE (ABORT, 'the period is finalized'); END;"

  /* Who finalized and reopened, and why, stays as it was written. */
  "CREATE TRIGGER period_event_keep_update BEFORE UPDATE ON period_event"
  "  BEGIN SELECT RAISE (ABORT, 'the period history is kept as written'); END;"
  "CREATE TRIGGER period_event_keep_delete BEFORE DELETE ON period_event"
  "  BEGIN SELECT RAISE (ABORT, 'the period history is kept as written'); END;";

static gboolean
migrate_to_5 (TiersStore *store,
              GError    **error)
{
  return tiers_store_exec (store, schema_v5, error);
}

/* Version 6: conflicts of interest (tiers-store-conflicts.c). An evaluator who declared one
 * for a supplier has their ratings of it left out of its manual criteria. Every declaring and
 * removing is recorded for good (conflict_event); the newest event's number is part of the
 * data mark (tiers-store-periods.c), so a change makes the stored evaluations stale. */
static const char schema_v6[] =
  "CREATE TABLE rating_conflict ("
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,"
  "  evaluator TEXT NOT NULL CHECK (length (trim (evaluator)) > 0),"
  "  declared_by TEXT NOT NULL,"
  "  declared_at TEXT NOT NULL,"
  "  PRIMARY KEY (supplier_id, evaluator));"

  "CREATE TABLE conflict_event ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL,"
  "  evaluator TEXT NOT NULL,"
  "  action TEXT NOT NULL CHECK (action IN ('declared', 'removed')),"
  "  happened_at TEXT NOT NULL,"
  "  user_name TEXT NOT NULL);"
  "CREATE TRIGGER conflict_event_keep_update BEFORE UPDATE ON conflict_event"
  "  BEGIN SELECT RAISE (ABORT, 'the conflict history is kept as written'); END;"
  "CREATE TRIGGER conflict_event_keep_delete BEFORE DELETE ON conflict_event"
  "  BEGIN SELECT RAISE (ABORT, 'the conflict history is kept as written'); END;";

static gboolean
migrate_to_6 (TiersStore *store,
              GError    **error)
{
  return tiers_store_exec (store, schema_v6, error);
}

/* Version 7: the audit trail (tiers-store-audit.c): every change that can affect a grade or
 * what a supplier is told, hash-chained. AUTOINCREMENT keeps the highest id ever given in
 * sqlite_sequence, so removing the newest entries shows too. The triggers keep honest
 * programs from changing it; verification does not rely on them. Its first entry records
 * what the database held when the trail began, the base every later entry builds on. */
static const char schema_v7[] =
  "CREATE TABLE audit ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  happened_at TEXT NOT NULL,"
  "  user_name TEXT NOT NULL,"
  "  action TEXT NOT NULL,"
  "  object TEXT NOT NULL,"
  "  before TEXT,"
  "  after TEXT,"
  "  previous_hash TEXT NOT NULL,"
  "  hash TEXT NOT NULL);"
  "CREATE INDEX audit_object ON audit (object, id);"
  "CREATE TRIGGER audit_keep_update BEFORE UPDATE ON audit"
  "  BEGIN SELECT RAISE (ABORT, 'the audit trail is kept as written'); END;"
  "CREATE TRIGGER audit_keep_delete BEFORE DELETE ON audit"
  "  BEGIN SELECT RAISE (ABORT, 'the audit trail is kept as written'); END;";
/* Version 8: the communication log of scorecards (tiers-store-communication.c): a scorecard
 * sent, acknowledged or objected to, per supplier and period. An objection is decided once:
 * its decision columns are written by one UPDATE and never again (trigger). Entries are not
 * grades, so a finalized period still takes them. */
static const char schema_v8[] =
  "CREATE TABLE scorecard_message ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('sent', 'acknowledged', 'objection')),"
  "  date TEXT NOT NULL,"
  "  channel TEXT CHECK (kind <> 'sent' OR length (trim (channel)) > 0),"
  "  contact TEXT,"
  "  criterion TEXT,"
  "  statement TEXT CHECK (kind <> 'objection' OR length (trim (statement)) > 0),"
  "  decision TEXT,"
  "  decided_by TEXT,"
  "  decided_at TEXT,"
  "  recorded_by TEXT NOT NULL,"
  "  recorded_at TEXT NOT NULL);"
  "CREATE INDEX scorecard_message_period ON scorecard_message (period, supplier_id, id);"
  "CREATE TRIGGER scorecard_message_decided_once BEFORE UPDATE ON scorecard_message"
  "  WHEN OLD.decision IS NOT NULL OR OLD.kind <> 'objection'"
  "  BEGIN SELECT RAISE (ABORT, 'a decided objection is kept as written'); END;";

static gboolean
migrate_to_7 (TiersStore *store,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!tiers_store_exec (store, schema_v7, error))
    return FALSE;
  stmt = tiers_store_prepare (store,
      "SELECT json_object ('schema', 7,"
      "  'scheme_version', (SELECT max (id) FROM scheme_version),"
      "  'import_batches', (SELECT count (*) FROM import_batch),"
      "  'evaluations', (SELECT count (*) FROM evaluation),"
      "  'finalized_periods', (SELECT count (*) FROM finalized_period))", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tiers_store_set_error (store, error);
  return tiers_store_audit_append (store, TIERS_AUDIT_STARTED, "database", NULL,
                                   (const char *) sqlite3_column_text (stmt, 0), error);
}

/* Version 9: data entered and corrected by hand (tiers-store-records.c, tiers-store-batches.c).
 * What a manager enters in the window lands in one batch per kind marked by_hand, so every
 * record still names the batch it came by and a file's batch can be withdrawn whole. Every
 * entry, correction (with its reason, before and after) and withdrawal is recorded for good
 * in record_change; its newest number is part of the data mark (tiers-store-periods.c), so
 * each change makes the draft periods' stored evaluations stale. */
static const char schema_v9[] =
  "ALTER TABLE import_batch ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0;"

  "CREATE TABLE record_change ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL CHECK (kind IN ('supplier', 'incident', 'feedback', 'rating',"
  "                                     'batch')),"
  "  record_id INTEGER NOT NULL,"
  "  supplier_id INTEGER,"
  "  action TEXT NOT NULL CHECK (action IN ('added', 'edited', 'deleted', 'withdrawn')),"
  "  happened_at TEXT NOT NULL,"
  "  user_name TEXT NOT NULL,"
  "  reason TEXT,"
  "  before TEXT,"
  "  after TEXT,"
  "  CHECK (action IN ('added', 'edited') AND kind = 'supplier' OR action = 'added'"
  "         OR length (trim (coalesce (reason, ''))) > 0));"
  "CREATE INDEX record_change_supplier ON record_change (supplier_id, id);"
  "CREATE TRIGGER record_change_keep_update BEFORE UPDATE ON record_change"
  "  BEGIN SELECT RAISE (ABORT, 'the record history is kept as written'); END;"
  "CREATE TRIGGER record_change_keep_delete BEFORE DELETE ON record_change"
  "  BEGIN SELECT RAISE (ABORT, 'the record history is kept as written'); END;";

static gboolean
migrate_to_8 (TiersStore *store,
              GError    **error)
{
  return tiers_store_exec (store, schema_v8, error);
}

static gboolean
migrate_to_9 (TiersStore *store,
              GError    **error)
{
  return tiers_store_exec (store, schema_v9, error);
}

/* Version 10: what the company does with each grade (tiers-store-strategies.c,
 * tiers-store-status.c, tiers-store-plans.c): the standard actions of each tier's strategy,
 * seeded with the defaults; the actions taken with a supplier; the supplier's status changes,
 * kept for good (a termination's newest event is part of the data mark: it takes the supplier
 * out of later periods' grading); improvement plans, whose check is frozen once their due
 * period is finalized (docs/grading.md, "Improvement plans"). */
static const char schema_v10[] =
  "CREATE TABLE standard_action ("
  "  id INTEGER PRIMARY KEY,"
  "  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  name_zh TEXT,"
  "  kind TEXT NOT NULL CHECK (kind IN ('ordinary', 'warning', 'suspend', 'terminate')));"
  "CREATE INDEX standard_action_grade ON standard_action (grade, position);"

  "CREATE TABLE supplier_action ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL,"
  "  who TEXT NOT NULL CHECK (length (trim (who)) > 0),"
  "  what TEXT NOT NULL CHECK (length (trim (what)) > 0),"
  "  standard_action_id INTEGER REFERENCES standard_action (id) ON DELETE SET NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('ordinary', 'warning', 'suspend', 'terminate')),"
  "  recorded_at TEXT NOT NULL);"
  "CREATE INDEX supplier_action_supplier ON supplier_action (supplier_id, date);"

  "CREATE TABLE supplier_status_event ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,"
  "  status TEXT NOT NULL CHECK (status IN ('active', 'on_hold', 'terminated')),"
  "  date TEXT NOT NULL,"
  "  reason TEXT NOT NULL CHECK (length (trim (reason)) > 0),"
  "  set_by TEXT NOT NULL,"
  "  set_at TEXT NOT NULL);"
  "CREATE INDEX supplier_status_event_supplier ON supplier_status_event (supplier_id, date);"
  "CREATE TRIGGER supplier_status_keep_update BEFORE UPDATE ON supplier_status_event"
  "  BEGIN SELECT RAISE (ABORT, 'the status history is kept as written'); END;"

  "CREATE TABLE improvement_plan ("
  "  id INTEGER PRIMARY KEY,"
  "  supplier_id INTEGER NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,"
  "  problem TEXT NOT NULL CHECK (length (trim (problem)) > 0),"
  "  criterion TEXT NOT NULL,"
  "  baseline REAL,"
  "  direction TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most')),"
  "  target REAL NOT NULL,"
  "  due_period TEXT NOT NULL,"
  "  owner TEXT NOT NULL CHECK (length (trim (owner)) > 0),"
  "  containment TEXT,"
  "  corrective TEXT,"
  "  created_at TEXT NOT NULL,"
  "  created_by TEXT NOT NULL,"
  "  check_result TEXT NOT NULL DEFAULT 'open' CHECK (check_result IN ('open', 'met', 'missed')),"
  "  checked_value REAL,"
  "  checked_at TEXT,"
  "  closed_at TEXT,"
  "  closed_by TEXT,"
  "  close_reason TEXT);"
  "CREATE INDEX improvement_plan_supplier ON improvement_plan (supplier_id);"
  "CREATE INDEX improvement_plan_due ON improvement_plan (due_period);"
  "CREATE TRIGGER improvement_plan_check_frozen BEFORE UPDATE OF check_result, checked_value,"
  "  checked_at, due_period, criterion, target, direction ON improvement_plan"
  "  WHEN EXISTS (SELECT 1 FROM finalized_period WHERE period = OLD.due_period)"
  "  BEGIN SELECT RAISE (ABORT, 'the plan was checked in a finalized period'); END;";

static gboolean
migrate_to_10 (TiersStore *store,
               GError    **error)
{
  g_autoptr(GPtrArray) defaults = tiers_tier_strategy_defaults ();
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (!tiers_store_exec (store, schema_v10, error))
    return FALSE;
  insert = tiers_store_prepare (store,
      "INSERT INTO standard_action (grade, position, name, name_zh, kind)"
      " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < defaults->len; i++)
    {
      const TiersStandardAction *a = g_ptr_array_index (defaults, i);

      sqlite3_reset (insert);
      sqlite3_bind_text (insert, 1, tiers_grade_to_string (a->grade), -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 2, (int) i);
      sqlite3_bind_text (insert, 3, a->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 4, a->name_zh, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 5, tiers_action_kind_to_string (a->kind), -1, SQLITE_STATIC);
      if (sqlite3_step (insert) != SQLITE_DONE)
        return tiers_store_set_error (store, error);
    }
  return TRUE;
}

/* steps[i] brings the database from version i to i + 1. */
static const MigrationStep steps[] = {
  migrate_to_1,
  migrate_to_2,
  migrate_to_3,
  migrate_to_4,
  migrate_to_5,
  migrate_to_6,
  migrate_to_7,
  migrate_to_8,
  migrate_to_9,
  migrate_to_10,
};
G_STATIC_ASSERT (G_N_ELEMENTS (steps) == TIERS_STORE_SCHEMA_VERSION);

static gboolean
back_up_before_migration (TiersStore *store,
                          int         from,
                          GError    **error)
{
  g_autofree char *backup_path = g_strdup_printf ("%s.v%d.bak", store->path, from);
  TiersStoreWait wait = { 0 };
  sqlite3 *backup_db = NULL;
  sqlite3_backup *backup;
  int rc;

  /* A second program opening the same old file at the same moment writes the same backup:
   * one waits for the other, as for any lock. */
  if (tiers_store_open_connection (backup_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                   &wait, &backup_db) != SQLITE_OK)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot write the backup %s before upgrading the database"), backup_path);
      sqlite3_close (backup_db);
      return FALSE;
    }
  backup = sqlite3_backup_init (backup_db, "main", store->db, "main");
  rc = backup ? sqlite3_backup_step (backup, -1) : SQLITE_ERROR;
  sqlite3_backup_finish (backup);
  sqlite3_close (backup_db);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      tiers_store_set_busy_error (error);
      g_prefix_error (error, _("Cannot write the backup %s before upgrading the database: "),
                      backup_path);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("Cannot write the backup %s before upgrading the database"), backup_path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_step (TiersStore *store,
          int         to,
          GError    **error)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d", to);

  if (!tiers_store_begin (store, error))
    return FALSE;
  /* Another program that opened the same file at the same moment may have taken this step
   * while this one waited for the lock: the version read before it is stale. */
  if (tiers_store_get_schema_version (store) >= to)
    return tiers_store_commit (store, error);
  if (!steps[to - 1] (store, error) || !tiers_store_exec (store, pragma, error))
    {
      tiers_store_rollback (store);
      return FALSE;
    }
  return tiers_store_commit (store, error);
}

gboolean
tiers_store_migrate (TiersStore *store,
                     int         target,
                     GError    **error)
{
  int version = tiers_store_get_schema_version (store);

  if (version < 0)
    return tiers_store_set_error (store, error);
  if (version > TIERS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                   _("The database was written by a newer Supplier Tiers (schema %d; this "
                     "version reads up to %d)"), version, TIERS_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (version == 0)
    {
      g_autoptr(sqlite3_stmt) stmt = tiers_store_prepare (store,
          "SELECT count(*) FROM sqlite_schema", error);
      int tables;

      /* Tables and version 0 at once: not ours, unless another program is creating them
       * right now (its first step sets the version in the same transaction). */
      if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
        return stmt ? tiers_store_set_error (store, error) : FALSE;
      tables = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);   /* ends its read, so the version below is read afresh */
      if (tables != 0 && tiers_store_get_schema_version (store) == 0)
        {
          g_set_error (error, TIERS_ERROR, TIERS_ERROR_DATABASE,
                       _("The file is an SQLite database, but not one of Supplier Tiers"));
          return FALSE;
        }
    }
  else if (version < target && !store->no_migration_backup)
    {
      if (!back_up_before_migration (store, version, error))
        return FALSE;
      tiers_store_prune_migration_backups (store->path);
    }

  for (int to = version + 1; to <= target; to++)
    if (!run_step (store, to, error))
      return FALSE;
  return TRUE;
}
