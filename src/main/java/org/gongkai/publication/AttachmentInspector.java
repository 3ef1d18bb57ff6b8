package org.gongkai.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.xml.sax.SAXException;

/**
 * Checks an uploaded attachment by its content, not its name: Apache Tika detects the type from the bytes; only PDF,
 * Word, Excel and images are taken, and only under a name whose extension agrees (an executable renamed .pdf is
 * refused, as is a PDF named .docx). Then it extracts the text for search (images have none; at most
 * {@value #MAX_TEXT} characters are kept).
 */
@Component
class AttachmentInspector {

    static final int MAX_TEXT = 1_000_000;

    private final DataSize maxSize;
    private final Detector detector;
    private final AutoDetectParser parser;

    AttachmentInspector(@Value("${gongkai.publication.attachment-max-size:20MB}") DataSize maxSize) {
        this.maxSize = maxSize;
        var tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
    }

    AttachmentFile inspect(String fileName, byte[] content) {
        var name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new InvalidInformation("附件“" + name + "”是空文件");
        }
        if (content.length > maxSize.toBytes()) {
            throw new InvalidInformation("附件“" + name + "”超过大小上限 " + maxSize.toMegabytes() + " MB");
        }
        var detected = detect(name, content);
        var kind = AttachmentKind.ofMediaType(detected).orElseThrow(() -> new InvalidInformation(
                "附件“" + name + "”的内容不是允许的文件类型（检测为 " + detected + "）；允许：" + AttachmentKind.allowedText()));
        if (!kind.hasExtension(name)) {
            throw new InvalidInformation("附件“" + name + "”的内容是" + kind.label() + "，与文件扩展名不符，请改正文件名后再上传");
        }
        return new AttachmentFile(name, kind, content, sha256(content), text(kind, content));
    }

    private String detect(String name, byte[] content) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (var in = new ByteArrayInputStream(content)) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new InvalidInformation("附件“" + name + "”无法读取");
        }
    }

    private String text(AttachmentKind kind, byte[] content) {
        if (kind.mediaType().startsWith("image/")) {
            return null;
        }
        var handler = new BodyContentHandler(MAX_TEXT);
        try (var in = new ByteArrayInputStream(content)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return null; // an unreadable document is still published; it is just not found by its text
            }
        } catch (IOException | TikaException | RuntimeException e) {
            return null;
        }
        var text = handler.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
        return text.isEmpty() ? null : text;
    }

    /** The name without any folder a browser sent, control characters, or more than 200 characters. */
    static String cleanName(String fileName) {
        var name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            throw new InvalidInformation("附件缺少文件名");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
