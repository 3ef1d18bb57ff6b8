package org.gongkai.publication;

import java.util.List;
import java.util.Map;

import org.gongkai.catalog.DomainView;

/** The choices of the public list's filters: 信息类别, 主题分类, 领域 and the years with published records. */
public record ListingFilters(Map<String, String> types, Map<String, String> topics, List<DomainView> domains,
        List<Integer> years) {}
