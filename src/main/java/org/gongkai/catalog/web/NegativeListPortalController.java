package org.gongkai.catalog.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.catalog.NegativeList;
import org.gongkai.organization.UnitNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The public negative lists (负面清单): all units' published entries, grouped by unit, and one unit's. */
@Controller
@RequestMapping("/catalogs/negative-list")
class NegativeListPortalController {

    private final NegativeList negativeList;

    NegativeListPortalController(NegativeList negativeList) {
        this.negativeList = negativeList;
    }

    @GetMapping
    String all(Model model) {
        model.addAttribute("lists", negativeList.published());
        return "catalog/negative-list/public";
    }

    @GetMapping("/units/{unitId}")
    String unit(@PathVariable long unitId, Model model) {
        model.addAttribute("list", negativeList.publishedOf(unitId));
        return "catalog/negative-list/public-unit";
    }

    @ExceptionHandler(UnitNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
