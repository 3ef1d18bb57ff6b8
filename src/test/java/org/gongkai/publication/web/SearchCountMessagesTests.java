package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.gongkai.shared.MessageBundles;
import org.junit.jupiter.api.Test;

/** The search page says how many records were found: exactly, or "at least" past the exact count's limit. */
class SearchCountMessagesTests {

    @Test
    void saysTheExactCountOrAtLeastInChinese() {
        var chinese = MessageBundles.load("i18n/publication_zh_CN.properties");
        assertThat(format(chinese, "publication.search.count", 12_345)).isEqualTo("共找到 12345 条信息");
        assertThat(format(chinese, "publication.search.countAtLeast", 1_000)).isEqualTo("找到 1000 条以上信息");
    }

    @Test
    void saysTheExactCountOrAtLeastInEnglish() {
        var english = MessageBundles.load("i18n/publication_en.properties");
        assertThat(format(english, "publication.search.count", 12_345)).isEqualTo("12345 records found");
        assertThat(format(english, "publication.search.countAtLeast", 1_000)).isEqualTo("At least 1000 records found");
    }

    private static String format(Properties bundle, String key, long count) {
        assertThat(bundle.getProperty(key)).as(key).isNotBlank();
        return new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] {count});
    }
}
