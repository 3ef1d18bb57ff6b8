package org.gongkai.publication.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.organization.UnitNotFound;
import org.gongkai.publication.ColumnUnits;
import org.gongkai.publication.DisclosureGuideEditing;
import org.gongkai.publication.ListingQuery;
import org.gongkai.publication.PublicListings;
import org.gongkai.publication.PublicUnit;
import org.gongkai.publication.Validity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 政府信息公开 column (国办公开办函〔2019〕61号; DOMAIN §7): a unit chooser and the four standard sub-columns of
 * each unit — 政府信息公开指南, 政府信息公开制度, 法定主动公开内容, 政府信息公开年报 — with the filtered list of
 * published records and the library of normative documents. See docs/disclosure-column.md.
 */
@Controller
@RequestMapping("/xxgk")
class DisclosureColumnController {

    private final ColumnUnits units;
    private final PublicListings listings;
    private final DisclosureGuideEditing guides;

    DisclosureColumnController(ColumnUnits units, PublicListings listings, DisclosureGuideEditing guides) {
        this.units = units;
        this.listings = listings;
        this.guides = guides;
    }

    @GetMapping
    String column(@RequestParam(required = false) Long unit, Model model) {
        var chosen = unit == null ? units.defaultUnit() : units.unit(unit);
        model.addAttribute("units", units.units());
        model.addAttribute("unit", chosen);
        if (chosen != null) {
            model.addAttribute("latest", listings.list(new ListingQuery(chosen.id(), null, null, null, null, 0)));
        }
        return "publication/column";
    }

    @GetMapping("/{unitId:\\d+}/guide")
    String guide(@PathVariable long unitId, Model model) {
        unit(unitId, model, "guide");
        model.addAttribute("guide", guides.guide(unitId));
        return "publication/guide";
    }

    @GetMapping("/{unitId:\\d+}/rules")
    String rules(@PathVariable long unitId, Model model) {
        unit(unitId, model, "rules");
        model.addAttribute("records", listings.rules(unitId));
        return "publication/rules";
    }

    @GetMapping("/{unitId:\\d+}/statutory")
    String statutory(@PathVariable long unitId, Model model) {
        unit(unitId, model, "statutory");
        model.addAttribute("catalogs", listings.statutory(unitId));
        return "publication/statutory";
    }

    @GetMapping("/{unitId:\\d+}/reports")
    String reports(@PathVariable long unitId, Model model) {
        unit(unitId, model, "reports");
        return "publication/reports";
    }

    /** Published records, filtered; {@code page} counts from 1 in the address. */
    @GetMapping("/list")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Long domain,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page, Model model) {
        var filter = new ListFilter(unit, domain, blank(topic), blank(type), year);
        model.addAttribute("filter", filter);
        model.addAttribute("filters", listings.filters());
        model.addAttribute("units", units.units());
        model.addAttribute("results", listings.list(new ListingQuery(unit, domain, filter.topic(), filter.type(), year,
                page - 1)));
        return "publication/list";
    }

    /** The library of normative documents (规范性文件库), by 有效性. */
    @GetMapping("/normative")
    String normative(@RequestParam(required = false) Validity validity, @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("validity", validity);
        model.addAttribute("validities", Validity.values());
        model.addAttribute("results", listings.normative(validity, page - 1));
        return "publication/normative";
    }

    private void unit(long unitId, Model model, String active) {
        PublicUnit unit = units.unit(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("active", active);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? "" : text.strip();
    }

    /** The list's filters as the form and the page links repeat them. */
    record ListFilter(Long unit, Long domain, String topic, String type, Integer year) {

        /** The address of page {@code page} (from 1) with the filters that are set, and only those. */
        public String pageUrl(int page) {
            var uri = UriComponentsBuilder.fromPath("/xxgk/list");
            if (unit != null) {
                uri.queryParam("unit", unit);
            }
            if (domain != null) {
                uri.queryParam("domain", domain);
            }
            if (!topic.isEmpty()) {
                uri.queryParam("topic", topic);
            }
            if (!type.isEmpty()) {
                uri.queryParam("type", type);
            }
            if (year != null) {
                uri.queryParam("year", year);
            }
            if (page > 1) {
                uri.queryParam("page", page);
            }
            return uri.encode().build().toUriString();
        }
    }

    @ExceptionHandler
    void on(UnitNotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
}
