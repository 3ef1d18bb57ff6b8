package org.gongkai.shared;

import java.util.stream.IntStream;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers and normalizers of the search index on an Elasticsearch/OpenSearch cluster (the {@code opensearch}
 * profile), under the same names as the Lucene ones ({@link ChineseAnalysisConfigurer}), so that the entity
 * mapping and the queries work unchanged on either backend. See docs/search.md, "Running on a cluster".
 *
 * <ul>
 * <li>{@value ChineseAnalysisConfigurer#CHINESE}: the {@code analysis-smartcn} plugin's tokenizer
 * ({@code smartcn_tokenizer}, the same HMM segmentation as Lucene's {@code hmmChinese}), lower case, Porter stemming,
 * and the plugin's {@code smartcn_stop} filter (smartcn's punctuation stop list) — the SmartChineseAnalyzer pipeline.
 * <strong>The plugin must be installed on every node</strong> ({@code bin/opensearch-plugin install
 * analysis-smartcn}); without it creating the index fails with "unknown tokenizer type [smartcn_tokenizer]".</li>
 * <li>{@value ChineseAnalysisConfigurer#CJK_BIGRAM} / {@value ChineseAnalysisConfigurer#CJK_BIGRAM_INDEX}: the
 * built-in {@code standard} tokenizer, {@code cjk_width}, {@code lowercase} and {@code cjk_bigram} (with unigrams at
 * index time).</li>
 * <li>{@value ChineseAnalysisConfigurer#SORT}: {@code cjk_width}, {@code lowercase}, {@code asciifolding}.</li>
 * <li>{@value ChineseAnalysisConfigurer#DOC_NUMBER}: Elasticsearch has no {@code cjk_width} <em>char</em> filter, so
 * a {@code mapping} char filter folds the full-width ASCII forms (U+FF01–U+FF5E) to ASCII first, as Lucene's
 * CJKWidthCharFilter does for them; then the same bracket and white-space patterns and lower case.</li>
 * </ul>
 */
public class ChineseElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    /** The {@code cjk_bigram} token filter keeping single characters too (index side of the bigram fields). */
    static final String BIGRAM_WITH_UNIGRAMS = "gongkai_cjk_bigram_unigrams";
    /** The {@code cjk_bigram} token filter without single characters (search side). */
    static final String BIGRAM_ONLY = "gongkai_cjk_bigram_only";
    static final String FULL_WIDTH_TO_ASCII = "gongkai_full_width_to_ascii";
    static final String OPENING_BRACKETS = "gongkai_doc_number_opening_brackets";
    static final String CLOSING_BRACKETS = "gongkai_doc_number_closing_brackets";
    static final String NO_SPACES = "gongkai_doc_number_no_spaces";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ChineseAnalysisConfigurer.CHINESE).custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("lowercase", "porter_stem", "smartcn_stop");

        context.tokenFilter(BIGRAM_ONLY).type("cjk_bigram").param("output_unigrams", false);
        context.tokenFilter(BIGRAM_WITH_UNIGRAMS).type("cjk_bigram").param("output_unigrams", true);

        context.analyzer(ChineseAnalysisConfigurer.CJK_BIGRAM).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", BIGRAM_ONLY);

        context.analyzer(ChineseAnalysisConfigurer.CJK_BIGRAM_INDEX).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", BIGRAM_WITH_UNIGRAMS);

        context.normalizer(ChineseAnalysisConfigurer.SORT).custom()
                .tokenFilters("cjk_width", "lowercase", "asciifolding");

        context.charFilter(FULL_WIDTH_TO_ASCII).type("mapping").param("mappings", fullWidthToAscii());
        context.charFilter(OPENING_BRACKETS).type("pattern_replace")
                .param("pattern", "[\\[\\(【﹝〔]")
                .param("replacement", "〔");
        context.charFilter(CLOSING_BRACKETS).type("pattern_replace")
                .param("pattern", "[\\]\\)】﹞〕]")
                .param("replacement", "〕");
        context.charFilter(NO_SPACES).type("pattern_replace")
                .param("pattern", "[\\s\\u3000]+")
                .param("replacement", "");
        context.normalizer(ChineseAnalysisConfigurer.DOC_NUMBER).custom()
                .charFilters(FULL_WIDTH_TO_ASCII, OPENING_BRACKETS, CLOSING_BRACKETS, NO_SPACES)
                .tokenFilters("lowercase");
    }

    /**
     * Mapping rules ！=>! … ～=>~ for the 94 full-width ASCII forms, written with {@code \\uXXXX} escapes (which the
     * mapping char filter understands) so that none of the mapped characters ({@code =}, {@code >}, {@code \}) can be
     * taken for rule syntax.
     */
    static String[] fullWidthToAscii() {
        return IntStream.rangeClosed(0xFF01, 0xFF5E)
                .mapToObj(c -> String.format("\\u%04X=>\\u%04X", c, c - 0xFEE0))
                .toArray(String[]::new);
    }
}
