/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window.c: the main window on one database: an empty state that says how to start, or
 * the pages Overview, Suppliers and Criteria over one TiersSession, with the period selector,
 * the session's progress and its errors in the header bar and as toasts. Opening and creating
 * other databases lives in tiers-window-database.c, importing in tiers-window-import.c,
 * exporting in tiers-window-export.c; each installs the actions it implements. */
#define G_LOG_DOMAIN "supplier-tiers"

#include "config.h"

#include <glib/gi18n.h>

#include "tiers-store-sample.h"
#include "tiers-store-suppliers.h"
#include "tiers-window-private.h"

struct _TiersWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  TiersPeriodSelector  *period_selector;
  GtkButton            *cancel_button;
  GtkSpinner           *busy_spinner;
  GtkProgressBar       *progress_bar;
  GtkStack             *stack;
  GtkLabel             *loading_label;
  AdwStatusPage        *error_page;
  AdwViewStack         *view_stack;
  TiersOverviewPage    *overview_page;
  TiersSuppliersPage   *suppliers_page;
  TiersCriteriaPage    *criteria_page;
  TiersReviewPage      *review_page;
  guint                 pages_idle;

  GSettings            *settings;
  GCancellable         *cancellable;   /* cancelled when the window goes away */
  TiersSession         *session;       /* NULL while the database cannot be opened */
  char                 *db_path;
  guint                 open_source;   /* opening the session after the first frame */
  gboolean              busy;
  TiersPeriod           newest;        /* the newest period with data, if has_newest */
  gboolean              has_newest;
};

G_DEFINE_FINAL_TYPE (TiersWindow, tiers_window, ADW_TYPE_APPLICATION_WINDOW)

static void settle_pages (TiersWindow *self);
static void reload (TiersWindow *self);
static void set_busy (TiersWindow *self,
                      gboolean     busy);

enum {
  PROP_0,
  PROP_DB_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_tiers_window_set_busy (TiersWindow *self,
                        gboolean     busy)
{
  g_return_if_fail (TIERS_IS_WINDOW (self));
  set_busy (self, busy);
}

void
_tiers_window_reload (TiersWindow *self)
{
  g_return_if_fail (TIERS_IS_WINDOW (self));
  reload (self);
}

gboolean
_tiers_window_is_busy (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), TRUE);
  return self->busy;
}

/* While a worker writes to the database, or when it cannot be opened, the actions that would
 * write to it are off. */
/* What acts on the suppliers the list shows: only over the pages, and not while busy. */
static const char * const shown_actions[] = {
  "win.export-csv", "win.print-scorecards", "win.export-scorecards",
};

static void
set_busy (TiersWindow *self,
          gboolean     busy)
{
  g_assert (TIERS_IS_WINDOW (self));
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore", !busy);
  for (guint i = 0; i < G_N_ELEMENTS (shown_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), shown_actions[i],
                                   !busy && g_strcmp0 (tiers_window_get_page (self), "pages") == 0);
}

/* The page switcher stands in the header bar only over the pages; otherwise the title does. */
static void
set_state (TiersWindow *self,
           const char  *state)
{
  gtk_stack_set_visible_child_name (self->stack, state);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title,
                                                     g_str_equal (state, "pages"));
}

static void
show_loading (TiersWindow *self,
              const char  *text)
{
  gtk_label_set_text (self->loading_label, text);
  set_state (self, "loading");
}

static void
show_error (TiersWindow  *self,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  /* Nothing can be imported into a file that cannot be opened. */
  set_busy (self, TRUE);
  set_state (self, "error");
}

/* The pages, or the empty state while the database has no supplier at all. */
static void
show_pages (TiersWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint64 count = 0;

  if (!tiers_store_count_suppliers (tiers_session_get_store (self->session), &count, &error))
    {
      show_error (self, error);
      return;
    }
  set_state (self, count > 0 ? "pages" : "empty");
  /* Nothing to export before there are suppliers. */
  set_busy (self, self->busy);
}

