package org.gongkai.catalog.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalog.Channel.GAZETTE;
import static org.gongkai.catalog.Channel.GOVERNMENT_WEBSITE;
import static org.gongkai.catalog.Channel.HOTLINE;
import static org.gongkai.catalog.Channel.NEW_MEDIA;
import static org.gongkai.catalog.Channel.NOTICE_BOARD;
import static org.gongkai.catalog.Channel.OTHER;
import static org.gongkai.catalog.Channel.PRESS_CONFERENCE;
import static org.gongkai.catalog.Channel.PRINT;
import static org.gongkai.catalog.Channel.READING_POINT;

import java.util.Set;

import org.gongkai.catalog.ItemElements;
import org.junit.jupiter.api.Test;

class ChannelTextTests {

    @Test
    void readsCheckBoxesTickedAndNot() {
        var parsed = ChannelText.parse("■政府网站 □政府公报 ■两微一端\n□发布会/听证会 ■社区/企事业单位/村公示栏（电子屏）");

        assertThat(parsed.selected()).containsExactlyInAnyOrder(GOVERNMENT_WEBSITE, NEW_MEDIA, NOTICE_BOARD);
        assertThat(parsed.mentioned()).containsOnlyKeys(GOVERNMENT_WEBSITE, GAZETTE, NEW_MEDIA, PRESS_CONFERENCE,
                NOTICE_BOARD);
        assertThat(parsed.unknown()).isEmpty();
    }

    @Test
    void readsTheOtherChannelAfterAColonOrInParentheses() {
        assertThat(ChannelText.parse("■政府网站 ■其他：村务微信群 □精准推送").otherText()).isEqualTo("村务微信群");
        assertThat(ChannelText.parse("■其他(村务微信群)").otherText()).isEqualTo("村务微信群");
        assertThat(ChannelText.parse("政府网站、其他（学校门口公告栏（招生期间））、两微一端").selected())
                .containsExactlyInAnyOrder(GOVERNMENT_WEBSITE, OTHER, NEW_MEDIA);
        assertThat(ChannelText.parse("政府网站、其他（学校门口公告栏（招生期间））、两微一端").otherText())
                .isEqualTo("学校门口公告栏（招生期间）");
        assertThat(ChannelText.parse("■其他").otherText()).isNull();
        assertThat(ChannelText.parse("■其他").selected()).containsExactly(OTHER);
    }

    @Test
    void readsPlainNamesAsTicked() {
        var parsed = ChannelText.parse("政府网站、纸质载体\n公开查阅点；12345政务服务热线，政府公报");

        assertThat(parsed.selected()).containsExactlyInAnyOrder(GOVERNMENT_WEBSITE, PRINT, READING_POINT, HOTLINE,
                GAZETTE);
        assertThat(parsed.mentioned()).containsEntry(PRINT, "纸质载体");
    }

    @Test
    void acceptsHalfWidthParenthesesInNames() {
        assertThat(ChannelText.parse("■社区/企事业单位/村公示栏(电子屏)").selected()).containsExactly(NOTICE_BOARD);
    }

    @Test
    void reportsNamesThatAreNoChannel() {
        var parsed = ChannelText.parse("■政府网站 ■微博号 抖音");

        assertThat(parsed.selected()).containsExactly(GOVERNMENT_WEBSITE);
        assertThat(parsed.unknown()).containsExactly("微博号", "抖音");
    }

    @Test
    void readsAnEmptyCellAsNoChannel() {
        var parsed = ChannelText.parse("  ");

        assertThat(parsed.selected()).isEmpty();
        assertThat(parsed.otherText()).isNull();
        assertThat(parsed.unknown()).isEmpty();
    }

    @Test
    void writesEveryChannelOfTheLayoutAsACheckBox() {
        var item = new ItemElements("政策文件", "教育法律法规", "内容", null, null, null, Set.of(GOVERNMENT_WEBSITE, OTHER),
                "村务微信群", true, false, true, false, Set.of());

        var text = ChannelText.format(item, TableLayout.standard());

        assertThat(text).startsWith("■政府网站 □政府公报 □两微一端").endsWith("□12345政务服务热线 ■其他：村务微信群");
        assertThat(ChannelText.parse(text).selected()).containsExactlyInAnyOrder(GOVERNMENT_WEBSITE, OTHER);
        assertThat(ChannelText.parse(text).otherText()).isEqualTo("村务微信群");
    }
}
