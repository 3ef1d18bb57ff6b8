package org.gongkai.publication;

import java.time.LocalDate;

/** A published record in a public list: what a citizen needs to pick it. */
public record ListedRecord(long id, String title, String indexNumber, long unitId, String unitName,
        String documentNumber, String typeName, String topicName, LocalDate writtenOn, LocalDate publishedOn,
        String validityLabel) {}