void
_tiers_window_add_toast (TiersWindow *self,
                         const char  *title)
{
  g_return_if_fail (TIERS_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* A message of many lines (the importer lists up to a hundred problems) scrolls inside the
 * dialog instead of growing it past the screen. */
void
_tiers_window_show_message (TiersWindow *self,
                            const char  *heading,
                            const char  *message)
{
  GtkWidget *dialog;
  guint lines = 1;

  g_return_if_fail (TIERS_IS_WINDOW (self));

  for (const char *p = message; *p; p++)
    lines += *p == '\n';
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, lines <= 4 ? message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (lines > 4)
    {
      GtkWidget *label = gtk_label_new (message);
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

TiersSession *
tiers_window_get_session (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return self->session;
}

/* The session. */

static void
on_session_busy_cb (TiersSession *session,
                    GParamSpec   *pspec,
                    TiersWindow  *self)
{
  gboolean busy = tiers_session_get_busy (session);
  const TiersPeriod *period = tiers_session_get_period (session);
  g_autofree char *label = period ? tiers_period_to_label (period) : NULL;
  g_autofree char *tooltip = NULL;

  if (busy && label != NULL)
    /* Translators: the tooltip of the spinner in the header bar; %s is a period */
    tooltip = g_strdup_printf (_("Evaluating %s… Click to stop"), label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->cancel_button), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), busy);
  gtk_spinner_set_spinning (self->busy_spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
}

static void
on_session_progress_cb (TiersSession *session,
                        GParamSpec   *pspec,
                        TiersWindow  *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, tiers_session_get_progress (session));
}

static void
on_session_failed_cb (TiersSession *session,
                      const GError *error,
                      TiersWindow  *self)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _tiers_window_add_toast (self, error->message);
}

/* Whether PERIOD, now the newest with data, is later than the newest before. */
static gboolean
is_new_period (TiersWindow       *self,
               const TiersPeriod *period)
{
  if (!self->has_newest)
    return FALSE;
  if (period->kind == self->newest.kind)
    return tiers_period_compare (period, &self->newest) > 0;
  return period->year > self->newest.year;
}

static void
keep_newest (TiersWindow *self)
{
  GArray *periods = tiers_session_get_periods (self->session);

  self->has_newest = periods->len > 0;
  if (self->has_newest)
    self->newest = g_array_index (periods, TiersPeriod, 0);
}

/* Data of a newer period than any before (a new month imported) are offered at once: the
 * selector keeps the period being looked at, and a new entry at the top of its list is
 * easy to miss. */
static void
offer_new_period (TiersWindow *self)
{
  GArray *periods = tiers_session_get_periods (self->session);
  const TiersPeriod *newest = periods->len > 0 ? &g_array_index (periods, TiersPeriod, 0)
                                               : NULL;
  gboolean offer = newest != NULL && is_new_period (self, newest) &&
                   !tiers_period_equal (newest, tiers_session_get_period (self->session));
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *target = NULL;
  AdwToast *toast;

  keep_newest (self);
  if (!offer)
    return;
  label = tiers_period_to_label (newest);
  target = tiers_period_to_string (newest);
  /* Translators: a toast after an import; %s is a period, e.g. "2026 Q4" */
  title = g_strdup_printf (_("%s has data now"), label);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "win.show-period");
  adw_toast_set_action_target_value (toast, g_variant_new_string (target));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* An import or the sample data brought the first suppliers: the pages replace the empty
 * state. */
static void
on_session_data_changed_cb (TiersSession *session,
                            TiersWindow  *self)
{
  show_pages (self);
  offer_new_period (self);
}

/* The overview and the review page ask for some suppliers. */
void
_tiers_window_show_suppliers (TiersWindow               *self,
                              const TiersSupplierFilter *filter)
{
  settle_pages (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "suppliers");
  tiers_suppliers_page_show (self->suppliers_page, filter);
}

static void
on_overview_show_suppliers_cb (GtkWidget                 *page,
                               const TiersSupplierFilter *filter,
                               TiersWindow               *self)
{
  _tiers_window_show_suppliers (self, filter);
}

static GtkWidget *
add_page (TiersWindow *self,
          GtkWidget   *page,
          const char  *name,
          const char  *title,
          const char  *icon_name)
{
  adw_view_stack_add_titled (self->view_stack, page, name, title);
  adw_view_stack_page_set_icon_name (adw_view_stack_get_page (self->view_stack, page),
                                     icon_name);
  return page;
}

/* The pages behind the first one take the session once the main loop has nothing more
 * urgent: filling them (the criteria page's editors alone take tens of milliseconds) would
 * otherwise hold up the first screen with content. */
static gboolean
give_pages_the_session (gpointer user_data)
{
  TiersWindow *self = user_data;

  self->pages_idle = 0;
  tiers_suppliers_page_set_session (self->suppliers_page, self->session);
  tiers_criteria_page_set_session (self->criteria_page, self->session);
  tiers_review_page_set_session (self->review_page, self->session);
  return G_SOURCE_REMOVE;
}

/* What needs the pages behind the first one (a getter, another page asked for, a search)
 * has them follow the session now. */
static void
settle_pages (TiersWindow *self)
{
  if (self->pages_idle == 0)
    return;
  g_clear_handle_id (&self->pages_idle, g_source_remove);
  give_pages_the_session (self);
}

/* The pages are built with the session, after the first frame: a window that opens on an
 * empty state or an error never builds them. The overview, the first screen, follows the
 * session at once; the others soon after (give_pages_the_session). */
static void
add_pages (TiersWindow *self)
{
  self->overview_page =
    TIERS_OVERVIEW_PAGE (add_page (self, tiers_overview_page_new (self->session), "overview",
                                   _("Overview"), "view-grid-symbolic"));
  self->suppliers_page =
    TIERS_SUPPLIERS_PAGE (add_page (self, tiers_suppliers_page_new (NULL),
                                    "suppliers", _("Suppliers"), "view-list-symbolic"));
  self->criteria_page =
    TIERS_CRITERIA_PAGE (add_page (self, tiers_criteria_page_new (NULL), "criteria",
                                   _("Criteria"), "emblem-system-symbolic"));
  self->review_page =
    TIERS_REVIEW_PAGE (add_page (self, tiers_review_page_new (NULL), "review",
                                 _("Review"), "object-select-symbolic"));
  self->pages_idle = g_idle_add_full (G_PRIORITY_LOW, give_pages_the_session, self, NULL);
  /* A page chosen in the switcher before then follows the session at once. */
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (settle_pages), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overview_page, "show-suppliers",
                           G_CALLBACK (on_overview_show_suppliers_cb), self, 0);
  g_signal_connect_object (self->review_page, "show-suppliers",
                           G_CALLBACK (on_overview_show_suppliers_cb), self, 0);
}

