package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.gongkai.publication.InformationSearch.SearchHit;
import org.junit.jupiter.api.Test;

class SearchHitLineTests {

    @Test
    void showsTheMarkedTitleAndWhereTheRecordComesFrom() {
        var hit = new SearchHit(42, "001/2026-00042", "关于耕地地力保护补贴的通知", "关于耕地<mark>地力保护</mark>补贴的通知",
                "……发放<mark>地力保护</mark>补贴……", "高家乡人民政府", "高政发〔2026〕8号", "NOTICE", LocalDate.of(2026, 1, 5));

        var line = SearchHitLine.of(hit, "/gk");

        assertThat(line.href()).isEqualTo("/gk/xxgk/info/42");
        assertThat(line.titleHtml()).isEqualTo("关于耕地<mark>地力保护</mark>补贴的通知");
        assertThat(line.snippetHtml()).isEqualTo("……发放<mark>地力保护</mark>补贴……");
        assertThat(line.source()).isEqualTo("高家乡人民政府 · 高政发〔2026〕8号 · 2026年1月5日");
    }

    @Test
    void aTitleWithoutMarksIsEscapedAndMissingPartsAreLeftOut() {
        var hit = new SearchHit(7, "001/2026-00007", "<img src=x onerror=alert(1)>公告", null, null, "石桥乡人民政府", null,
                "NOTICE", null);

        var line = SearchHitLine.of(hit, "");

        assertThat(line.href()).isEqualTo("/xxgk/info/7");
        assertThat(line.titleHtml()).isEqualTo("&lt;img src=x onerror=alert(1)&gt;公告");
        assertThat(line.snippetHtml()).isNull();
        assertThat(line.source()).isEqualTo("石桥乡人民政府");
    }
}
