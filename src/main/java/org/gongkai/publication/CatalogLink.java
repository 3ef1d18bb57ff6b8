package org.gongkai.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/**
 * A link from a record to the catalog item it is published under: the catalog, the item's stable key and — filled
 * in by {@link Publishing} from the catalog, whatever a client sends — the item's 试点领域, by which the portal lists
 * and search filter records.
 */
@Embeddable
public record CatalogLink(@Column(name = "catalog_id") Long catalogId, @Column(name = "item_key") String itemKey,
        @GenericField @Column(name = "domain_id") Long domainId) {

    public CatalogLink(Long catalogId, String itemKey) {
        this(catalogId, itemKey, null);
    }

    CatalogLink withDomain(Long domain) {
        return new CatalogLink(catalogId, itemKey, domain);
    }
}
