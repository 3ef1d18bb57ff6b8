package org.gongkai.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link from a record to the catalog item it is published under (a catalog id and the item's stable key). */
@Embeddable
public record CatalogLink(@Column(name = "catalog_id") Long catalogId, @Column(name = "item_key") String itemKey) {}