/* One session per window, opened on the main thread: opening the file is quick, and every
 * slow read or evaluation runs in the session's and the pages' workers. */
static void
open_session (TiersWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->session = tiers_session_new (self->db_path, &error);
  if (self->session == NULL)
    {
      show_error (self, error);
      return;
    }
  g_signal_connect_object (self->session, "notify::busy", G_CALLBACK (on_session_busy_cb),
                           self, 0);
  g_signal_connect_object (self->session, "notify::progress",
                           G_CALLBACK (on_session_progress_cb), self, 0);
  g_signal_connect_object (self->session, "failed", G_CALLBACK (on_session_failed_cb), self, 0);
  g_signal_connect_object (self->session, "data-changed",
                           G_CALLBACK (on_session_data_changed_cb), self, 0);
  tiers_period_selector_set_session (self->period_selector, self->session);
  add_pages (self);
  on_session_busy_cb (self->session, NULL, self);
  keep_newest (self);
  g_settings_set_string (self->settings, "last-database", self->db_path);
  show_pages (self);
}

static gboolean
open_session_cb (gpointer user_data)
{
  TiersWindow *self = user_data;

  self->open_source = 0;
  open_session (self);
  return G_SOURCE_REMOVE;
}

/* The database is opened once the window has shown its first frame, so the window appears
 * as fast as a bare one; the session and the pages then take their tenth of a second. */
