/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-bench-generate.c: writes the five import files of docs/formats.md (suppliers, receipts,
 * incidents, feedback, ratings) at any size, deterministically: the same options give the
 * same files, byte for byte. Used by the benchmarks under bench/. */
#define G_LOG_DOMAIN "tiers-bench"

#include "config.h"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct
{
  guint    suppliers;
  guint64  receipts;
  guint64  incidents;
  guint64  feedback;
  guint64  ratings;
  guint    items;
  guint    categories;
  guint64  seed;
  char    *from;
  char    *to;
  char    *output;
} Options;

/* Each supplier's character, so grades spread and the data looks like a real ERP export. */
typedef struct
{
  guint  category;
  double on_time;       /* chance a delivery arrives by the promised date */
  double reject_rate;   /* mean share of a delivery rejected */
  double short_rate;    /* chance of a delivery short by more than 5 % */
  double price_factor;  /* against the market price */
  double service;       /* mean feedback rating, 1..5 */
} Supplier;

typedef struct
{
  guint  category;
  double price;         /* market price */
} Item;

typedef struct
{
  guint64   state;
  Options  *options;
  Supplier *suppliers;
  Item     *items;
  char    (*days)[11];  /* "YYYY-MM-DD" of each day from `from` */
  guint     n_days;
} Generator;

