package org.gongkai.catalog.web;

import org.gongkai.catalog.ItemView;

/** One item of a catalog's current version, with every element. */
record PortalItemPage(PortalCatalogHeader catalog, ItemView item) {}
