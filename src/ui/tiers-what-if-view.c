/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-what-if-view.c: the live preview of the criteria page. The counts sit in a grid
 * (a badge per grade; rows now, with the edit, and the change). The changed suppliers are a
 * list model over the what-if's array that makes an item only when asked; the view shows
 * the first MAX_ROWS of them in rows it makes once and rebinds, so a threshold edit that
 * moves thousands of suppliers still updates within a frame. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-grade-badge.h"
#include "tiers-what-if-view.h"

/* One changed supplier: what a row shows. */
struct _TiersGradeChangeItem
{
  GObject          parent_instance;

  TiersGradeChange change;
  char            *code;
  char            *name;
};

G_DEFINE_FINAL_TYPE (TiersGradeChangeItem, tiers_grade_change_item, G_TYPE_OBJECT)

static void
tiers_grade_change_item_finalize (GObject *object)
{
  TiersGradeChangeItem *self = TIERS_GRADE_CHANGE_ITEM (object);

  g_free (self->code);
  g_free (self->name);
  G_OBJECT_CLASS (tiers_grade_change_item_parent_class)->finalize (object);
}

static void
tiers_grade_change_item_class_init (TiersGradeChangeItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tiers_grade_change_item_finalize;
}

static void
tiers_grade_change_item_init (TiersGradeChangeItem *self)
{
}

const char *
tiers_grade_change_item_get_code (TiersGradeChangeItem *self)
{
  g_return_val_if_fail (TIERS_IS_GRADE_CHANGE_ITEM (self), NULL);
  return self->code;
}

const char *
tiers_grade_change_item_get_name (TiersGradeChangeItem *self)
{
  g_return_val_if_fail (TIERS_IS_GRADE_CHANGE_ITEM (self), NULL);
  return self->name;
}

const TiersGradeChange *
tiers_grade_change_item_get_change (TiersGradeChangeItem *self)
{
  g_return_val_if_fail (TIERS_IS_GRADE_CHANGE_ITEM (self), NULL);
  return &self->change;
}

/* The changes of one what-if as a GListModel; owns the what-if. */
#define CHANGE_LIST_TYPE (change_list_get_type ())
G_DECLARE_FINAL_TYPE (ChangeList, change_list, CHANGE, LIST, GObject)

struct _ChangeList
{
  GObject      parent_instance;

  TiersWhatIf *what_if;
  GHashTable  *names;
};

static GType
change_list_get_item_type (GListModel *model)
{
  return TIERS_TYPE_GRADE_CHANGE_ITEM;
}

static guint
change_list_get_n_items (GListModel *model)
{
  ChangeList *self = CHANGE_LIST (model);

  return self->what_if ? self->what_if->changes->len : 0;
}

static gpointer
change_list_get_item (GListModel *model,
                      guint       position)
{
  ChangeList *self = CHANGE_LIST (model);
  TiersGradeChangeItem *item;
  const char *name;

  if (self->what_if == NULL || position >= self->what_if->changes->len)
    return NULL;
  item = g_object_new (TIERS_TYPE_GRADE_CHANGE_ITEM, NULL);
  item->change = g_array_index (self->what_if->changes, TiersGradeChange, position);
  /* Copied: the item may outlive the what-if while the list view lets go of its rows. */
  item->code = g_strdup (item->change.code);
  item->change.code = item->code;
  name = self->names ? g_hash_table_lookup (self->names, item->code) : NULL;
  item->name = g_strdup (name ? name : "");
  return item;
}

static void
change_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = change_list_get_item_type;
  iface->get_n_items = change_list_get_n_items;
  iface->get_item = change_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ChangeList, change_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      change_list_model_init))

static void
change_list_finalize (GObject *object)
{
  ChangeList *self = CHANGE_LIST (object);

  g_clear_pointer (&self->what_if, tiers_what_if_free);
  g_clear_pointer (&self->names, g_hash_table_unref);
  G_OBJECT_CLASS (change_list_parent_class)->finalize (object);
}

static void
change_list_class_init (ChangeListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = change_list_finalize;
}

static void
change_list_init (ChangeList *self)
{
}

