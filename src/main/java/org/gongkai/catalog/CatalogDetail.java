package org.gongkai.catalog;

import java.util.List;

/** A catalog as its editors and reviewers see it: the version being worked on, its items, its history. */
public record CatalogDetail(CatalogSummary summary, VersionView working, List<ItemView> items,
        List<MissingElements> missing, List<VersionView> versions, boolean mayEdit, boolean mayReview,
        boolean mayPublish) {}
