/**
 * The behaviour of Designsystemet's custom elements that every form page needs: fields (labels,
 * descriptions, validation messages, character counts), fieldsets, the error summary, details,
 * dialogs and their invokers, focus groups, read-only fields and toggle groups.
 *
 * Designsystemet's React components import the whole `@digdir/designsystemet-web` package,
 * including the popover and tooltip positioning (floating-ui), the combobox/datalist and tabs
 * elements. The build (vite.config.ts, `designsystemetWebByNeed`) gives the field and details
 * components, and the package index, this module instead; the components that need the rest
 * (Popover, Tooltip, Tabs, Suggestion, Pagination, Breadcrumbs, Search) still import the whole
 * package, so the rest arrives with the pages that use them.
 */
import '@digdir/designsystemet-web/ds-field';
import '@digdir/designsystemet-web/fieldset';
import '@digdir/designsystemet-web/ds-error-summary';
import '@digdir/designsystemet-web/details';
import '@digdir/designsystemet-web/clickdelegatefor';
import '@digdir/designsystemet-web/dialog';
import '@digdir/designsystemet-web/focusgroup';
import '@digdir/designsystemet-web/invokers';
import '@digdir/designsystemet-web/readonly';
import '@digdir/designsystemet-web/toggle-group';
