/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tiers-window.c: the main window on one database: an empty state that says how to start,
 * or the supplier list. Every database access runs in a worker thread on its own
 * connection; the window keeps none open, so it never blocks on another writer. */
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
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GtkLabel             *loading_label;
  AdwStatusPage        *error_page;
  TiersSupplierList    *supplier_list;

  GSettings            *settings;
  GCancellable         *cancellable;   /* cancelled when the window goes away */
  char                 *db_path;
  guint                 reload_serial; /* only the newest reload shows its result */
  gboolean              busy;
};

G_DEFINE_FINAL_TYPE (TiersWindow, tiers_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DB_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_loading (TiersWindow *self,
              const char  *text)
{
  gtk_label_set_text (self->loading_label, text);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

static void
show_error (TiersWindow  *self,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  adw_window_title_set_subtitle (self->window_title, NULL);
  /* Nothing can be imported into a file that cannot be opened. */
  tiers_window_set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
show_suppliers (TiersWindow *self,
                GPtrArray   *rows)
{
  g_autofree char *subtitle = NULL;

  tiers_supplier_list_set_rows (self->supplier_list, rows);
  if (rows->len > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u supplier", "%u suppliers",
                                             rows->len),
                                rows->len);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, rows->len > 0 ? "suppliers" : "empty");
}

void
tiers_window_add_toast (TiersWindow *self,
                        const char  *title)
{
  g_return_if_fail (TIERS_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* A message of many lines (the importer lists up to a hundred problems) scrolls inside the
 * dialog instead of growing it past the screen. */
void
tiers_window_show_message (TiersWindow *self,
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

gboolean
tiers_window_is_busy (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), TRUE);
  return self->busy;
}

void
tiers_window_set_busy (TiersWindow *self,
                       gboolean     busy)
{
  g_return_if_fail (TIERS_IS_WINDOW (self));
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample", !busy);
}

/* Reading the supplier list. */

static void
reload_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(TiersStore) store = NULL;
  GPtrArray *rows;
  GError *error = NULL;

  store = tiers_store_open (task_data, &error);
  rows = store ? tiers_store_list_suppliers (store, &error) : NULL;
  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_reload_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  TiersWindow *self = TIERS_WINDOW (object);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  rows = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      GPOINTER_TO_UINT (user_data) != self->reload_serial)
    return;
  if (rows == NULL)
    show_error (self, error);
  else
    show_suppliers (self, rows);
}

void
tiers_window_reload (TiersWindow *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TIERS_IS_WINDOW (self));

  self->reload_serial++;
  task = g_task_new (self, self->cancellable, on_reload_done_cb,
                     GUINT_TO_POINTER (self->reload_serial));
  g_task_set_source_tag (task, tiers_window_reload);
  g_task_set_task_data (task, g_strdup (self->db_path), g_free);
  g_task_run_in_thread (task, reload_thread);
}

/* win.load-sample: the demonstration data, for trying the application out. */

static void
load_sample_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  g_autoptr(TiersStore) store = NULL;
  TiersSampleOptions options;
  GError *error = NULL;

  tiers_sample_options_init (&options);
  store = tiers_store_open (task_data, &error);
  if (store != NULL && tiers_store_load_sample (store, &options, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_load_sample_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  TiersWindow *self = TIERS_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  tiers_window_set_busy (self, FALSE);
  tiers_window_reload (self);
  if (error != NULL)
    {
      tiers_window_show_message (self, _("Cannot Load the Sample Data"), error->message);
      return;
    }
  tiers_window_add_toast (self, _("Sample data loaded"));
}

static void
tiers_window_load_sample_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TiersWindow *self = TIERS_WINDOW (widget);
  g_autoptr(GTask) task = NULL;

  tiers_window_set_busy (self, TRUE);
  show_loading (self, _("Loading sample data…"));
  task = g_task_new (self, self->cancellable, on_load_sample_done_cb, NULL);
  g_task_set_source_tag (task, tiers_window_load_sample_action);
  g_task_set_task_data (task, g_strdup (self->db_path), g_free);
  g_task_run_in_thread (task, load_sample_thread);
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

  G_OBJECT_CLASS (tiers_window_parent_class)->constructed (object);

  if (self->db_path == NULL)
    self->db_path = tiers_store_default_path ();
  show_loading (self, _("Opening the database…"));
  tiers_window_reload (self);
}

static void
tiers_window_dispose (GObject *object)
{
  TiersWindow *self = TIERS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TIERS_TYPE_WINDOW);
  G_OBJECT_CLASS (tiers_window_parent_class)->dispose (object);
}

static void
tiers_window_finalize (GObject *object)
{
  TiersWindow *self = TIERS_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
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

  /* The database file; NULL stands for the default one. */
  properties[PROP_DB_PATH] =
    g_param_spec_string ("db-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TIERS_TYPE_SUPPLIER_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/tiers-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, TiersWindow, supplier_list);

  gtk_widget_class_install_action (widget_class, "win.import", NULL,
                                   tiers_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL,
                                   tiers_window_load_sample_action);
}

static void
tiers_window_init (TiersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  restore_window_size (self);
  tiers_window_set_up_drop (self);
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

GCancellable *
tiers_window_get_cancellable (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return self->cancellable;
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

TiersSupplierList *
tiers_window_get_supplier_list (TiersWindow *self)
{
  g_return_val_if_fail (TIERS_IS_WINDOW (self), NULL);
  return self->supplier_list;
}