static void
on_first_frame_cb (GdkFrameClock *clock,
                   TiersWindow   *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  if (self->session == NULL && self->open_source == 0 &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0)
    /* At the default priority: a redraw (the spinner's, every frame) outranks an ordinary
     * idle, which on a slow display would wait forever. */
    self->open_source = g_idle_add_full (G_PRIORITY_DEFAULT, open_session_cb, self, NULL);
}

static void
tiers_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tiers_window_parent_class)->realize (widget);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_first_frame_cb), widget);
}

static void
tiers_window_unrealize (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (widget), on_first_frame_cb,
                                        widget);
  GTK_WIDGET_CLASS (tiers_window_parent_class)->unrealize (widget);
}

/* After the data changed (sample data): the session reloads and re-evaluates, and the window
 * shows the pages or the empty state; a window whose database could not be opened tries
 * again. */
static void
reload (TiersWindow *self)
{
  g_assert (TIERS_IS_WINDOW (self));

  if (self->session == NULL)
    {
      open_session (self);
      return;
    }
  tiers_session_data_changed (self->session);
}

static void
tiers_window_cancel_evaluation_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);

  if (self->session != NULL)
    tiers_session_cancel (self->session);
}

/* win.show-page: Alt+1 to 4. */
static void
tiers_window_show_page_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "pages") != 0)
    return;
  settle_pages (self);
  adw_view_stack_set_visible_child_name (self->view_stack,
                                         g_variant_get_string (parameter, NULL));
}

/* win.show-period: the period named by its string ("2026-Q4"), as if chosen in the
 * selector. */
static void
tiers_window_show_period_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);
  TiersPeriod period;

  if (self->session != NULL &&
      tiers_period_parse (g_variant_get_string (parameter, NULL), &period, NULL))
    tiers_period_selector_choose (self->period_selector, &period);
}

/* win.search: Ctrl+F searches the suppliers from any page. */
static void
tiers_window_search_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "pages") != 0)
    return;
  settle_pages (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "suppliers");
  gtk_widget_activate_action (GTK_WIDGET (self->suppliers_page), "suppliers.search", NULL);
}

/* Below this width the header bar cannot hold the period's full name beside the title, the
 * menu and the window buttons (a Chinese quarter takes twice the width of "2026 Q3"). */
#define NARROW_WIDTH 500

/* The default size follows the window as it is resized, but not into maximized or full
 * screen, which are wide; a narrow window names its period in the short form. Not the
 * header bar's own allocation: the short form would make room, and the form would flip
 * back and forth at one width. */
static void
on_default_width_cb (TiersWindow *self)
{
  int width = 0, height = 0;

  /* GTK 4.8 writes both, whatever its documentation says of NULL. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  tiers_period_selector_set_compact (self->period_selector,
                                     width > 0 && width < NARROW_WIDTH &&
                                     !gtk_window_is_maximized (GTK_WINDOW (self)) &&
                                     !gtk_window_is_fullscreen (GTK_WINDOW (self)));
}

/* win.load-sample: the demonstration data, for trying the application out. */

static void
load_sample (GTask        *task,
             TiersStore   *store,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TiersSampleOptions options;
  GError *error = NULL;

  tiers_sample_options_init (&options);
  if (tiers_store_load_sample (store, &options, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The window is the callback's data, not the task's source: the worker may drop the task's
 * last reference, and a widget must never be finalized in another thread. */
static void
on_load_sample_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(TiersWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  reload (self);
  if (error != NULL)
    {
      _tiers_window_show_message (self, _("Cannot Load the Sample Data"), error->message);
      return;
    }
  _tiers_window_add_toast (self, _("Sample data loaded"));
}

static void
tiers_window_load_sample_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);
  g_autoptr(GTask) task = NULL;

  if (self->session == NULL)
    return;
  set_busy (self, TRUE);
  show_loading (self, _("Loading sample data…"));
  task = g_task_new (NULL, self->cancellable, on_load_sample_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, tiers_window_load_sample_action);
  tiers_session_run_in_worker (self->session, task, load_sample);
}

/* The window's size is remembered across runs, as GNOME applications do. */

static void
restore_window_size (TiersWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
tiers_window_close_request (GtkWindow *window)
{
  TiersWindow *self = TIERS_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (tiers_window_parent_class)->close_request (window);
}

static void
tiers_window_constructed (GObject *object)
{
  TiersWindow *self = TIERS_WINDOW (object);
  g_autofree char *basename = NULL;

  G_OBJECT_CLASS (tiers_window_parent_class)->constructed (object);

  if (self->db_path == NULL)
    self->db_path = tiers_store_default_path ();
  /* Which file this window works on, when several are open. */
  basename = g_path_get_basename (self->db_path);
  adw_view_switcher_title_set_subtitle (self->switcher_title, basename);
  show_loading (self, _("Opening the database…"));
}

static void
tiers_window_dispose (GObject *object)
{
  TiersWindow *self = TIERS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->open_source, g_source_remove);
  g_clear_handle_id (&self->pages_idle, g_source_remove);
  if (self->session != NULL)
    tiers_session_cancel (self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), TIERS_TYPE_WINDOW);
  G_OBJECT_CLASS (tiers_window_parent_class)->dispose (object);
}

static void
tiers_window_finalize (GObject *object)
{
  TiersWindow *self = TIERS_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);
  g_free (self->db_path);
  G_OBJECT_CLASS (tiers_window_parent_class)->finalize (object);
}

