/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-crash.c: crash safety (docs/reliability.md). supplier-tiers-cli is killed with
 * SIGKILL at moments drawn from a seeded random generator while it imports a large file and
 * while it evaluates a period; after every kill the database passes PRAGMA integrity_check,
 * every import batch is wholly there or wholly absent, and the period holds either the
 * complete new evaluation or the previous one untouched.
 *
 * A kill point is a condition on the command's own progress, never a time: every other kill
 * waits until the database's write-ahead log reaches a size (from nothing, a kill before
 * anything was written, to the size a whole run reaches), the others until the command has
 * used some processor time (up to what a whole run uses), so the kills fall before, during
 * and after writing whatever the machine's speed. SUPPLIER_TIERS_CRASH_KILLS sets how many
 * kills of each kind (default 8), SUPPLIER_TIERS_CRASH_SEED the seed. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "tiers-test-util.h"

#define IMPORT_ROWS 15000
#define PERIOD "2026-Q2"

typedef struct
{
  char   *dir;
  char   *db;
  char   *wal;
  GRand  *rand;
  guint   kills;
  guint64 seed;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  const char *kills = g_getenv ("SUPPLIER_TIERS_CRASH_KILLS");
  const char *seed = g_getenv ("SUPPLIER_TIERS_CRASH_SEED");

  f->dir = g_dir_make_tmp ("tiers-crash-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "tiers.db", NULL);
  f->wal = g_strconcat (f->db, "-wal", NULL);
  f->kills = kills ? (guint) g_ascii_strtoull (kills, NULL, 10) : 8;
  f->seed = seed ? g_ascii_strtoull (seed, NULL, 10) : 20261207;
  f->rand = g_rand_new_with_seed ((guint32) f->seed);
  g_test_message ("seed %" G_GUINT64_FORMAT ", %u kills of each kind", f->seed, f->kills);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  tiers_test_remove_tree (f->dir);
  g_rand_free (f->rand);
  g_free (f->wal);
  g_free (f->db);
  g_free (f->dir);
}

static void
run_ok (const char *db,
        const char *first,
        ...) G_GNUC_NULL_TERMINATED;

/* Runs the command line with up to four arguments and asserts it succeeded. */
static void
run_ok (const char *db,
        const char *first,
        ...)
{
  g_auto(TiersTestRun) run = { 0 };
  const char *args[5] = { first, NULL };
  va_list ap;

  va_start (ap, first);
  for (guint i = 1; i < 4 && (args[i] = va_arg (ap, const char *)) != NULL; i++)
    ;
  va_end (ap);
  tiers_test_run_cli (&run, db, args[0], args[1], args[2], args[3], NULL);
  tiers_test_assert_status (&run, 0);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? st.st_size : 0;
}

/* The processor time PID has used so far, in clock ticks (utime + stime of its stat). */
static gint64
cpu_ticks (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &text, NULL, NULL) ||
      (after_name = strrchr (text, ')')) == NULL)
    return 0;
  fields = g_strsplit (after_name + 2, " ", 0);
  if (g_strv_length (fields) < 13)
    return 0;
  return g_ascii_strtoll (fields[11], NULL, 10) + g_ascii_strtoll (fields[12], NULL, 10);
}

typedef struct
{
  gint64 log_bytes;   /* kill once the log is this large; -1: not by the log */
  gint64 cpu_ticks;   /* kill once the command used this much processor time; -1: not */
} KillPoint;

typedef struct
{
  goffset log_bytes;  /* the largest log seen */
  gint64  cpu_ticks;  /* the processor time used */
} Progress;

/* Starts the command line on DB and kills it at the kill point (both -1: never). TRUE if the
 * kill came before the command finished by itself; *SEEN says how far it got. */
