package org.gongkai.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

/** An attachment over the server's multipart limit comes back to the record page with a message. */
class ConsoleUploadLimitAdviceTests {

    private final ConsoleUploadLimitAdvice advice = new ConsoleUploadLimitAdvice(new ConsoleMessages(messages()));

    @Test
    void anAttachmentOverTheLimitReturnsToTheRecordPageWithAChineseMessage() {
        var request = new MockHttpServletRequest("POST", "/console/information/42/attachments");
        var flash = new FlashMap();
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);

        var view = advice.on(new MaxUploadSizeExceededException(25L * 1024 * 1024), request);

        assertThat(view).isEqualTo("redirect:/console/information/42#attachments");
        assertThat(flash.get("error")).isEqualTo("附件太大，超过了系统允许的上传大小，请压缩或拆分后再上传");
    }

    @Test
    void otherUploadsAreLeftToTheDefaultHandling() {
        var request = new MockHttpServletRequest("POST", "/console/catalogs/import");
        var tooLarge = new MaxUploadSizeExceededException(25L * 1024 * 1024);

        assertThatExceptionOfType(MaxUploadSizeExceededException.class).isThrownBy(() -> advice.on(tooLarge, request))
                .isSameAs(tooLarge);
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("publication.console.flash.tooLarge", Locale.getDefault(),
                "附件太大，超过了系统允许的上传大小，请压缩或拆分后再上传");
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }
}
