package org.gongkai.publication;

import java.time.LocalDate;

/** A record linked to another one, as the record page lists it: 废止 示政发〔2019〕3号 …, 被修订 …. */
public record RelatedRecord(long id, String relation, String title, String documentNumber, LocalDate publishedOn,
        boolean published) {

    static RelatedRecord of(GovernmentInformation information, String relation) {
        return new RelatedRecord(information.id(), relation, information.title(), information.documentNumber(),
                information.publishedOn(), information.isPublic());
    }
}
