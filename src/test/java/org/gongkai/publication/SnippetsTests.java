package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void marksAWordAlsoInsideALongerWord() {
        assertThat(Snippets.of("规范").title("关于进一步加强村级财务规范化管理的通知"))
                .isEqualTo("关于进一步加强村级财务<mark>规范</mark>化管理的通知");
    }

    @Test
    void marksEveryWordAndMergesWordsThatTouch() {
        assertThat(Snippets.of("防汛 抗旱").title("柳树镇防汛抗旱应急预案"))
                .isEqualTo("柳树镇<mark>防汛抗旱</mark>应急预案");
        assertThat(Snippets.of("义务教育招生 招生工作").title("2026年义务教育招生工作实施方案"))
                .isEqualTo("2026年<mark>义务教育招生工作</mark>实施方案");
    }

    @Test
    void aWordFoundOnlyInPartsHasItsPartsMarked() {
        assertThat(Snippets.of("财务公开").title("关于进一步加强村级财务规范化管理的通知"))
                .isEqualTo("关于进一步加强村级<mark>财务</mark>规范化管理的通知");
        assertThat(Snippets.of("财务公开").snippet("各村要建立财务公开制度。")).isEqualTo("各村要建立<mark>财务公开</mark>制度。");
    }

    @Test
    void aTitleWithoutTheWordsHasNoHighlight() {
        assertThat(Snippets.of("河长制").title("关于做好2026年防汛工作的通知")).isNull();
        assertThat(Snippets.of("").title("关于做好2026年防汛工作的通知")).isNull();
        assertThat(Snippets.of("  ").snippet("防汛")).isNull();
    }

    @Test
    void aDocumentNumberTypedWithOtherBracketsOrFullWidthMarksTheStoredOne() {
        var title = "关于印发示政办发〔2024〕37号文件的通知";
        var marked = "关于印发<mark>示政办发〔2024〕37号</mark>文件的通知";
        assertThat(Snippets.of("示政办发(2024)37号").title(title)).isEqualTo(marked);
        assertThat(Snippets.of("示政办发【2024】37号").title(title)).isEqualTo(marked);
        assertThat(Snippets.of("示政办发（２０２４）３７号").title(title)).isEqualTo(marked);
    }

    @Test
    void latinLettersMatchWhateverTheirCaseAndWidth() {
        assertThat(Snippets.of("stem").title("开展ＳＴＥＭ课程")).isEqualTo("开展<mark>ＳＴＥＭ</mark>课程");
    }

    @Test
    void theSearchSyntaxIsNotMarkedAndAnExcludedWordIsNot() {
        assertThat(Snippets.of("\"安全生产\" +检查 -演练").title("安全生产检查和应急演练"))
                .isEqualTo("<mark>安全生产检查</mark>和应急演练");
        assertThat(Snippets.of("防汛|抗旱").title("做好抗旱工作")).isEqualTo("做好<mark>抗旱</mark>工作");
    }

    @Test
    void escapesTheTextAroundAndInsideTheMarks() {
        assertThat(Snippets.of("可疑链接").snippet("请勿点击 <script>alert(1)</script> 之类的可疑链接。"))
                .isEqualTo("请勿点击 &lt;script&gt;alert(1)&lt;/script&gt; 之类的<mark>可疑链接</mark>。");
        assertThat(Snippets.of("<b>").title("标签<b>加粗")).isEqualTo("标签<mark>&lt;b&gt;</mark>加粗");
    }

    @Test
    void aLongTextIsCutToAPassageAroundTheMatchesStartingAtASentence() {
        var filler = "为深入贯彻落实党中央、国务院决策部署，结合我县实际，制定本方案。".repeat(10);
        var text = filler + "各乡镇要做好垃圾分类工作，建立长效机制。" + filler;
        var snippet = Snippets.of("垃圾分类").snippet(text);
        assertThat(snippet).startsWith("…各乡镇要做好<mark>垃圾分类</mark>工作").endsWith("…");
        assertThat(snippet.replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(Snippets.LENGTH + 25);
    }

    @Test
    void thePassageIsWhereTheMostDifferentWordsOccur() {
        var text = "防汛物资已经到位。" + "各单位要加强值班值守。".repeat(20) + "防汛抗旱指挥部召开会议，部署抗旱工作。";
        var snippet = Snippets.of("防汛 抗旱").snippet(text);
        assertThat(snippet).contains("<mark>防汛抗旱</mark>指挥部").contains("部署<mark>抗旱</mark>工作")
                .doesNotContain("物资");
    }

    @Test
    void aShortTextIsShownWholeAndATextWithoutTheWordsGivesNoSnippet() {
        assertThat(Snippets.of("防汛").snippet("做好防汛工作。")).isEqualTo("做好<mark>防汛</mark>工作。");
        assertThat(Snippets.of("防汛").snippet("做好抗旱工作。")).isNull();
        assertThat(Snippets.of("防汛").snippet(null)).isNull();
        // a record's body, then its attachments' text: the first that holds a word
        assertThat(Snippets.of("防汛").snippet("做好抗旱工作。", "防汛预案")).isEqualTo("<mark>防汛</mark>预案");
        assertThat(Snippets.of("防汛").snippet("做好抗旱工作。", null)).isNull();
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        var rare = "𠀀".repeat(100);
        // "a" puts the cuts on the second half of a pair unless the passage moves them
        var snippet = Snippets.of("防汛").snippet("a" + rare + "防汛" + rare);
        var plain = snippet.replaceAll("<[^>]+>", "").replace("…", "");
        assertThat(new String(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain).contains("防汛");
    }
}
