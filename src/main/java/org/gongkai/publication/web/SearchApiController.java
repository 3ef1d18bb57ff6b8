package org.gongkai.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.publication.InformationSearch;
import org.gongkai.publication.InvalidInformation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public full-text search over published 主动公开 records. */
@RestController
@Tag(name = "search", description = "政府信息检索")
class SearchApiController {

    private final InformationSearch search;
    private final SearchFilters filters;

    SearchApiController(InformationSearch search, SearchFilters filters) {
        this.search = search;
        this.filters = filters;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "检索已发布的主动公开政府信息（公开）；domain 为领域编号、代码或名称；validity 为 VALID/EXPIRED/"
            + "REPEALED/AMENDED 或 有效/失效/废止/已修订；sort=date 按发布日期排序")
    InformationSearch.SearchResults search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String type, @RequestParam(required = false) String topic,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String validity,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page) {
        return search.search(new InformationSearch.SearchQuery(q, unitId, filters.domainId(domain), type, topic, year,
                SearchFilters.validity(validity), "date".equals(sort), page));
    }

    @ExceptionHandler
    ProblemDetail on(InvalidInformation e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
