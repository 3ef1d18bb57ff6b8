package org.gongkai.publication;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a record may carry (issue 4: PDF, Word, Excel, images), each with the media types Apache Tika
 * detects from the bytes and the file-name extensions that go with them.
 */
public enum AttachmentKind {
    PDF("PDF文档", "application/pdf", Set.of("pdf")),
    WORD_97("Word文档", "application/msword", Set.of("doc")),
    WORD("Word文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    EXCEL_97("Excel表格", "application/vnd.ms-excel", Set.of("xls")),
    EXCEL("Excel表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    JPEG("图片", "image/jpeg", Set.of("jpg", "jpeg")),
    PNG("图片", "image/png", Set.of("png")),
    GIF("图片", "image/gif", Set.of("gif"));

    private final String label;
    private final String mediaType;
    private final Set<String> extensions;

    AttachmentKind(String label, String mediaType, Set<String> extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean hasExtension(String fileName) {
        var dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static Optional<AttachmentKind> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst();
    }

    /** For messages: 允许的类型：PDF、Word、Excel、JPG、PNG、GIF. */
    static String allowedText() {
        return "PDF、Word（doc/docx）、Excel（xls/xlsx）、图片（jpg/png/gif）";
    }
}
