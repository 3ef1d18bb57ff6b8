package org.gongkai.publication;

import java.time.Instant;

/** A record in the annual attribute review, with this year's decision once taken. */
public record ReviewItem(InformationView information, OpennessAttribute previousOpenness, ReviewDecision decision,
        String note, String decidedBy, Instant decidedAt) {

    public boolean decided() {
        return decision != null;
    }
}