/* Replaces the what-if in one items-changed, so the list view rebinds only its visible rows. */
static void
change_list_replace (ChangeList  *self,
                     TiersWhatIf *what_if,
                     GHashTable  *names)
{
  guint removed = change_list_get_n_items (G_LIST_MODEL (self));

  g_clear_pointer (&self->what_if, tiers_what_if_free);
  if (names != self->names)
    {
      g_clear_pointer (&self->names, g_hash_table_unref);
      self->names = names ? g_hash_table_ref (names) : NULL;
    }
  self->what_if = what_if;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed,
                              change_list_get_n_items (G_LIST_MODEL (self)));
}

/* The grades in the order of the count columns. */
static const TiersGrade column_grades[] = {
  TIERS_GRADE_A, TIERS_GRADE_B, TIERS_GRADE_C, TIERS_GRADE_D, TIERS_GRADE_NONE,
};
#define N_COLUMNS G_N_ELEMENTS (column_grades)
/* Now, with the edit, and the change between them. */
#define N_ROWS 3
/* The changed suppliers listed; the title counts them all. A manager reads the first few
 * dozen; a threshold edit can move thousands, which would cost a frame to lay out. */
#define MAX_ROWS 50

struct _TiersWhatIfView
{
  GtkWidget         parent_instance;

  GtkStack         *stack;
  GtkLabel         *title;
  GtkSpinner       *spinner;
  GtkLabel         *status;
  GtkGrid          *counts;
  GtkLabel         *provisional;
  GtkLabel         *changes_title;
  GtkStack         *changes_stack;
  GtkListBox       *list_box;
  GtkLabel         *more;

  GtkLabel         *count_labels[N_ROWS][N_COLUMNS];   /* now, with the edit, change */
  ChangeList       *changes;
  GPtrArray        *rows;       /* the list's rows, made once and bound again per edit */
  TiersWhatIfState  state;
};

G_DEFINE_FINAL_TYPE (TiersWhatIfView, tiers_what_if_view, GTK_TYPE_WIDGET)

/* A row: name over code, the two grade badges with an arrow, the scores. */
static GtkWidget *
create_row (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_label_new ("→");
  GtkWidget *score = gtk_label_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_widget_add_css_class (code, "caption");
  gtk_widget_add_css_class (code, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_box_append (GTK_BOX (names), name);
  gtk_box_append (GTK_BOX (names), code);
  gtk_widget_add_css_class (score, "numeric");
  gtk_widget_add_css_class (score, "dim-label");
  gtk_box_append (GTK_BOX (box), names);
  gtk_box_append (GTK_BOX (box), tiers_grade_badge_new (TIERS_GRADE_NONE));
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_box_append (GTK_BOX (box), tiers_grade_badge_new (TIERS_GRADE_NONE));
  gtk_box_append (GTK_BOX (box), score);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static char *
format_score (const TiersGradeChange *c,
              gboolean                after)
{
  TiersGrade grade = after ? c->to : c->from;

  if (grade == TIERS_GRADE_NONE)
    return g_strdup ("—");
  return g_strdup_printf ("%.2f", after ? c->score_after : c->score_before);
}

static void
bind_row (GtkWidget            *row,
          TiersGradeChangeItem *item)
{
  GtkWidget *names = gtk_widget_get_first_child (gtk_list_box_row_get_child
                                                 (GTK_LIST_BOX_ROW (row)));
  GtkWidget *from = gtk_widget_get_next_sibling (names);
  GtkWidget *to = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (from));
  GtkWidget *score = gtk_widget_get_next_sibling (to);
  const TiersGradeChange *c = &item->change;
  g_autofree char *before = format_score (c, FALSE);
  g_autofree char *after = format_score (c, TRUE);
  g_autofree char *scores = g_strdup_printf ("%s → %s", before, after);
  g_autofree char *from_text = tiers_grade_describe (c->from);
  g_autofree char *to_text = tiers_grade_describe (c->to);
  g_autofree char *description = NULL;

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (names)),
                      *item->name ? item->name : item->code);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (names)), item->code);
  tiers_grade_badge_set_grade (TIERS_GRADE_BADGE (from), c->from);
  tiers_grade_badge_set_grade (TIERS_GRADE_BADGE (to), c->to);
  gtk_label_set_text (GTK_LABEL (score), scores);
  /* Translators: a supplier in the what-if list, e.g. "Acme (S0001): Grade A to Grade B,
   * score 90.00 to 84.00" */
  description = g_strdup_printf (_("%s (%s): %s to %s, score %s to %s"), item->name,
                                 item->code, from_text, to_text, before, after);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

