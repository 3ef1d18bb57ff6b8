package org.gongkai.publication.web;

import java.util.Arrays;

import org.gongkai.catalog.DomainView;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.publication.InvalidInformation;
import org.gongkai.publication.Validity;
import org.springframework.stereotype.Component;

/** Reads the 领域 and 有效性 filters as people and scripts write them: an id or code or name, a code or a label. */
@Component
class SearchFilters {

    private final GuidelineLibrary library;

    SearchFilters(GuidelineLibrary library) {
        this.library = library;
    }

    /** 12, EDUCATION or 义务教育 → the domain's id; blank → null; unknown → a clear error. */
    Long domainId(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        var wanted = domain.strip();
        return library.domains().stream()
                .filter(d -> String.valueOf(d.id()).equals(wanted) || wanted.equalsIgnoreCase(d.code())
                        || wanted.equals(d.name()) || d.aliases().contains(wanted))
                .map(DomainView::id).findFirst()
                .orElseThrow(() -> new InvalidInformation("没有名为“" + wanted + "”的领域"));
    }

    /** VALID or 有效 → {@link Validity#VALID}; blank → null; unknown → a clear error. */
    static Validity validity(String validity) {
        if (validity == null || validity.isBlank()) {
            return null;
        }
        var wanted = validity.strip();
        return Arrays.stream(Validity.values())
                .filter(v -> v.name().equalsIgnoreCase(wanted) || v.label().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInformation("有效性只能是 有效、失效、废止 或 已修订"));
    }
}
