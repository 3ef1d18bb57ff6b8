package org.gongkai.catalog;

import java.time.LocalDate;

/** A guideline edition in a list. */
public record GuidelineSummary(long id, long domainId, String domainCode, String domainName, String title,
        String issuer, String edition, LocalDate issuedOn, int itemCount) {}
