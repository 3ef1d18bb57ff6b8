package org.gongkai.catalog.web;

import java.util.List;

import org.gongkai.catalog.ItemView;

/**
 * The current version as a 文件汇编 for printing: the applicable items as the standard two-header-row table, then
 * the items that do not apply to the unit, with their reasons.
 */
record PortalPrintPage(PortalCatalogHeader catalog, List<PortalItemRow> rows, List<ItemView> notApplicable) {}
