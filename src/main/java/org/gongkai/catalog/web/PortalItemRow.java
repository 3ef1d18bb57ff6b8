package org.gongkai.catalog.web;

import org.gongkai.catalog.ItemView;

/**
 * A row of a catalog table: its 序号 and item, and how many rows its 一级事项 cell spans in the printed table (the
 * official tables merge a 一级事项 over its 二级事项; 0 for a row whose 一级事项 cell is merged into the one above).
 */
record PortalItemRow(int number, ItemView item, int firstLevelRows) {}
