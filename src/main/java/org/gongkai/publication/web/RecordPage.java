package org.gongkai.publication.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.publication.AttachmentView;
import org.gongkai.publication.InformationVocabulary;
import org.gongkai.publication.PublicRecord;
import org.gongkai.publication.RelatedRecord;

/**
 * The public record page and its print view: the metadata table a citizen checks (有效性 and its dates only for
 * normative documents or where a validity was set), the sanitised body, attachments, related records and the
 * catalog items the record is published under.
 */
public record RecordPage(long id, String indexNumber, String title, String summary, long unitId, String unitName,
        LocalDate writtenOn, LocalDate publishedOn, String documentNumber, String topicName, String typeName,
        String keywords, boolean showValidity, String validity, LocalDate effectiveOn, LocalDate expiresOn,
        LocalDate repealedOn, String body, String correctionNote, List<AttachmentView> attachments,
        List<RelatedRecord> related, List<PublicRecord.LinkedItem> catalogItems) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static RecordPage of(PublicRecord record, InformationVocabulary vocabulary) {
        var view = record.information();
        return new RecordPage(view.id(), view.indexNumber(), view.title(), view.summary(), view.unitId(),
                view.unitName(), view.writtenOn(), view.publishedAt() == null ? null
                        : LocalDate.ofInstant(view.publishedAt(), CHINA),
                view.documentNumber(), vocabulary.topicName(view.topicCode()), vocabulary.typeName(view.typeCode()),
                view.keywords(), "NORMATIVE".equals(view.typeCode()) || view.validity() != null,
                view.validity() == null ? null : view.validity().label(), view.effectiveOn(), view.expiresOn(),
                view.repealedOn(), view.body(), view.correctionNote(), record.attachments(), record.related(),
                record.catalogItems());
    }

    public boolean hasValidityDates() {
        return effectiveOn != null || expiresOn != null || repealedOn != null;
    }
}
