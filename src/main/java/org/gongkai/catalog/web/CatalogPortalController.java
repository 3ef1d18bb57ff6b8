package org.gongkai.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.catalog.CatalogNotFound;
import org.gongkai.catalog.InvalidCatalogData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the standard catalogs (政务公开事项标准目录, issue 3): no login, published versions only.
 * See docs/catalog-portal.md for the URLs.
 */
@Controller
@RequestMapping("/catalogs")
class CatalogPortalController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PortalPages pages;

    CatalogPortalController(PortalPages pages) {
        this.pages = pages;
    }

    @GetMapping
    String landing(Model model) {
        model.addAttribute("page", pages.landing());
        return "catalog/portal/landing";
    }

    @GetMapping("/units/{unitId:\\d+}")
    String unit(@PathVariable long unitId, Model model) {
        model.addAttribute("page", pages.unit(unitId));
        return "catalog/portal/unit";
    }

    @GetMapping("/domains/{code}")
    String domain(@PathVariable String code, Model model) {
        model.addAttribute("page", pages.domain(code));
        return "catalog/portal/domain";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String domain,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", pages.search(q, domain, unitId, page));
        return "catalog/portal/search";
    }

    @GetMapping("/{id:\\d+}")
    String catalog(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.catalog(id, null));
        return "catalog/portal/catalog";
    }

    @GetMapping("/{id:\\d+}/versions/{number:\\d+}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        model.addAttribute("page", pages.catalog(id, number));
        return "catalog/portal/catalog";
    }

    @GetMapping("/{id:\\d+}/items/{key}")
    String item(@PathVariable long id, @PathVariable String key, Model model) {
        model.addAttribute("page", pages.item(id, key));
        return "catalog/portal/item";
    }

    @GetMapping("/{id:\\d+}/diff")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("page", pages.diff(id, from, to));
        return "catalog/portal/diff";
    }

    @GetMapping("/{id:\\d+}/print")
    String print(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.print(id));
        return "catalog/portal/print";
    }

    @GetMapping("/{id:\\d+}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        var download = pages.workbook(id);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.filename(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    /** No such catalog, or not published, or no such published version: the public sees 404 and the error page. */
    @ExceptionHandler({ CatalogNotFound.class, InvalidCatalogData.class })
    void notFound(RuntimeException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
    }
}
