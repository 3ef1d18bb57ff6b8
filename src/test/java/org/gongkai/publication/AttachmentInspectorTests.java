package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Attachments are judged by their bytes: the allowed kinds pass with their text; anything else is refused in Chinese. */
class AttachmentInspectorTests {

    private final AttachmentInspector inspector = new AttachmentInspector(DataSize.ofMegabytes(20));

    @Test
    void aPdfIsTakenWithItsText() throws IOException {
        var file = inspector.inspect("2026年预算公开.pdf", pdf("County budget 2026: education 1200 million"));
        assertThat(file.kind()).isEqualTo(AttachmentKind.PDF);
        assertThat(file.text()).contains("County budget 2026");
        assertThat(file.sha256()).hasSize(64);
    }

    @Test
    void wordAndExcelInBothFormatsAreTakenWithTheirChineseText() throws IOException {
        assertThat(inspector.inspect("通知.docx", PublicationRulesIntegrationTests.word("关于开展农村人居环境整治的通知")))
                .satisfies(file -> assertThat(file.kind()).isEqualTo(AttachmentKind.WORD))
                .satisfies(file -> assertThat(file.text()).contains("农村人居环境整治"));
        assertThat(inspector.inspect("补助名单.xlsx", xlsx("低保补助发放名单")))
                .satisfies(file -> assertThat(file.kind()).isEqualTo(AttachmentKind.EXCEL))
                .satisfies(file -> assertThat(file.text()).contains("低保补助发放名单"));
        assertThat(inspector.inspect("旧表.XLS", xls("危房改造对象")))
                .satisfies(file -> assertThat(file.kind()).isEqualTo(AttachmentKind.EXCEL_97))
                .satisfies(file -> assertThat(file.text()).contains("危房改造对象"));
    }

    @Test
    void anImageIsTakenWithoutText() throws IOException {
        var file = inspector.inspect("现场照片.png", png());
        assertThat(file.kind()).isEqualTo(AttachmentKind.PNG);
        assertThat(file.text()).isNull();
    }

    @Test
    void anExecutableNamedPdfIsRefused() {
        var exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> inspector.inspect("预算.pdf", exe))
                .withMessageContaining("不是允许的文件类型").withMessageContaining("预算.pdf");
    }

    @Test
    void aWebPageNamedDocIsRefused() {
        var html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> inspector.inspect("通知.doc", html))
                .withMessageContaining("不是允许的文件类型");
    }

    @Test
    void aPdfNamedDocxIsRefusedSoThatNobodyDownloadsWhatTheNameDoesNotSay() throws IOException {
        var bytes = pdf("text");
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> inspector.inspect("通知.docx", bytes))
                .withMessageContaining("PDF文档").withMessageContaining("扩展名不符");
    }

    @Test
    void emptyAndOversizeFilesAreRefused() throws IOException {
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> inspector.inspect("a.pdf", new byte[0]))
                .withMessageContaining("空文件");
        var small = new AttachmentInspector(DataSize.ofBytes(100));
        var bytes = pdf("a page of text");
        assertThat(bytes.length).isGreaterThan(100);
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> small.inspect("a.pdf", bytes))
                .withMessageContaining("超过大小上限");
    }

    @Test
    void aFolderSentWithTheNameIsDropped() {
        assertThat(AttachmentInspector.cleanName("C:\\fakepath\\预算.pdf")).isEqualTo("预算.pdf");
        assertThat(AttachmentInspector.cleanName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThatExceptionOfType(InvalidInformation.class).isThrownBy(() -> AttachmentInspector.cleanName("  "));
    }

    private static byte[] pdf(String text) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx(String text) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("名单").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls(String text) throws IOException {
        try (var workbook = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("名单").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