/* splitmix64: tiny, fast and the same on every platform, unlike rand(). */
static guint64
next_u64 (Generator *gen)
{
  guint64 z = (gen->state += 0x9E3779B97F4A7C15ULL);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static double
uniform (Generator *gen)
{
  return (double) (next_u64 (gen) >> 11) * (1.0 / 9007199254740992.0);
}

static guint
below (Generator *gen,
       guint      n)
{
  return (guint) (uniform (gen) * n);
}

static double
between (Generator *gen,
         double     lo,
         double     hi)
{
  return lo + (hi - lo) * uniform (gen);
}

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  int y, m, d;

  if (sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static gboolean
make_days (Generator *gen,
           GError   **error)
{
  GDate from, to;

  if (!parse_day (gen->options->from, &from) || !parse_day (gen->options->to, &to) ||
      g_date_compare (&from, &to) > 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--from and --to must be dates YYYY-MM-DD, from not after to");
      return FALSE;
    }
  gen->n_days = (guint) g_date_days_between (&from, &to) + 1;
  gen->days = g_malloc_n (gen->n_days + 120, sizeof *gen->days);
  /* A few days past `to`: promised dates may lie after the last delivery. */
  for (guint i = 0; i < gen->n_days + 120; i++)
    {
      g_date_strftime (gen->days[i], 11, "%Y-%m-%d", &from);
      g_date_add_days (&from, 1);
    }
  return TRUE;
}

static void
make_suppliers_and_items (Generator *gen)
{
  Options *o = gen->options;

  gen->suppliers = g_new (Supplier, o->suppliers);
  for (guint i = 0; i < o->suppliers; i++)
    {
      Supplier *s = &gen->suppliers[i];
      double quality = uniform (gen);   /* 0 poor .. 1 excellent, shared by the traits */

      s->category = below (gen, o->categories);
      s->on_time = 0.55 + 0.44 * sqrt (quality) * between (gen, 0.85, 1.0);
      s->reject_rate = (1 - quality) * between (gen, 0, 0.12);
      s->short_rate = (1 - quality) * between (gen, 0, 0.3);
      s->price_factor = between (gen, 0.85, 1.25);
      s->service = 1.5 + 3.4 * (0.5 * quality + 0.5 * uniform (gen));
    }
  gen->items = g_new (Item, o->items);
  for (guint i = 0; i < o->items; i++)
    {
      gen->items[i].category = i % o->categories;
      gen->items[i].price = exp (between (gen, log (0.5), log (2000.0)));
    }
}

static FILE *
open_output (Generator  *gen,
             const char *name,
             const char *header,
             GError    **error)
{
  g_autofree char *path = g_build_filename (gen->options->output, name, NULL);
  FILE *file = fopen (path, "w");

  if (file == NULL)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Cannot write %s: %s", path, g_strerror (saved));
      return NULL;
    }
  setvbuf (file, NULL, _IOFBF, 1 << 20);
  fputs (header, file);
  return file;
}

static gboolean
close_output (FILE    *file,
              GError **error)
{
  if (ferror (file) | fclose (file))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "Writing failed: %s",
                   g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static const char * const first_names[] = {
  "Anna", "Ben", "Chen", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Julia",
  "Kenji", "Lena", "Marco", "Nadia", "Omar", "Petra", "Quinn", "Rosa", "Sven", "Tao",
};
static const char * const words[] = {
  "Steel", "Precision", "Northern", "Pacific", "United", "Alpha", "Metro", "Green",
  "Delta", "Summit", "Harbor", "Atlas",
};

static gboolean
write_suppliers (Generator *gen,
                 GError   **error)
{
  FILE *f = open_output (gen, "suppliers.csv", "code,name,category,contact,email,phone\n",
                         error);

  if (f == NULL)
    return FALSE;
  for (guint i = 0; i < gen->options->suppliers; i++)
    {
      const char *word = words[i % G_N_ELEMENTS (words)];
      const char *person = first_names[(i / 7) % G_N_ELEMENTS (first_names)];

      /* Every fifth name holds a comma, so the file exercises quoting. */
      if (i % 5 == 0)
        fprintf (f, "S%05u,\"%s Works %u, Ltd\",Category %02u,%s,s%05u@example.com,"
                 "+1 555 %07u\n", i + 1, word, i + 1, gen->suppliers[i].category + 1, person,
                 i + 1, i + 1);
      else
        fprintf (f, "S%05u,%s Supply %u,Category %02u,%s,s%05u@example.com,+1 555 %07u\n",
                 i + 1, word, i + 1, gen->suppliers[i].category + 1, person, i + 1, i + 1);
    }
  return close_output (f, error);
}

/* An item of the supplier's category: the items of category c are c, c + categories, ... */
static guint
pick_item (Generator *gen,
           guint      category)
{
  guint per_category = gen->options->items / gen->options->categories;

  return category + gen->options->categories * below (gen, MAX (per_category, 1));
}

static void
write_receipt (Generator *gen,
               FILE      *f,
               guint      supplier,
               guint64    po,
               guint      item,
               guint      day)
{
  const Supplier *s = &gen->suppliers[supplier];
  guint ordered = 1 + below (gen, 500);
  guint received = ordered;
  guint rejected = 0;
  double price = gen->items[item].price * s->price_factor * between (gen, 0.95, 1.05);
  int late = 0;

  if (uniform (gen) < s->short_rate)
    {
      guint short_qty = (guint) (ordered * between (gen, 0.7, 0.95));

      received = MAX (1, short_qty);
    }
  if (uniform (gen) < s->reject_rate * 4)
    rejected = (guint) (received * between (gen, 0, s->reject_rate * 2));
  if (uniform (gen) >= s->on_time)
    late = 1 + (int) below (gen, 12);
  else
    late = -(int) below (gen, 3);
  /* received = promised + late, so promised may lie a few days after the delivery. */
  fprintf (f, "S%05u,PO%08" G_GUINT64_FORMAT ",I%05u,%u,%u,%u,%.2f,%s,%s\n", supplier + 1, po,
           item + 1, ordered, received, rejected, price,
           gen->days[(guint) MAX (0, (int) day - late)], gen->days[day]);
}

/* Receipts come in date order, as an ERP exports them, one purchase order of 1 to 3 lines
 * with different items at a time; so no two rows are ever the same receipt. */
static gboolean
write_receipts (Generator *gen,
                GError   **error)
{
  guint64 n = gen->options->receipts;
  guint64 po = 0;
  FILE *f = open_output (gen, "receipts.csv",
                         "supplier_code,po_number,item_code,ordered_qty,received_qty,"
                         "rejected_qty,unit_price,promised_date,received_date\n", error);

  if (f == NULL)
    return FALSE;
  for (guint64 i = 0; i < n; po++)
    {
      guint supplier = below (gen, gen->options->suppliers);
      guint day = (guint) (i * gen->n_days / n);
      guint per_category = gen->options->items / gen->options->categories;
      guint lines = 1 + below (gen, MIN (3, per_category));  /* each line another item */
      guint item = pick_item (gen, gen->suppliers[supplier].category);

      for (guint l = 0; l < lines && i < n; l++, i++)
        write_receipt (gen, f, supplier, po + 1,
                       (item + l * gen->options->categories) % gen->options->items, day);
    }
  return close_output (f, error);
}

static gboolean
write_incidents (Generator *gen,
                 GError   **error)
{
  static const char * const what[] = {
    "Wrong label", "Damaged packaging", "Out of tolerance, batch blocked",
    "Missing certificate", "Contaminated \"clean\" parts",
  };
  FILE *f = open_output (gen, "incidents.csv", "supplier_code,date,severity,description\n",
                         error);

  if (f == NULL)
    return FALSE;
  for (guint64 i = 0; i < gen->options->incidents; i++)
    {
      guint day = (guint) (i * gen->n_days / MAX (gen->options->incidents, 1));
      guint supplier = below (gen, gen->options->suppliers);
      double roll = uniform (gen);
      const char *severity = roll < 0.05 ? "critical" : roll < 0.3 ? "major" : "minor";
      const char *text = what[below (gen, G_N_ELEMENTS (what))];

      /* Poor suppliers have more incidents: a good one often gets away. */
      if (uniform (gen) < 0.5 * (1 - gen->suppliers[supplier].reject_rate / 0.12))
        supplier = below (gen, gen->options->suppliers);
      if (strchr (text, '"') || strchr (text, ','))
        {
          g_auto(GStrv) parts = g_strsplit (text, "\"", -1);
          g_autofree char *doubled = g_strjoinv ("\"\"", parts);

          fprintf (f, "S%05u,%s,%s,\"%s\"\n", supplier + 1, gen->days[day], severity, doubled);
        }
      else
        fprintf (f, "S%05u,%s,%s,%s\n", supplier + 1, gen->days[day], severity, text);
    }
  return close_output (f, error);
}

static gboolean
write_feedback (Generator *gen,
                GError   **error)
{
  FILE *f = open_output (gen, "feedback.csv",
                         "supplier_code,date,rating,response_hours,comment\n", error);

  if (f == NULL)
    return FALSE;
  for (guint64 i = 0; i < gen->options->feedback; i++)
    {
      guint day = (guint) (i * gen->n_days / MAX (gen->options->feedback, 1));
      guint supplier = below (gen, gen->options->suppliers);
      double noisy = gen->suppliers[supplier].service + between (gen, -1, 1);
      double rating = CLAMP (noisy, 1, 5);  /* CLAMP evaluates its argument more than once */

      fprintf (f, "S%05u,%s,%.1f,", supplier + 1, gen->days[day], rating);
      if (uniform (gen) < 0.9)
        fprintf (f, "%.1f", between (gen, 1, 20) * (6 - rating));
      fputs (i % 10 == 0 ? ",\"Quick answer, thanks\"\n" : ",\n", f);
    }
  return close_output (f, error);
}

/* Ratings of the default scheme's manual criterion (cooperation, Scale=5). Supplier and day
 * follow a grid, so no two rows share supplier, criterion, date and evaluator. */
static gboolean
write_ratings (Generator *gen,
               GError   **error)
{
  guint64 n = gen->options->ratings;
  guint64 rounds = (n + gen->options->suppliers - 1) / gen->options->suppliers;
  FILE *f = open_output (gen, "ratings.csv",
                         "supplier_code,criterion,date,evaluator,rating,comment\n", error);

  if (f == NULL)
    return FALSE;
  for (guint64 i = 0; i < n; i++)
    {
      guint supplier = (guint) (i % gen->options->suppliers);
      guint64 pass = i / gen->options->suppliers;
      double noisy = round (gen->suppliers[supplier].service + between (gen, -1, 1));
      double rating = CLAMP (noisy, 1, 5);
      const char *name = first_names[below (gen, G_N_ELEMENTS (first_names))];

      /* Each pass over the suppliers has its own day; with more passes than days, its own
       * numbered evaluator instead. */
      if (rounds <= gen->n_days)
        fprintf (f, "S%05u,cooperation,%s,%s,%.0f,\n", supplier + 1,
                 gen->days[pass * gen->n_days / rounds], name, rating);
      else
        fprintf (f, "S%05u,cooperation,%s,Evaluator %" G_GUINT64_FORMAT ",%.0f,\n",
                 supplier + 1, gen->days[pass % gen->n_days], pass / gen->n_days + 1, rating);
    }
  return close_output (f, error);
}

static gboolean
generate (Options  *options,
          GError  **error)
{
  Generator gen = { .state = options->seed, .options = options };
  gboolean ok;

  if (options->suppliers == 0 || options->items == 0 || options->categories == 0 ||
      options->items < options->categories)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--suppliers, --items and --categories must be at least 1, "
                   "and --items at least --categories");
      return FALSE;
    }
  if (g_mkdir_with_parents (options->output, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Cannot create %s: %s", options->output, g_strerror (saved));
      return FALSE;
    }
  if (!make_days (&gen, error))
    return FALSE;
  make_suppliers_and_items (&gen);
  ok = write_suppliers (&gen, error) && write_receipts (&gen, error) &&
       write_incidents (&gen, error) && write_feedback (&gen, error) &&
       write_ratings (&gen, error);
  g_free (gen.suppliers);
  g_free (gen.items);
  g_free (gen.days);
  return ok;
}

int
main (int    argc,
      char **argv)
{
  Options o = { 10000, 2000000, 60000, 200000, 100000, 2000, 10, 1, NULL, NULL, NULL };
  g_autoptr(GOptionContext) context = g_option_context_new ("- write benchmark CSV files");
  g_autoptr(GError) error = NULL;
  gint64 receipts = -1, incidents = -1, feedback = -1, ratings = -1, seed = 1;
  int suppliers = -1, items = -1, categories = -1;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output,
      "Folder to write suppliers.csv, receipts.csv, incidents.csv, feedback.csv and "
      "ratings.csv into (created if needed; default: the current folder)", "DIR" },
    { "suppliers", 0, 0, G_OPTION_ARG_INT, &suppliers, "Suppliers (default 10000)", "N" },
    { "receipts", 0, 0, G_OPTION_ARG_INT64, &receipts, "Receipts (default 2000000)", "N" },
    { "incidents", 0, 0, G_OPTION_ARG_INT64, &incidents, "Incidents (default 60000)", "N" },
    { "feedback", 0, 0, G_OPTION_ARG_INT64, &feedback, "Feedback rows (default 200000)",
      "N" },
    { "ratings", 0, 0, G_OPTION_ARG_INT64, &ratings,
      "Ratings of the default scheme's manual criterion, cooperation (Scale 5; "
      "default 100000)", "N" },
    { "items", 0, 0, G_OPTION_ARG_INT, &items, "Items with market prices (default 2000)",
      "N" },
    { "categories", 0, 0, G_OPTION_ARG_INT, &categories, "Supplier categories (default 10)",
      "N" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, "First day (default 2021-01-01)",
      "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to, "Last day (default 2024-12-31)", "YYYY-MM-DD" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Random seed (default 1)", "S" },
    { NULL }
  };
  gboolean ok;

  g_option_context_set_summary (context,
      "Writes the five import files of Supplier Tiers, deterministically: the same options\n"
      "give the same bytes. Receipts are spread evenly over the days from --from to --to in\n"
      "date order; suppliers differ in reliability, quality, price level and service.\n"
      "Every row is valid, and no two receipts or ratings are duplicates, so all five files\n"
      "import cleanly, suppliers first. A count of 0 writes a file with the header only.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1)
    {
      g_printerr ("%s\n", error ? error->message : "unexpected arguments");
      return 2;
    }
  if (suppliers >= 0) o.suppliers = (guint) suppliers;
  if (items >= 0) o.items = (guint) items;
  if (categories >= 0) o.categories = (guint) categories;
  if (receipts >= 0) o.receipts = (guint64) receipts;
  if (incidents >= 0) o.incidents = (guint64) incidents;
  if (feedback >= 0) o.feedback = (guint64) feedback;
  if (ratings >= 0) o.ratings = (guint64) ratings;
  o.seed = (guint64) seed;
  if (o.from == NULL) o.from = g_strdup ("2021-01-01");
  if (o.to == NULL) o.to = g_strdup ("2024-12-31");
  if (o.output == NULL) o.output = g_strdup (".");

  ok = generate (&o, &error);
  if (!ok)
    g_printerr ("tiers-bench-generate: %s\n", error->message);
  g_free (o.from);
  g_free (o.to);
  g_free (o.output);
  return ok ? 0 : 1;
}
