package org.gongkai.publication.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.publication.InformationVocabulary;
import org.gongkai.publication.InformationView;

/** The public record page: the metadata table a citizen checks, and the sanitised body. */
record RecordPage(long id, String indexNumber, String title, String summary, String unitName, LocalDate writtenOn,
        LocalDate publishedOn, String documentNumber, String topicName, String typeName, String keywords,
        String validity, String body, String correctionNote) {

    static RecordPage of(InformationView view, InformationVocabulary vocabulary) {
        return new RecordPage(view.id(), view.indexNumber(), view.title(), view.summary(), view.unitName(),
                view.writtenOn(), view.publishedAt() == null ? null
                        : LocalDate.ofInstant(view.publishedAt(), ZoneId.of("Asia/Shanghai")),
                view.documentNumber(), vocabulary.topicName(view.topicCode()), vocabulary.typeName(view.typeCode()),
                view.keywords(), view.validity() == null ? null : view.validity().label(), view.body(),
                view.correctionNote());
    }
}
