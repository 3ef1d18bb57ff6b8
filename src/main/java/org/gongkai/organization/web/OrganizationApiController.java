package org.gongkai.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.organization.InvalidUnitData;
import org.gongkai.organization.UnitDirectory;
import org.gongkai.organization.UnitNotFound;
import org.gongkai.organization.UnitResolution;
import org.gongkai.organization.UnitView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "organizations", description = "组织机构")
class OrganizationApiController {

    private static final int MAX_RESULTS = 200;
    private static final int MAX_TEXT = 20_000;

    private final UnitDirectory directory;

    OrganizationApiController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "按名称、简称或别名查找在用单位（公开）")
    List<UnitDto> search(@RequestParam(required = false) String q) {
        return directory.search(q, MAX_RESULTS).stream().map(UnitDto::of).toList();
    }

    @PostMapping("/resolve")
    @Operation(summary = "把责任单位等自由文本解析为单位（需登录）")
    UnitResolution resolve(@RequestBody ResolveDto body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new InvalidUnitData("text 不能为空");
        }
        if (body.text().length() > MAX_TEXT) {
            throw new InvalidUnitData("text 过长（最多" + MAX_TEXT + "字）");
        }
        return directory.resolve(body.text(), body.scopeUnitId());
    }

    record ResolveDto(String text, Long scopeUnitId) {}

    record UnitDto(long id, String name, String shortName, List<String> aliases, String level, String levelLabel,
            String kind, String kindLabel, Long parentId) {

        static UnitDto of(UnitView unit) {
            return new UnitDto(unit.id(), unit.name(), unit.shortName(), unit.aliases(), unit.level().name(),
                    unit.levelLabel(), unit.kind().name(), unit.kindLabel(), unit.parentId());
        }
    }

    @ExceptionHandler
    ProblemDetail on(UnitNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(InvalidUnitData e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