static gboolean
run_and_kill (const char       *db,
              const char       *wal,
              KillPoint         at,
              Progress         *seen,
              const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid;
  int status = 0;
  gboolean killed = FALSE;

  g_ptr_array_add (argv, (char *) g_getenv ("SUPPLIER_TIERS_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_async (NULL, (char **) argv->pdata, NULL,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL |
                                G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  seen->log_bytes = 0;
  seen->cpu_ticks = 0;
  for (;;)
    {
      goffset size = file_size (wal);
      gint64 ticks = cpu_ticks (pid);
      pid_t done;

      seen->log_bytes = MAX (seen->log_bytes, size);
      seen->cpu_ticks = MAX (seen->cpu_ticks, ticks);
      if ((at.log_bytes >= 0 && size >= at.log_bytes) ||
          (at.cpu_ticks >= 0 && ticks >= at.cpu_ticks))
        {
          kill (pid, SIGKILL);
          killed = TRUE;
        }
      done = waitpid (pid, &status, killed ? 0 : WNOHANG);
      g_assert_cmpint (done, >=, 0);
      if (done == pid)
        break;
      /* Polls the command's progress: the kill point is a condition on it, not a time. */
      g_usleep (200);
    }
  g_spawn_close_pid (pid);
  if (WIFSIGNALED (status))
    {
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      return TRUE;
    }
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return FALSE;
}

/* Every other kill by the log's size, the others by processor time, each drawn from what a
 * whole run reaches. */
static KillPoint
draw_kill_point (Fixture        *f,
                 guint           i,
                 const Progress *whole)
{
  KillPoint at = { -1, -1 };

  if (i % 2 == 0)
    at.log_bytes = g_rand_int_range (f->rand, 0, (gint32) whole->log_bytes + 1);
  else
    at.cpu_ticks = g_rand_int_range (f->rand, 0, (gint32) whole->cpu_ticks + 1);
  return at;
}

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  return db;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
assert_integrity (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
}

/* A fixed first part of the data: suppliers S0001... with two years of history. */
static void
make_sample (Fixture *f)
{
  run_ok (f->db, "sample", "--suppliers=200", "--years=2", "--until=2026-06-30", NULL);
}

static char *
write_receipts (Fixture *f,
                guint    batch)
{
  g_autoptr(GString) text = g_string_new ("supplier_code,po_number,item_code,ordered_qty,"
                                          "received_qty,rejected_qty,unit_price,"
                                          "promised_date,received_date\n");
  g_autofree char *name = g_strdup_printf ("receipts-%u.csv", batch);
  char *path = g_build_filename (f->dir, name, NULL);

  for (guint i = 0; i < IMPORT_ROWS; i++)
    g_string_append_printf (text, "S%04u,K%u-%u,ITEM-%u,100,%u,%u,1.25,2026-05-%02u,"
                            "2026-05-%02u\n",
                            1 + i % 200, batch, i, i % 300, 90 + i % 11, i % 3,
                            1 + i % 28, 1 + (i + batch) % 28);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  return path;
}

/* Every receipts batch holds exactly the rows it says, and a whole file's worth; no receipt
 * belongs to a batch that is not there. Returns how many of the test's batches landed. */
static guint
check_batches (const char *path)
{
  sqlite3 *db = open_db (path);
  guint landed;

  assert_integrity (db);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM import_batch b WHERE b.kind = 'receipts' AND b.row_count <> "
                                  "(SELECT count(*) FROM receipt r WHERE r.batch_id = b.id)"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM receipt r WHERE NOT EXISTS "
                                  "(SELECT 1 FROM import_batch b WHERE b.id = r.batch_id)"),
                   ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM import_batch WHERE file_name LIKE "
                                  "'%receipts-%' AND row_count <> " G_STRINGIFY (IMPORT_ROWS)),
                   ==, 0);
  landed = (guint) query_int (db, "SELECT count(*) FROM import_batch "
                                  "WHERE file_name LIKE '%receipts-%'");
  sqlite3_close (db);
  return landed;
}

