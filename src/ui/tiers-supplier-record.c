/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-supplier-record.c: one supplier of the suppliers page. Beside the values it keeps
 * their display texts and sort keys, computed once, so neither scrolling nor sorting 10,000
 * rows formats a number. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tiers-number.h"
#include "tiers-supplier-record.h"

struct _TiersSupplierRecord
{
  GObject     parent_instance;

  char       *code;
  char       *name;
  char       *category;
  char       *contact;
  char       *email;
  char       *phone;
  char       *search_key;     /* case-folded "code\nname" */
  char       *code_key;       /* collation keys of the case-folded texts */
  char       *name_key;
  char       *category_key;
  TiersGrade  grade;
  TiersGrade  previous_grade;
  TiersGrade  adjusted_grade;   /* set by a manager over the computed one; NONE: not */
  TiersSupplierStatus status;   /* where it stands today: active, on hold, terminated */
  gboolean    has_score;
  double      score;
  gboolean    has_change;
  double      change;
  gboolean    provisional;
  guint64     receipts;
  double      spend;
  char       *score_text;
  char       *change_text;
  char       *receipts_text;
  char       *spend_text;
};

G_DEFINE_FINAL_TYPE (TiersSupplierRecord, tiers_supplier_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_GRADE,
  PROP_SCORE,
  PROP_SCORE_TEXT,
  PROP_CHANGE,
  PROP_CHANGE_TEXT,
  PROP_PROVISIONAL,
  PROP_RECEIPTS,
  PROP_RECEIPTS_TEXT,
  PROP_SPEND,
  PROP_SPEND_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint notify_signal;

/* Sort keys below every real value, so the rows without one gather at one end. */
#define NO_SCORE  (-G_MAXDOUBLE)
#define NO_CHANGE (-G_MAXDOUBLE)

static void
tiers_supplier_record_finalize (GObject *object)
{
  TiersSupplierRecord *self = TIERS_SUPPLIER_RECORD (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->category);
  g_free (self->contact);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->search_key);
  g_free (self->code_key);
  g_free (self->name_key);
  g_free (self->category_key);
  g_free (self->score_text);
  g_free (self->change_text);
  g_free (self->receipts_text);
  g_free (self->spend_text);
  G_OBJECT_CLASS (tiers_supplier_record_parent_class)->finalize (object);
}