static void
tiers_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TiersWindow *self = TIERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_value_set_string (value, self->db_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TiersWindow *self = TIERS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      self->db_path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tiers_window_class_init (TiersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tiers_window_constructed;
  object_class->dispose = tiers_window_dispose;
  object_class->finalize = tiers_window_finalize;
  object_class->get_property = tiers_window_get_property;
  object_class->set_property = tiers_window_set_property;
  window_class->close_request = tiers_window_close_request;
  widget_class->realize = tiers_window_realize;
  widget_class->unrealize = tiers_window_unrealize;

  /* The database file; NULL stands for the default one. */
  properties[PROP_DB_PATH] =
    g_param_spec_string ("db-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TIERS_TYPE_PERIOD_SELECTOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, period_selector);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, view_stack);

  /* The actions this file implements; the others, each by the file that runs it. */
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL,
                                   tiers_window_load_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-evaluation", NULL,
                                   tiers_window_cancel_evaluation_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   tiers_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL,
                                   tiers_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.show-period", "s",
                                   tiers_window_show_period_action);
  _tiers_window_class_actions_init_import (klass);
  _tiers_window_class_actions_init_export (klass);
  _tiers_window_class_actions_init_database (klass);
  _tiers_window_class_actions_init_history (klass);
  _tiers_window_class_actions_init_backup (klass);
  _tiers_window_class_actions_init_data (klass);
}

static void
tiers_window_init (TiersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  restore_window_size (self);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (on_default_width_cb), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (on_default_width_cb), NULL);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_default_width_cb), NULL);
  on_default_width_cb (self);
  _tiers_window_set_up_drop (self);
}

TiersWindow *
tiers_window_new (GtkApplication *application,
                  const char     *db_path)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TIERS_TYPE_WINDOW,
                       "application", application,
                       "db-path", db_path,
                       NULL);
}

const char *
tiers_window_get_db_path (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return self->db_path;
}

const char *
tiers_window_get_page (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
tiers_window_shows_content (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), FALSE);
  return self->session != NULL && self->overview_page != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "pages") == 0 &&
         tiers_session_get_evaluation (self->session) != NULL &&
         tiers_overview_page_shows_counts (self->overview_page);
}

AdwViewStack *
tiers_window_get_view_stack (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return self->view_stack;
}

TiersOverviewPage *
tiers_window_get_overview_page (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return self->overview_page;
}

TiersSuppliersPage *
tiers_window_get_suppliers_page (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  settle_pages (self);
  return self->suppliers_page;
}

TiersReviewPage *
tiers_window_get_review_page (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  settle_pages (self);
  return self->review_page;
}

TiersCriteriaPage *
tiers_window_get_criteria_page (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  settle_pages (self);
  return self->criteria_page;
}

TiersPeriodSelector *
tiers_window_get_period_selector (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return self->period_selector;
}
