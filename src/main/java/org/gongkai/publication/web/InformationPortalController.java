package org.gongkai.publication.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.publication.InformationNotFound;
import org.gongkai.catalog.GuidelineLibrary;
import org.gongkai.publication.ColumnUnits;
import org.gongkai.publication.InformationSearch;
import org.gongkai.publication.InformationVocabulary;
import org.gongkai.publication.InvalidInformation;
import org.gongkai.publication.Validity;
import org.gongkai.publication.PublicRecords;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public record page with its print view and attachment downloads, and the public search page. */
@Controller
class InformationPortalController {

    private final PublicRecords records;
    private final InformationSearch search;
    private final SearchFilters filters;
    private final ColumnUnits columnUnits;
    private final GuidelineLibrary library;
    private final InformationVocabulary vocabulary;
    private final SelectOptions unitOptions = new SelectOptions();
    private final SelectOptions domainOptions = new SelectOptions();
    private final SelectOptions typeOptions = new SelectOptions();

    InformationPortalController(PublicRecords records, InformationSearch search, InformationVocabulary vocabulary,
            SearchFilters filters, ColumnUnits columnUnits, GuidelineLibrary library) {
        this.filters = filters;
        this.columnUnits = columnUnits;
        this.library = library;
        this.records = records;
        this.search = search;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/xxgk/info/{id:\\d+}")
    String record(@PathVariable long id, Model model) {
        model.addAttribute("record", RecordPage.of(records.read(id), vocabulary));
        return "publication/record";
    }

    /** The record on a page of its own: metadata table and body, no navigation, a print stylesheet. */
    @GetMapping("/xxgk/info/{id:\\d+}/print")
    String print(@PathVariable long id, Model model) {
        model.addAttribute("record", RecordPage.of(records.read(id), vocabulary));
        return "publication/print";
    }

    /** An attachment, saved under its own (often Chinese) name: RFC 5987 {@code filename*=UTF-8''…}. */
    @GetMapping("/xxgk/info/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        var download = records.download(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(mediaType(download.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noCache())
                .body(download.content());
    }

    private static MediaType mediaType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String domain, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String validity,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        var domainId = filters.domainId(domain);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("unit", unit);
        model.addAttribute("domain", domain == null ? "" : domain);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("year", year);
        model.addAttribute("validity", validity == null ? "" : validity);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("unitOptions", unitOptions.html(columnUnits.units().stream()
                .map(u -> new ConsoleOption(String.valueOf(u.id()), u.name())).toList(), string(unit)));
        model.addAttribute("domainOptions", domainOptions.html(library.domains().stream()
                .map(d -> new ConsoleOption(String.valueOf(d.id()), d.name())).toList(), string(domainId)));
        model.addAttribute("typeOptions", typeOptions.html(vocabulary.types().entrySet().stream()
                .map(t -> new ConsoleOption(t.getKey(), t.getValue())).toList(), type));
        model.addAttribute("validities", Validity.values());
        var filtered = unit != null || domainId != null || type != null && !type.isBlank() || year != null
                || validity != null && !validity.isBlank();
        if (q != null && !q.isBlank() || filtered) {
            var results = search.search(new InformationSearch.SearchQuery(q, unit, domainId, type, null, year,
                    SearchFilters.validity(validity), "date".equals(sort), page));
            model.addAttribute("results", results);
            model.addAttribute("hits", results.hits().stream()
                    .map(hit -> SearchHitLine.of(hit, request.getContextPath())).toList());
        }
        return "publication/search";
    }

    private static String string(Long id) {
        return id == null ? null : String.valueOf(id);
    }

    @ExceptionHandler
    void on(InformationNotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    void on(InvalidInformation e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    }
}