static void
test_import_killed (Fixture *f, gconstpointer data)
{
  Progress whole = { 0 };
  guint killed = 0, landed = 0, expected_max = 0;

  make_sample (f);
  /* The first import runs to its end: how large the log grows is the range of kill points. */
  for (guint batch = 0; batch <= f->kills; batch++)
    {
      g_autofree char *csv = write_receipts (f, batch);
      const char *args[] = { "import", "receipts", csv, NULL };
      KillPoint never = { -1, -1 };
      Progress seen;
      guint now_landed;

      if (run_and_kill (f->db, f->wal, batch == 0 ? never : draw_kill_point (f, batch, &whole),
                        &seen, args))
        killed++;
      else
        expected_max++;
      if (batch == 0)
        {
          whole = seen;
          g_assert_cmpint (whole.log_bytes, >, 0);
        }
      now_landed = check_batches (f->db);
      /* A killed import adds its whole batch or nothing; a finished one adds it. */
      g_assert_cmpuint (now_landed, >=, landed);
      g_assert_cmpuint (now_landed, <=, landed + 1);
      landed = now_landed;
    }
  g_assert_cmpuint (landed, >=, expected_max);
  g_test_message ("import: %u kills survived, %u of %u batches landed", killed, landed,
                  f->kills + 1);
  g_assert_cmpuint (killed, >=, f->kills / 2);
}

/* The evaluation's own columns, without the moment it was made: equal for the same data. */
static char *
evaluation_digest (const char *path)
{
  sqlite3 *db = open_db (path);
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  char *digest = NULL;

  assert_integrity (db);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT data_mark, scores, indicators, results "
                                           "FROM evaluation WHERE period = '" PERIOD "'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < 4; c++)
        {
          g_checksum_update (sum, sqlite3_column_blob (stmt, c), sqlite3_column_bytes (stmt, c));
          g_checksum_update (sum, (const guchar *) "|", 1);
        }
      digest = g_strdup (g_checksum_get_string (sum));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return digest;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autofree char *wal = g_strconcat (to, "-wal", NULL);
  g_autofree char *shm = g_strconcat (to, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
}

static void
test_evaluation_killed (Fixture *f, gconstpointer data)
{
  g_autofree char *before = g_build_filename (f->dir, "before.db", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *old_digest = NULL;
  g_autofree char *new_digest = NULL;
  const char *args[] = { "evaluate", PERIOD, NULL };
  KillPoint never = { -1, -1 };
  Progress whole = { 0 };
  guint killed = 0, kept = 0, replaced = 0;

  /* A stored evaluation, then new data for its period: evaluating again replaces it. */
  make_sample (f);
  run_ok (f->db, "evaluate", PERIOD, NULL);
  csv = write_receipts (f, 0);
  run_ok (f->db, "import", "receipts", csv, NULL);
  old_digest = evaluation_digest (f->db);
  g_assert_nonnull (old_digest);
  /* The command line has closed the database: its file holds everything. */
  copy_file (f->db, before);

  g_assert_false (run_and_kill (f->db, f->wal, never, &whole, args));
  new_digest = evaluation_digest (f->db);
  g_assert_nonnull (new_digest);
  g_assert_cmpstr (new_digest, !=, old_digest);

  for (guint i = 0; i < f->kills; i++)
    {
      g_autofree char *digest = NULL;
      Progress seen;

      copy_file (before, f->db);
      if (run_and_kill (f->db, f->wal, draw_kill_point (f, i, &whole), &seen, args))
        killed++;
      digest = evaluation_digest (f->db);
      g_assert_nonnull (digest);
      if (g_strcmp0 (digest, old_digest) == 0)
        kept++;
      else
        {
          g_assert_cmpstr (digest, ==, new_digest);
          replaced++;
        }
    }
  g_test_message ("evaluation: %u kills survived; %u kept the previous evaluation, %u hold "
                  "the new one", killed, kept, replaced);
  g_assert_cmpuint (killed, >=, f->kills / 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/crash/import-killed", Fixture, NULL, fixture_set_up, test_import_killed,
              fixture_tear_down);
  g_test_add ("/crash/evaluation-killed", Fixture, NULL, fixture_set_up,
              test_evaluation_killed, fixture_tear_down);
  return g_test_run ();
}
