package org.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.impl.ElasticsearchAnalysisConfigurationContextImpl;
import org.hibernate.search.backend.elasticsearch.analysis.model.impl.ElasticsearchAnalysisDefinitionCollector;
import org.hibernate.search.backend.elasticsearch.lowlevel.index.analysis.impl.AnalyzerDefinition;
import org.hibernate.search.backend.elasticsearch.lowlevel.index.analysis.impl.CharFilterDefinition;
import org.hibernate.search.backend.elasticsearch.lowlevel.index.analysis.impl.NormalizerDefinition;
import org.hibernate.search.backend.elasticsearch.lowlevel.index.analysis.impl.TokenFilterDefinition;
import org.hibernate.search.backend.elasticsearch.lowlevel.index.analysis.impl.TokenizerDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster analysis definitions (what Hibernate Search sends as the index's {@code settings.analysis}), checked
 * without a cluster: the same names as the Lucene configurer, the smartcn and bigram pipelines, and a
 * {@code doc_number} normalizer that folds brackets as the Lucene one does. Uses Hibernate Search's own collector
 * (an internal API: adapt this test if an upgrade moves it). The real cluster is exercised by
 * {@code OpenSearchBackendIntegrationTests}.
 */
class ChineseElasticsearchAnalysisConfigurerTests {

    final Map<String, AnalyzerDefinition> analyzers = new HashMap<>();
    final Map<String, NormalizerDefinition> normalizers = new HashMap<>();
    final Map<String, TokenFilterDefinition> tokenFilters = new HashMap<>();
    final Map<String, CharFilterDefinition> charFilters = new HashMap<>();
    final Map<String, TokenizerDefinition> tokenizers = new HashMap<>();

    @BeforeEach
    void collect() {
        var context = new ElasticsearchAnalysisConfigurationContextImpl();
        new ChineseElasticsearchAnalysisConfigurer().configure(context);
        context.contribute(new ElasticsearchAnalysisDefinitionCollector() {
            @Override public void collect(String name, AnalyzerDefinition definition) { analyzers.put(name, definition); }
            @Override public void collect(String name, NormalizerDefinition definition) { normalizers.put(name, definition); }
            @Override public void collect(String name, TokenizerDefinition definition) { tokenizers.put(name, definition); }
            @Override public void collect(String name, TokenFilterDefinition definition) { tokenFilters.put(name, definition); }
            @Override public void collect(String name, CharFilterDefinition definition) { charFilters.put(name, definition); }
        });
    }

    @Test
    void definesEveryNameTheMappingUses() {
        assertThat(analyzers).containsOnlyKeys(ChineseAnalysisConfigurer.CHINESE, ChineseAnalysisConfigurer.CJK_BIGRAM,
                ChineseAnalysisConfigurer.CJK_BIGRAM_INDEX);
        assertThat(normalizers).containsOnlyKeys(ChineseAnalysisConfigurer.SORT, ChineseAnalysisConfigurer.DOC_NUMBER);
    }

    @Test
    void chineseIsTheSmartcnPipeline() {
        var chinese = analyzers.get(ChineseAnalysisConfigurer.CHINESE);
        assertThat(chinese.getType()).isEqualTo("custom");
        assertThat(chinese.getTokenizer()).isEqualTo("smartcn_tokenizer");
        assertThat(chinese.getTokenFilters()).containsExactly("lowercase", "porter_stem", "smartcn_stop");
    }

    @Test
    void bigramsKeepSingleCharactersOnlyAtIndexTime() {
        var index = analyzers.get(ChineseAnalysisConfigurer.CJK_BIGRAM_INDEX);
        var search = analyzers.get(ChineseAnalysisConfigurer.CJK_BIGRAM);
        assertThat(index.getTokenizer()).isEqualTo("standard");
        assertThat(search.getTokenizer()).isEqualTo("standard");
        var indexBigrams = tokenFilters.get(index.getTokenFilters().get(2));
        var searchBigrams = tokenFilters.get(search.getTokenFilters().get(2));
        assertThat(index.getTokenFilters().subList(0, 2)).containsExactly("cjk_width", "lowercase");
        assertThat(indexBigrams.getType()).isEqualTo("cjk_bigram");
        assertThat(indexBigrams.getParameters().get("output_unigrams").getAsBoolean()).isTrue();
        assertThat(searchBigrams.getType()).isEqualTo("cjk_bigram");
        assertThat(searchBigrams.getParameters().get("output_unigrams").getAsBoolean()).isFalse();
    }

    @Test
    void everyReferencedComponentIsBuiltInOrDefined() {
        var builtInFilters = java.util.Set.of("lowercase", "porter_stem", "smartcn_stop", "cjk_width", "asciifolding");
        analyzers.values().forEach(a -> assertThat(a.getTokenFilters())
                .allMatch(f -> builtInFilters.contains(f) || tokenFilters.containsKey(f)));
        normalizers.values().forEach(n -> {
            assertThat(n.getTokenFilters()).allMatch(f -> builtInFilters.contains(f) || tokenFilters.containsKey(f));
            assertThat(n.getCharFilters() == null ? java.util.List.<String>of() : n.getCharFilters())
                    .allMatch(charFilters::containsKey);
        });
    }

    @Test
    void documentNumbersAreFoldedLikeOnLucene() {
        // apply the char filters as the cluster would (mapping, then each pattern_replace), then lower case
        var docNumber = normalizers.get(ChineseAnalysisConfigurer.DOC_NUMBER);
        assertThat(docNumber.getTokenFilters()).containsExactly("lowercase");
        for (var typed : new String[] {"嘉政办发(2020)37号", "嘉政办发【2020】37号", "嘉政办发［２０２０］３７号",
                "嘉政办发（2020） 37 号", "嘉政办发﹝2020﹞37号", "嘉政办发〔2020〕37号"}) {
            assertThat(normalise(docNumber, typed)).as(typed).isEqualTo("嘉政办发〔2020〕37号");
        }
    }

    @Test
    void theWidthMappingCoversTheFullWidthAsciiBlock() {
        var rules = ChineseElasticsearchAnalysisConfigurer.fullWidthToAscii();
        assertThat(rules).hasSize(94).contains("\\uFF01=>\\u0021", "\\uFF08=>\\u0028", "\\uFF3B=>\\u005B",
                "\\uFF10=>\\u0030", "\\uFF5E=>\\u007E");
    }

    private String normalise(NormalizerDefinition normalizer, String text) {
        for (var name : normalizer.getCharFilters()) {
            var filter = charFilters.get(name);
            switch (filter.getType()) {
                case "mapping" -> {
                    for (var rule : filter.getParameters().get("mappings").getAsJsonArray()) {
                        var sides = rule.getAsString().split("=>");
                        text = text.replace(unescape(sides[0]), unescape(sides[1]));
                    }
                }
                case "pattern_replace" -> text = Pattern.compile(filter.getParameters().get("pattern").getAsString())
                        .matcher(text).replaceAll(filter.getParameters().get("replacement").getAsString());
                default -> throw new AssertionError("unexpected char filter type " + filter.getType());
            }
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    private static String unescape(String escaped) {
        assertThat(escaped).matches("\\\\u[0-9A-F]{4}");
        return String.valueOf((char) Integer.parseInt(escaped.substring(2), 16));
    }
}