static void
build_count_grid (TiersWhatIfView *self)
{
  const char *row_titles[] = { N_("Now"), N_("With the edit"), N_("Change") };

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkWidget *badge = tiers_grade_badge_new (column_grades[c]);

      gtk_widget_set_halign (badge, GTK_ALIGN_CENTER);
      gtk_grid_attach (self->counts, badge, (int) c + 1, 0, 1, 1);
    }
  for (guint r = 0; r < N_ROWS; r++)
    {
      GtkWidget *title = gtk_label_new (_(row_titles[r]));

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, r == 1 ? "heading" : "dim-label");
      gtk_grid_attach (self->counts, title, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          GtkWidget *count = gtk_label_new ("–");

          gtk_widget_add_css_class (count, "numeric");
          gtk_widget_add_css_class (count, r == 1 ? "heading" : "dim-label");
          gtk_grid_attach (self->counts, count, (int) c + 1, (int) r + 1, 1, 1);
          self->count_labels[r][c] = GTK_LABEL (count);
        }
    }
}

static void
show_counts (TiersWhatIfView   *self,
             const TiersWhatIf *w)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      guint now = w->counts_now.grades[column_grades[c]];
      guint edited = w->counts_edited.grades[column_grades[c]];
      g_autofree char *now_text = g_strdup_printf ("%u", now);
      g_autofree char *edited_text = g_strdup_printf ("%u", edited);
      /* A signed difference, with a true minus sign; none where nothing moved. */
      g_autofree char *change = edited == now ? g_strdup ("·")
                                : edited > now ? g_strdup_printf ("+%u", edited - now)
                                : g_strdup_printf ("−%u", now - edited);

      gtk_label_set_text (self->count_labels[0][c], now_text);
      gtk_label_set_text (self->count_labels[1][c], edited_text);
      gtk_label_set_text (self->count_labels[2][c], change);
    }
  {
    g_autofree char *text =
      /* Translators: provisional grades (too few receipts or a missing value) */
      g_strdup_printf (_("Provisional: %u now, %u with the edit"), w->counts_now.provisional,
                       w->counts_edited.provisional);
    gtk_label_set_text (self->provisional, text);
  }
}

static void
show_changes (TiersWhatIfView *self)
{
  guint n = change_list_get_n_items (G_LIST_MODEL (self->changes));
  guint shown = MIN (n, MAX_ROWS);
  g_autofree char *title = NULL;

  if (n == 0)
    title = g_strdup (_("Suppliers whose grade would change"));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u supplier would change grade",
                                          "%u suppliers would change grade", n), n);
  gtk_label_set_text (self->changes_title, title);
  gtk_stack_set_visible_child_name (self->changes_stack, n > 0 ? "list" : "none");

  /* Rows are kept and rebound: an edit costs new texts, not new widgets. */
  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(TiersGradeChangeItem) item = g_list_model_get_item (G_LIST_MODEL (self->changes),
                                                                   i);

      if (i == self->rows->len)
        {
          g_ptr_array_add (self->rows, create_row ());
          gtk_list_box_append (self->list_box, self->rows->pdata[i]);
        }
      bind_row (self->rows->pdata[i], item);
      gtk_widget_set_visible (self->rows->pdata[i], TRUE);
    }
  for (guint i = shown; i < self->rows->len; i++)
    gtk_widget_set_visible (self->rows->pdata[i], FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->more), n > shown);
  if (n > shown)
    {
      /* Translators: below the list of changed suppliers when it is cut short */
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more supplier",
                                                            "and %u more suppliers",
                                                            n - shown), n - shown);
      gtk_label_set_text (self->more, more);
    }
}

