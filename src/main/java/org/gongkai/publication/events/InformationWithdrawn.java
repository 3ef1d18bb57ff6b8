package org.gongkai.publication.events;

/** A published record was withdrawn (撤稿): it leaves the portal, the feeds and the search index. */
public record InformationWithdrawn(long informationId, long unitId, String reason) {}
