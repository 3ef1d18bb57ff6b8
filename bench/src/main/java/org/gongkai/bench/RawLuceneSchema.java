package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.gongkai.publication.GovernmentInformation;

/**
 * The index of {@code GovernmentInformation} built by hand with plain Lucene: the analyzers of
 * {@code org.gongkai.shared.ChineseAnalysisConfigurer} rebuilt from the same factories and parameters, and documents
 * with the same fields, the same postings, stored values, points and doc values as the ones Hibernate Search writes
 * (compare both with {@link DescribeIndex}).
 */
final class RawLuceneSchema {

    static final String ID = "__HSEARCH_id";
    static final String ID_DOC_VALUE = "__HSEARCH_id_docvalue";
    private static final String TYPE = "__HSEARCH_type";
    private static final String FIELD_NAMES = "__HSEARCH_field_names";
    private static final String SMARTCN_STOP_WORDS = "org/apache/lucene/analysis/cn/smart/stopwords.txt";

    final Analyzer chinese = analyzer(builder -> builder.withTokenizer("hmmChinese")
            .addTokenFilter("lowercase")
            .addTokenFilter("porterStem")
            .addTokenFilter("stop", "words", SMARTCN_STOP_WORDS, "ignoreCase", "true"));
    final Analyzer bigramSearch = analyzer(builder -> builder.withTokenizer("standard")
            .addTokenFilter("cjkWidth")
            .addTokenFilter("lowercase")
            .addTokenFilter("cjkBigram", "outputUnigrams", "false"));
    final Analyzer bigramIndex = analyzer(builder -> builder.withTokenizer("standard")
            .addTokenFilter("cjkWidth")
            .addTokenFilter("lowercase")
            .addTokenFilter("cjkBigram", "outputUnigrams", "true"));
    /** The {@code doc_number} normalizer: any bracket around the year → 〔〕, width and spaces folded. */
    final Analyzer documentNumber = analyzer(builder -> builder.withTokenizer("keyword")
            .addCharFilter("cjkWidth")
            .addCharFilter("patternReplace", "pattern", "[\\[\\(【﹝〔]", "replacement", "〔")
            .addCharFilter("patternReplace", "pattern", "[\\]\\)】﹞〕]", "replacement", "〕")
            .addCharFilter("patternReplace", "pattern", "[\\s\\u3000]+", "replacement", "")
            .addTokenFilter("lowercase"));

    /** Index-time analysis per field. */
    final Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(chinese, Map.of(
            "title_bigram", bigramIndex, "text_bigram", bigramIndex));

    /** Query-time analysis per field (the bigram fields search without single characters). */
    final Analyzer searchAnalyzer = new PerFieldAnalyzerWrapper(chinese, Map.of(
            "title_bigram", bigramSearch, "text_bigram", bigramSearch));

    /** One row of {@code publication.information} as the index sees it. */
    record Row(long id, String indexNumber, String title, String summary, long unitId, String documentNumber,
            String topicCode, String typeCode, String keywords, String bodyText, LocalDate publishedOn,
            String validity) {

        /** What the application indexes as {@code text} and {@code text_bigram} (no attachments in these rows). */
        String searchText() {
            return GovernmentInformation.searchText(title, documentNumber, summary, keywords, bodyText, null);
        }
    }

    Document document(Row row) {
        var document = new Document();
        var id = Long.toString(row.id());
        document.add(new StringField(ID, id, Field.Store.NO));
        document.add(new BinaryDocValuesField(ID_DOC_VALUE, new BytesRef(id)));
        document.add(new StringField(TYPE, "main", Field.Store.NO));
        document.add(new StoredField("indexNumber", row.indexNumber()));
        document.add(new TextField("title", row.title(), Field.Store.YES));
        document.add(new TextField("title_bigram", row.title(), Field.Store.NO));
        document.add(new LongPoint("unitId", row.unitId()));
        document.add(new StoredField("unitId", row.unitId()));
        addFieldName(document, "unitId");
        if (row.documentNumber() != null) {
            document.add(new StringField("documentNumber",
                    documentNumber.normalize("documentNumber", row.documentNumber()), Field.Store.NO));
            document.add(new StoredField("documentNumber", row.documentNumber()));
            addFieldName(document, "documentNumber");
        }
        addKeyword(document, "topicCode", row.topicCode());
        addKeyword(document, "typeCode", row.typeCode());
        document.add(new StoredField("typeCode", row.typeCode()));
        if (row.bodyText() != null) {
            document.add(new StoredField("bodyText", row.bodyText()));
        }
        if (row.publishedOn() != null) {
            var epochDay = row.publishedOn().toEpochDay();
            document.add(new LongPoint("publishedOn", epochDay));
            document.add(new SortedNumericDocValuesField("publishedOn", epochDay));
            document.add(new StoredField("publishedOn", row.publishedOn().toString())); // as Hibernate Search stores it
        }
        var text = row.searchText();
        document.add(new TextField("text", text, Field.Store.NO));
        document.add(new TextField("text_bigram", text, Field.Store.NO));
        addKeyword(document, "validity", row.validity());
        return document;
    }

    private static void addKeyword(Document document, String name, String value) {
        if (value != null) {
            document.add(new StringField(name, value, Field.Store.NO));
            addFieldName(document, name);
        }
    }

    /** Hibernate Search's record of which fields without norms or doc values a document has (exists queries). */
    private static void addFieldName(Document document, String name) {
        document.add(new StringField(FIELD_NAMES, name, Field.Store.NO));
    }

    private interface Definition {
        CustomAnalyzer.Builder define(CustomAnalyzer.Builder builder) throws IOException;
    }

    private static Analyzer analyzer(Definition definition) {
        try {
            return definition.define(CustomAnalyzer.builder()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
