package org.gongkai.catalog;

import java.util.List;

/** An item of a catalog with elements still missing, for the completeness check. */
public record MissingElements(String itemKey, int position, String name, List<String> missing) {}
