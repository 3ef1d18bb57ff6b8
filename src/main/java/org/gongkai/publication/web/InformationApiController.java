package org.gongkai.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.organization.CurrentStaff;
import org.gongkai.publication.CatalogLink;
import org.gongkai.publication.ExemptionBasis;
import org.gongkai.publication.IllegalInformationTransition;
import org.gongkai.publication.InformationDraft;
import org.gongkai.publication.InformationNotFound;
import org.gongkai.publication.InformationView;
import org.gongkai.publication.InvalidDocumentNumber;
import org.gongkai.publication.InvalidInformation;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Publishing;
import org.gongkai.publication.Validity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Government information over REST (issue 4): staff draft and move records through review and publication with
 * HTTP Basic; anyone reads a published 主动公开 record.
 */
@RestController
@RequestMapping("/api/v1/information")
@Tag(name = "information", description = "政府信息")
class InformationApiController {

    private final Publishing publishing;
    private final CurrentStaff currentStaff;

    InformationApiController(Publishing publishing, CurrentStaff currentStaff) {
        this.publishing = publishing;
        this.currentStaff = currentStaff;
    }

    @PostMapping
    @Operation(summary = "起草一条政府信息（信息员）")
    ResponseEntity<InformationView> draft(@RequestBody DraftDto body, UriComponentsBuilder uri) {
        if (body == null || body.unitId() == null) {
            throw new InvalidInformation("请指定发布机构 unitId");
        }
        var created = publishing.draft(currentStaff.require(), body.unitId(), body.toDraft());
        return ResponseEntity.created(uri.path("/api/v1/information/{id}").buildAndExpand(created.id()).toUri())
                .body(created);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "报送审核")
    InformationView submit(@PathVariable long id) {
        return publishing.submit(currentStaff.require(), id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "审核通过（审核人）")
    InformationView approve(@PathVariable long id) {
        return publishing.approve(currentStaff.require(), id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "发布；给出 at（ISO 时间）则定时发布")
    InformationView publish(@PathVariable long id, @RequestBody(required = false) PublishDto body) {
        return publishing.publish(currentStaff.require(), id, body == null ? null : body.at());
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤稿（须说明理由）")
    InformationView withdraw(@PathVariable long id, @RequestBody(required = false) WithdrawDto body) {
        return publishing.withdraw(currentStaff.require(), id, body == null ? null : body.reason());
    }

    @GetMapping("/{id}")
    @Operation(summary = "已发布的主动公开信息（公开）")
    InformationView published(@PathVariable long id) {
        return publishing.published(id);
    }

    record DraftDto(Long unitId, String title, String summary, LocalDate writtenOn, String documentNumber,
            String topicCode, String typeCode, String keywords, String body, OpennessAttribute openness,
            ExemptionBasis exemptionBasis, String opennessNote, Validity validity, LocalDate effectiveOn,
            LocalDate expiresOn, LocalDate repealedOn, List<CatalogLink> catalogLinks) {

        InformationDraft toDraft() {
            return new InformationDraft(title, summary, writtenOn, documentNumber, topicCode, typeCode, keywords, body,
                    openness == null ? OpennessAttribute.PROACTIVE : openness, exemptionBasis, opennessNote, validity,
                    effectiveOn, expiresOn, repealedOn, catalogLinks);
        }
    }

    record PublishDto(Instant at) {}

    record WithdrawDto(String reason) {}

    @ExceptionHandler
    ProblemDetail on(InformationNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ InvalidInformation.class, InvalidDocumentNumber.class })
    ProblemDetail onInvalid(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail on(IllegalInformationTransition e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
