package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SelectOptionsTests {

    private final SelectOptions options = new SelectOptions();

    @Test
    void marksOnlyTheChosenOption() {
        var units = List.of(new ConsoleOption("1", "示范县人民政府"), new ConsoleOption("12", "示范县教育局"));

        assertThat(options.html(units, "12")).isEqualTo(
                "<option value=\"1\">示范县人民政府</option><option value=\"12\" selected>示范县教育局</option>");
        assertThat(options.html(units, null)).doesNotContain("selected");
        assertThat(options.html(units, "2")).doesNotContain("selected");
    }

    @Test
    void escapesValuesAndLabels() {
        var html = options.html(List.of(new ConsoleOption("a\"b", "<script>alert(1)</script> & 局")), null);

        assertThat(html).isEqualTo(
                "<option value=\"a&quot;b\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; 局</option>");
    }

    @Test
    void aChangedListIsShownAsItIsNow() {
        options.html(List.of(new ConsoleOption("1", "示范县人民政府")), null);

        var renamed = options.html(List.of(new ConsoleOption("1", "示范市人民政府"), new ConsoleOption("3", "新设局")), "3");

        assertThat(renamed).isEqualTo(
                "<option value=\"1\">示范市人民政府</option><option value=\"3\" selected>新设局</option>");
    }
}