static void
update_state (TiersWhatIfView *self)
{
  const char *status = NULL;
  gboolean stale = self->state == TIERS_WHAT_IF_UPDATING ||
                   self->state == TIERS_WHAT_IF_INVALID ||
                   self->state == TIERS_WHAT_IF_LOADING;
  gboolean working;

  gtk_stack_set_visible_child_name (self->stack,
                                    self->state == TIERS_WHAT_IF_EMPTY ? "empty" : "preview");
  switch (self->state)
    {
    case TIERS_WHAT_IF_LOADING:
      status = _("Reading the period’s indicators…");
      break;
    case TIERS_WHAT_IF_UPDATING:
      status = _("Updating… The edit changes how indicators are measured, so they are "
                 "computed again from the receipts.");
      break;
    case TIERS_WHAT_IF_INVALID:
      status = _("Correct the marked fields to see the effect of the edit.");
      break;
    case TIERS_WHAT_IF_READY:
      status = _("Change a weight, a method or a threshold: the grades here follow at once.");
      break;
    case TIERS_WHAT_IF_EMPTY:
    default:
      break;
    }
  if (status != NULL)
    gtk_label_set_text (self->status, status);
  working = stale && self->state != TIERS_WHAT_IF_INVALID;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), working);
  gtk_spinner_set_spinning (self->spinner, working);
  /* A stale preview stays readable but recedes, so nobody takes it for the edit's effect. */
  gtk_widget_set_opacity (GTK_WIDGET (self->counts), stale ? 0.5 : 1.0);
  gtk_widget_set_opacity (GTK_WIDGET (self->changes_stack), stale ? 0.5 : 1.0);
}

void
tiers_what_if_view_set_state (TiersWhatIfView  *self,
                              TiersWhatIfState  state)
{
  g_return_if_fail (TIERS_IS_WHAT_IF_VIEW (self));

  self->state = state;
  update_state (self);
}

TiersWhatIfState
tiers_what_if_view_get_state (TiersWhatIfView *self)
{
  g_return_val_if_fail (TIERS_IS_WHAT_IF_VIEW (self), TIERS_WHAT_IF_EMPTY);
  return self->state;
}

void
tiers_what_if_view_set_period (TiersWhatIfView *self,
                               const char      *period_label)
{
  g_autofree char *title = NULL;

  g_return_if_fail (TIERS_IS_WHAT_IF_VIEW (self));

  /* Translators: the heading of the preview, e.g. "Effect on 2026-Q3" */
  title = period_label ? g_strdup_printf (_("Effect on %s"), period_label)
                       : g_strdup (_("Effect of the Edit"));
  gtk_label_set_text (self->title, title);
}

void
tiers_what_if_view_set_what_if (TiersWhatIfView *self,
                                TiersWhatIf     *what_if,
                                GHashTable      *names)
{
  g_return_if_fail (TIERS_IS_WHAT_IF_VIEW (self));
  g_return_if_fail (what_if != NULL);

  show_counts (self, what_if);
  change_list_replace (self->changes, what_if, names);
  show_changes (self);
  tiers_what_if_view_set_state (self, TIERS_WHAT_IF_READY);
}

const TiersWhatIf *
tiers_what_if_view_get_what_if (TiersWhatIfView *self)
{
  g_return_val_if_fail (TIERS_IS_WHAT_IF_VIEW (self), NULL);
  return self->changes->what_if;
}

const char *
tiers_what_if_view_get_count_text (TiersWhatIfView *self,
                                   gboolean         with_edit,
                                   TiersGrade       grade)
{
  g_return_val_if_fail (TIERS_IS_WHAT_IF_VIEW (self), NULL);

  for (guint c = 0; c < N_COLUMNS; c++)
    if (column_grades[c] == grade)
      return gtk_label_get_text (self->count_labels[with_edit ? 1 : 0][c]);
  g_return_val_if_reached (NULL);
}

GListModel *
tiers_what_if_view_get_changes (TiersWhatIfView *self)
{
  g_return_val_if_fail (TIERS_IS_WHAT_IF_VIEW (self), NULL);
  return G_LIST_MODEL (self->changes);
}

GtkWidget *
tiers_what_if_view_new (void)
{
  return g_object_new (TIERS_TYPE_WHAT_IF_VIEW, NULL);
}

static void
tiers_what_if_view_dispose (GObject *object)
{
  TiersWhatIfView *self = TIERS_WHAT_IF_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), TIERS_TYPE_WHAT_IF_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->changes);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (tiers_what_if_view_parent_class)->dispose (object);
}

static void
tiers_what_if_view_class_init (TiersWhatIfViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tiers_what_if_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-what-if-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, title);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, status);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, counts);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, provisional);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, changes_title);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, changes_stack);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, list_box);
  gtk_widget_class_bind_template_child (widget_class, TiersWhatIfView, more);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tiers_what_if_view_init (TiersWhatIfView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_count_grid (self);
  self->changes = g_object_new (CHANGE_LIST_TYPE, NULL);
  self->rows = g_ptr_array_new ();
  show_changes (self);
  self->state = TIERS_WHAT_IF_EMPTY;
  update_state (self);
}
