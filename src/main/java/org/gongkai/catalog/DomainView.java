package org.gongkai.catalog;

import java.util.List;

/** A domain as lists and the API show it. */
public record DomainView(long id, String code, String name, List<String> aliases, boolean pilot, int sortOrder,
        String guidelineIssuer) {

    static DomainView of(Domain domain) {
        return new DomainView(domain.id(), domain.code(), domain.name(), domain.aliases(), domain.pilot(),
                domain.sortOrder(), domain.guidelineIssuer());
    }
}
