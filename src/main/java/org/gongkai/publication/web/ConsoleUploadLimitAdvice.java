package org.gongkai.publication.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An attachment beyond the server's multipart limit is refused before any controller sees it (the request is
 * parsed first); on the record page's upload this answers with a Chinese message on the record page instead of an
 * error page. Other uploads are left to the default handling.
 */
@ControllerAdvice
class ConsoleUploadLimitAdvice {

    private static final Pattern ATTACHMENT_UPLOAD = Pattern.compile("/console/information/(\\d+)/attachments");

    private final ConsoleMessages messages;

    ConsoleUploadLimitAdvice(ConsoleMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    String on(MaxUploadSizeExceededException e, HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var upload = ATTACHMENT_UPLOAD.matcher(path);
        if (!upload.matches()) {
            throw e; // not ours: the default handling answers 413
        }
        RequestContextUtils.getOutputFlashMap(request).put("error", messages.text("publication.console.flash.tooLarge"));
        return "redirect:/console/information/" + upload.group(1) + "#attachments";
    }
}
