package org.gongkai.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A record as pages and the API show it. */
public record InformationView(long id, String indexNumber, String title, String summary, long unitId, String unitName,
        LocalDate writtenOn, LocalDate dueOn, boolean dueProvisional, boolean late, String documentNumber,
        String topicCode, String typeCode, String keywords, String body, OpennessAttribute openness,
        ExemptionBasis exemptionBasis, String opennessNote, InformationStatus status, Instant publishedAt,
        Instant scheduledFor, String withdrawReason, String correctionNote, Validity validity, LocalDate effectiveOn,
        LocalDate expiresOn, LocalDate repealedOn, List<CatalogLink> catalogLinks) {

    static InformationView of(GovernmentInformation i, String unitName, boolean late) {
        return new InformationView(i.id(), i.indexNumber(), i.title(), i.summary(), i.unitId(), unitName, i.writtenOn(),
                i.dueOn(), i.dueProvisional(), late, i.documentNumber(), i.topicCode(), i.typeCode(), i.keywords(),
                i.body(), i.openness(), i.exemptionBasis(), i.opennessNote(), i.status(), i.publishedAt(),
                i.scheduledFor(), i.withdrawReason(), i.correctionNote(), i.validity(), i.effectiveOn(), i.expiresOn(),
                i.repealedOn(), i.catalogLinks());
    }

    public String statusLabel() {
        return status.label();
    }
}
