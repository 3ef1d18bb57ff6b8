package org.gongkai.publication;

import java.util.List;

/**
 * 法定主动公开内容 of a unit, arranged by one of its published catalogs: the catalog's 一级事项 in order, each with its
 * items and the published records linked to them.
 */
public record StatutoryCatalog(long catalogId, String title, int version, List<Group> groups) {

    public record Group(String firstLevel, List<Item> items) {}

    public record Item(String key, String name, String domainName, String timeLimit, List<ListedRecord> records) {}
}
