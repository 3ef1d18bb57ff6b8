package org.gongkai.catalog.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.catalog.CatalogNotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An unknown or unpublished catalog is a 404 wherever it is asked for. */
@ControllerAdvice
class CatalogNotFoundAdvice {

    @ExceptionHandler
    void on(CatalogNotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
}