static void
tiers_supplier_record_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TiersSupplierRecord *self = TIERS_SUPPLIER_RECORD (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_GRADE:
      g_value_set_int (value, self->grade);
      break;
    case PROP_SCORE:
      g_value_set_double (value, tiers_supplier_record_get_score_key (self));
      break;
    case PROP_SCORE_TEXT:
      g_value_set_string (value, self->score_text);
      break;
    case PROP_CHANGE:
      g_value_set_double (value, tiers_supplier_record_get_change_key (self));
      break;
    case PROP_CHANGE_TEXT:
      g_value_set_string (value, self->change_text);
      break;
    case PROP_PROVISIONAL:
      g_value_set_boolean (value, self->provisional);
      break;
    case PROP_RECEIPTS:
      g_value_set_uint64 (value, self->receipts);
      break;
    case PROP_RECEIPTS_TEXT:
      g_value_set_string (value, self->receipts_text);
      break;
    case PROP_SPEND:
      g_value_set_double (value, self->spend);
      break;
    case PROP_SPEND_TEXT:
      g_value_set_string (value, self->spend_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
collation_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_utf8_collate_key (folded, -1);
}

static void
tiers_supplier_record_class_init (TiersSupplierRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tiers_supplier_record_finalize;
  object_class->get_property = tiers_supplier_record_get_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties[PROP_GRADE] =
    g_param_spec_int ("grade", NULL, NULL, TIERS_GRADE_NONE, TIERS_GRADE_D, TIERS_GRADE_NONE,
                      flags);
  /* Score and change as their sort keys: below any real value where there is none. */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, NO_SCORE, flags);
  properties[PROP_SCORE_TEXT] = g_param_spec_string ("score-text", NULL, NULL, NULL, flags);
  properties[PROP_CHANGE] =
    g_param_spec_double ("change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, NO_CHANGE, flags);
  properties[PROP_CHANGE_TEXT] = g_param_spec_string ("change-text", NULL, NULL, NULL, flags);
  properties[PROP_PROVISIONAL] =
    g_param_spec_boolean ("provisional", NULL, NULL, FALSE, flags);
  properties[PROP_RECEIPTS] =
    g_param_spec_uint64 ("receipts", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  properties[PROP_RECEIPTS_TEXT] =
    g_param_spec_string ("receipts-text", NULL, NULL, NULL, flags);
  properties[PROP_SPEND] =
    g_param_spec_double ("spend", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_SPEND_TEXT] = g_param_spec_string ("spend-text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  notify_signal = g_signal_lookup ("notify", G_TYPE_OBJECT);
}

static void
tiers_supplier_record_init (TiersSupplierRecord *self)
{
}

/* The texts of the cells. The thousands separators and the decimal mark are the locale's
 * (the ' flag of POSIX printf); the CSV export writes its own plain numbers. */
static void
format_texts (TiersSupplierRecord *self)
{
  self->score_text = self->has_score ? g_strdup_printf ("%.2f", self->score) : g_strdup ("");
  if (!self->has_change)
    self->change_text = g_strdup ("");
  else if (self->change > 0)
    self->change_text = g_strdup_printf ("▲ %.2f", self->change);
  else if (self->change < 0)
    self->change_text = g_strdup_printf ("▼ %.2f", -self->change);
  else
    self->change_text = g_strdup ("= 0.00");
  self->receipts_text = g_strdup_printf ("%'" G_GUINT64_FORMAT, self->receipts);
  self->spend_text = g_strdup_printf ("%'.2f", self->spend);
}

static void
clear_grading (gpointer data)
{
  TiersSupplierGrading *grading = data;

  g_free (grading->code);
  g_free (grading->category);
}

GArray *
tiers_supplier_grading_copy (const TiersEvaluation *evaluation,
                             const TiersEvaluation *previous)
{
  GArray *gradings;

  g_return_val_if_fail (evaluation != NULL, NULL);

  gradings = g_array_sized_new (FALSE, TRUE, sizeof (TiersSupplierGrading),
                                evaluation->n_suppliers);
  g_array_set_clear_func (gradings, clear_grading);
  for (guint i = 0; i < evaluation->n_suppliers; i++)
    {
      const TiersSupplierResult *result = &evaluation->suppliers[i];
      const TiersSupplierResult *before =
        previous != NULL ? tiers_evaluation_find (previous, result->supplier->code) : NULL;
      TiersSupplierGrading grading = {
        g_strdup (result->supplier->code),
        g_strdup (result->supplier->category),
        result->supplier->receipts,
        result->graded,
        result->score,
        result->graded ? result->grade : TIERS_GRADE_NONE,
        result->provisional,
        before != NULL && before->graded,
        before != NULL ? before->score : 0,
        before != NULL && before->graded ? before->grade : TIERS_GRADE_NONE,
      };

      g_array_append_val (gradings, grading);
    }
  return gradings;
}

/* Whether the text *OLD was replaced by a different one; frees *OLD. */
static gboolean
text_changed (char       **old,
              const char  *fresh)
{
  gboolean changed = g_strcmp0 (*old, fresh) != 0;

  g_clear_pointer (old, g_free);
  return changed;
}

/* The figures that change with the period, texts formatted anew. Notifies each property
 * whose value really changed, once all are set, so a handler reading the record sees it
 * whole; a record that a switch leaves alone notifies nothing. */
static void
set_values (TiersSupplierRecord        *self,
            const TiersSupplierGrading *grading,
            double                      spend)
{
  double score_key = tiers_supplier_record_get_score_key (self);
  double change_key = tiers_supplier_record_get_change_key (self);
  char *old_texts[] = { self->score_text, self->change_text, self->receipts_text,
                        self->spend_text };
  gboolean changed[N_PROPS] = { FALSE, };

  changed[PROP_SPEND] = self->spend != spend;
  changed[PROP_RECEIPTS] = self->receipts != grading->receipts;
  changed[PROP_GRADE] = self->grade != grading->grade;
  changed[PROP_PROVISIONAL] = self->provisional != grading->provisional;
  self->spend = spend;
  self->receipts = grading->receipts;
  self->grade = grading->grade;
  self->has_score = grading->graded;
  self->score = grading->score;
  self->provisional = grading->provisional;
  self->previous_grade = grading->previous_grade;
  self->has_change = grading->previous_graded && grading->graded;
  self->change = self->has_change ? tiers_round2 (grading->score - grading->previous_score) : 0;
  changed[PROP_SCORE] = score_key != tiers_supplier_record_get_score_key (self);
  changed[PROP_CHANGE] = change_key != tiers_supplier_record_get_change_key (self);
  format_texts (self);
  changed[PROP_SCORE_TEXT] = text_changed (&old_texts[0], self->score_text);
  changed[PROP_CHANGE_TEXT] = text_changed (&old_texts[1], self->change_text);
  changed[PROP_RECEIPTS_TEXT] = text_changed (&old_texts[2], self->receipts_text);
  changed[PROP_SPEND_TEXT] = text_changed (&old_texts[3], self->spend_text);
  /* Only the few records in rows on screen have handlers: skipping the notifications of
   * the others saves 10 to 40 ms of a switch at 10,000 suppliers. */
  if (g_signal_handler_find (self, G_SIGNAL_MATCH_ID, notify_signal, 0, NULL, NULL, NULL) == 0)
    return;
  for (guint i = PROP_GRADE; i < N_PROPS; i++)
    if (changed[i])
      g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

TiersSupplierRecord *
tiers_supplier_record_new (const TiersSupplierGrading *grading,
                           const TiersSupplierDetails *details)
{
  TiersSupplierRecord *self;
  g_autofree char *key = NULL;

  g_return_val_if_fail (grading != NULL, NULL);

  self = g_object_new (TIERS_TYPE_SUPPLIER_RECORD, NULL);
  self->code = g_strdup (grading->code);
  self->category = g_strdup (grading->category);
  self->name = g_strdup (details != NULL && details->name != NULL ? details->name : "");
  if (details != NULL)
    {
      self->contact = g_strdup (details->contact);
      self->email = g_strdup (details->email);
      self->phone = g_strdup (details->phone);
    }
  set_values (self, grading, details != NULL ? details->spend : 0);
  key = g_strconcat (self->code, "\n", self->name, NULL);
  self->search_key = g_utf8_casefold (key, -1);
  self->code_key = collation_key (self->code);
  self->name_key = collation_key (self->name);
  self->category_key = collation_key (self->category);
  return self;
}

/* A new period's figures for the same supplier: names, contacts and sort keys stay, so
 * switching the period does not build 10,000 records again. The record notifies what
 * changed (the cells shown follow); the caller tells the list's filter and sorter. */
void
tiers_supplier_record_update (TiersSupplierRecord        *self,
                              const TiersSupplierGrading *grading,
                              double                      spend)
{
  g_return_if_fail (TIERS_IS_SUPPLIER_RECORD (self) && grading != NULL);

  set_values (self, grading, spend);
}

const char *
tiers_supplier_record_get_code (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->code;
}

const char *
tiers_supplier_record_get_name (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->name;
}

const char *
tiers_supplier_record_get_category (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->category;
}

const char *
tiers_supplier_record_get_contact (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->contact;
}

const char *
tiers_supplier_record_get_email (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->email;
}

const char *
tiers_supplier_record_get_phone (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->phone;
}

TiersGrade
tiers_supplier_record_get_grade (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), TIERS_GRADE_NONE);
  return self->grade;
}

TiersGrade
tiers_supplier_record_get_adjusted_grade (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), TIERS_GRADE_NONE);
  return self->adjusted_grade;
}

