package org.gongkai.publication;

/** The filters of the public list (/xxgk/list); null or blank means "any". {@code page} counts from 0. */
public record ListingQuery(Long unitId, Long domainId, String topic, String type, Integer year, int page) {}
