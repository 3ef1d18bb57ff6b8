/**
 * The standard two-header-row catalog table (DOMAIN.md §8.1) as it circulates in Excel sheets and Word tables:
 * {@link org.gongkai.catalog.table.CatalogTables} reads a guideline's or a catalog's table into
 * {@link org.gongkai.catalog.ItemElements} rows and writes rows back in the same layout, keeping the locality's own
 * header labels ({@link org.gongkai.catalog.table.TableLayout}). Pure Java over Apache POI, no Spring; a file is
 * either read whole or rejected with every problem found ({@link org.gongkai.catalog.table.TableRejected}). The
 * accepted layout, its variants and the messages are described in docs/catalog-tables.md.
 */
@NullMarked
package org.gongkai.catalog.table;

import org.jspecify.annotations.NullMarked;
