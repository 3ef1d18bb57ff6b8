package org.gongkai.shared;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers and normalizers of the Lucene index (Hibernate Search, Lucene backend), referenced from
 * {@code hibernate.search.backend.analysis.configurer}.
 *
 * <ul>
 * <li>{@value #CHINESE}: Lucene's SmartChineseAnalyzer pipeline — HMM word segmentation, lower case, Porter
 * stemming of Latin words, and smartcn's own stop list, which holds only punctuation (no Chinese function words:
 * 的/了/和 stay searchable, so phrases stay exact). Precise, but a word is only found whole: 规范 does not match
 * 规范化.</li>
 * <li>{@value #CJK_BIGRAM}: standard tokenizer, full-width → half-width, lower case, overlapping CJK bigrams
 * (规范化 → 规范 范化). Finds words inside words; used as the <em>search</em> analyzer of the bigram field.</li>
 * <li>{@value #CJK_BIGRAM_INDEX}: the same, but also keeping single characters (outputUnigrams), used to
 * <em>index</em> the bigram field so that a one-character query (税) finds something, while a query of two or
 * more characters is still searched as bigrams only.</li>
 * <li>{@value #SORT}: a normalizer for sortable / filterable keywords: full-width → half-width, lower case,
 * ASCII folding.</li>
 * <li>{@value #DOC_NUMBER}: a normalizer for 发文字号 (文号): full-width → half-width, every kind of bracket
 * around the year (〔〕 [] ［］ () （） 【】 ﹝﹞) → 〔〕, white space removed, lower case — so 嘉政办发[2020]37号
 * and 嘉政办发（２０２０）37 号 both equal 嘉政办发〔2020〕37号.</li>
 * </ul>
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    public static final String CJK_BIGRAM = "cjk_bigram";
    public static final String CJK_BIGRAM_INDEX = "cjk_bigram_index";
    public static final String SORT = "sort";
    public static final String DOC_NUMBER = "doc_number";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).custom()
                .tokenizer("hmmChinese")
                .tokenFilter("lowercase")
                .tokenFilter("porterStem")
                .tokenFilter("stop")
                        .param("words", "org/apache/lucene/analysis/cn/smart/stopwords.txt")
                        .param("ignoreCase", "true");

        context.analyzer(CJK_BIGRAM).custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram")
                        .param("outputUnigrams", "false");

        context.analyzer(CJK_BIGRAM_INDEX).custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram")
                        .param("outputUnigrams", "true");

        context.normalizer(SORT).custom()
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");

        context.normalizer(DOC_NUMBER).custom()
                .charFilter("cjkWidth")
                .charFilter("patternReplace")
                        .param("pattern", "[\\[\\(【﹝〔]")
                        .param("replacement", "〔")
                .charFilter("patternReplace")
                        .param("pattern", "[\\]\\)】﹞〕]")
                        .param("replacement", "〕")
                .charFilter("patternReplace")
                        .param("pattern", "[\\s\\u3000]+")
                        .param("replacement", "")
                .tokenFilter("lowercase");
    }
}
