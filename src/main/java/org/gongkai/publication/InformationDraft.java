package org.gongkai.publication;

import java.time.LocalDate;
import java.util.List;

/** What an editor writes about a record; normalised and checked by {@link GovernmentInformation}. */
public record InformationDraft(String title, String summary, LocalDate writtenOn, String documentNumber,
        String topicCode, String typeCode, String keywords, String body, OpennessAttribute openness,
        ExemptionBasis exemptionBasis, String opennessNote, Validity validity, LocalDate effectiveOn,
        LocalDate expiresOn, LocalDate repealedOn, List<CatalogLink> catalogLinks) {

    public InformationDraft {
        catalogLinks = catalogLinks == null ? List.of() : List.copyOf(catalogLinks);
    }
}
