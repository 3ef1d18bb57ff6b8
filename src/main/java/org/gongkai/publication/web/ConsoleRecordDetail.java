package org.gongkai.publication.web;

import java.util.List;

import org.gongkai.publication.InformationStatus;
import org.gongkai.publication.InformationView;
import org.gongkai.publication.InformationVocabulary;
import org.gongkai.publication.OpennessAttribute;

/**
 * A record on its console page: the metadata as the public table shows it, its status, and which of the workflow
 * buttons the signed-in staff member gets (the buttons only follow the status; the use cases decide).
 */
record ConsoleRecordDetail(long id, String indexNumber, String title, String summary, long unitId, String unitName,
        String writtenOn, String dueOn, boolean dueProvisional, boolean late, String documentNumber, String topicName,
        String typeName, String keywords, String body, String opennessLabel, String exemptionBasis,
        String opennessNote, String status, String statusLabel, String publishedAt, String scheduledFor,
        String withdrawReason, String correctionNote, String validity, String effectiveOn, String expiresOn,
        String repealedOn, List<String> catalogItems, boolean onPortal, boolean editable, boolean maySubmit,
        boolean mayReview, boolean mayPublish, boolean mayWithdraw, boolean mayCorrect) {

    static ConsoleRecordDetail of(InformationView view, InformationVocabulary vocabulary, List<String> catalogItems,
            boolean mayEditUnit, boolean mayReviewUnit) {
        var status = view.status();
        var draft = status == InformationStatus.DRAFT;
        return new ConsoleRecordDetail(view.id(), view.indexNumber(), view.title(), view.summary(), view.unitId(),
                view.unitName(), ConsoleText.day(view.writtenOn()), ConsoleText.day(view.dueOn()),
                view.dueProvisional(), view.late(), view.documentNumber(), vocabulary.topicName(view.topicCode()),
                vocabulary.typeName(view.typeCode()), view.keywords(), view.body(), view.openness().label(),
                view.exemptionBasis() == null ? null
                        : view.exemptionBasis().label() + "（" + view.exemptionBasis().article() + "）",
                view.opennessNote(), status.name(), status.label(), ConsoleText.minute(view.publishedAt()),
                ConsoleText.minute(view.scheduledFor()), view.withdrawReason(), view.correctionNote(),
                view.validity() == null ? null : view.validity().label(), ConsoleText.day(view.effectiveOn()),
                ConsoleText.day(view.expiresOn()), ConsoleText.day(view.repealedOn()), catalogItems,
                status == InformationStatus.PUBLISHED && view.openness() == OpennessAttribute.PROACTIVE,
                mayEditUnit && draft, mayEditUnit && draft, mayReviewUnit && status == InformationStatus.SUBMITTED,
                mayReviewUnit && (status == InformationStatus.APPROVED || status == InformationStatus.SCHEDULED),
                mayReviewUnit && status == InformationStatus.PUBLISHED,
                mayReviewUnit && status == InformationStatus.PUBLISHED);
    }

    public boolean scheduled() {
        return InformationStatus.SCHEDULED.name().equals(status);
    }
}
