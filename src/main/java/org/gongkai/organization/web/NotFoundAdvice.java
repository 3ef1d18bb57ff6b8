package org.gongkai.organization.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.organization.UnitNotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An unknown unit in any page or endpoint is a 404, not a 500: the container's error page then answers in the
 * form the client asked for (the Chinese error page for a browser, JSON for a script).
 */
@ControllerAdvice
class NotFoundAdvice {

    @ExceptionHandler
    void on(UnitNotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
}
