package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SearchConcurrencyLimitTests {

    private final SearchConcurrencyLimit limit = new SearchConcurrencyLimit(1, Duration.ofMillis(20));

    @Test
    void aSearchWaitsForTheRunningOneAndIsTurnedAwayWithAChineseMessageWhenItWaitsTooLong() throws Exception {
        var first = new MockHttpServletRequest("GET", "/search");
        var page = new MockHttpServletResponse();
        assertThat(limit.preHandle(first, page, null)).isTrue();
        // the whole page is buffered, to be sent once the turn is given back
        assertThat(page.getBufferSize()).isGreaterThanOrEqualTo(SearchConcurrencyLimit.RESPONSE_BUFFER);

        var second = new MockHttpServletRequest("GET", "/search");
        var busy = new MockHttpServletResponse();
        assertThat(limit.preHandle(second, busy, null)).isFalse();
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getErrorMessage()).isEqualTo("检索的人较多，请稍后再试。");
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        limit.afterCompletion(second, busy, null, null);

        limit.afterCompletion(first, new MockHttpServletResponse(), null, null);
        var third = new MockHttpServletRequest("GET", "/search");
        assertThat(limit.preHandle(third, new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void aFailedSearchGivesItsTurnBack() throws Exception {
        var failing = new MockHttpServletRequest("GET", "/api/v1/search");
        limit.preHandle(failing, new MockHttpServletResponse(), null);
        limit.afterCompletion(failing, new MockHttpServletResponse(), null, new IllegalStateException("索引不可用"));
        // completion reported twice (e.g. an error dispatch) gives back one turn only
        limit.afterCompletion(failing, new MockHttpServletResponse(), null, null);

        var next = new MockHttpServletRequest("GET", "/api/v1/search");
        assertThat(limit.preHandle(next, new MockHttpServletResponse(), null)).isTrue();
        var another = new MockHttpServletRequest("GET", "/api/v1/search");
        assertThat(limit.preHandle(another, new MockHttpServletResponse(), null)).isFalse();
    }
}
