package org.gongkai.publication.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.publication.InformationNotFound;
import org.gongkai.publication.InformationSearch;
import org.gongkai.publication.InformationVocabulary;
import org.gongkai.publication.InvalidInformation;
import org.gongkai.publication.Publishing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public record page and the public search page. */
@Controller
class InformationPortalController {

    private final Publishing publishing;
    private final InformationSearch search;
    private final InformationVocabulary vocabulary;

    InformationPortalController(Publishing publishing, InformationSearch search, InformationVocabulary vocabulary) {
        this.publishing = publishing;
        this.search = search;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/xxgk/info/{id:\\d+}")
    String record(@PathVariable long id, Model model) {
        model.addAttribute("record", RecordPage.of(publishing.published(id), vocabulary));
        return "publication/record";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("year", year);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("types", vocabulary.types());
        if (q != null && !q.isBlank() || type != null && !type.isBlank() || year != null) {
            model.addAttribute("results", search.search(
                    new InformationSearch.SearchQuery(q, null, type, null, year, "date".equals(sort), page)));
        }
        return "publication/search";
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