TiersGrade
tiers_supplier_record_get_shown_grade (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), TIERS_GRADE_NONE);
  return self->adjusted_grade != TIERS_GRADE_NONE ? self->adjusted_grade : self->grade;
}

void
tiers_supplier_record_set_adjusted_grade (TiersSupplierRecord *self,
                                          TiersGrade           grade)
{
  g_return_if_fail (TIERS_IS_SUPPLIER_RECORD (self));

  if (self->adjusted_grade == grade)
    return;
  self->adjusted_grade = grade;
  /* The grade shown changed: cells and sorters follow "grade". */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
}

TiersSupplierStatus
tiers_supplier_record_get_status (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), TIERS_STATUS_ACTIVE);
  return self->status;
}

void
tiers_supplier_record_set_status (TiersSupplierRecord *self,
                                  TiersSupplierStatus  status)
{
  g_return_if_fail (TIERS_IS_SUPPLIER_RECORD (self));

  if (self->status == status)
    return;
  self->status = status;
  /* The name cell shows the status beside the name. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

TiersGrade
tiers_supplier_record_get_previous_grade (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), TIERS_GRADE_NONE);
  return self->previous_grade;
}

gboolean
tiers_supplier_record_get_has_score (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), FALSE);
  return self->has_score;
}

double
tiers_supplier_record_get_score (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), 0);
  return self->score;
}

gboolean
tiers_supplier_record_get_has_change (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), FALSE);
  return self->has_change;
}

double
tiers_supplier_record_get_change (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), 0);
  return self->change;
}

gboolean
tiers_supplier_record_get_provisional (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), FALSE);
  return self->provisional;
}

guint64
tiers_supplier_record_get_receipts (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), 0);
  return self->receipts;
}

double
tiers_supplier_record_get_spend (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), 0);
  return self->spend;
}

double
tiers_supplier_record_get_score_key (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NO_SCORE);
  return self->has_score ? self->score : NO_SCORE;
}

double
tiers_supplier_record_get_change_key (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NO_CHANGE);
  return self->has_change ? self->change : NO_CHANGE;
}

const char *
tiers_supplier_record_get_code_key (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->code_key;
}

const char *
tiers_supplier_record_get_name_key (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->name_key;
}

const char *
tiers_supplier_record_get_category_key (TiersSupplierRecord *self)
{
  g_return_val_if_fail (TIERS_IS_SUPPLIER_RECORD (self), NULL);
  return self->category_key;
}

gboolean
tiers_supplier_record_matches (TiersSupplierRecord *self,
                               const char          *folded_text)
{
  return strstr (self->search_key, folded_text) != NULL;
}
