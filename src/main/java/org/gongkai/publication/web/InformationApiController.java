package org.gongkai.publication.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.organization.CurrentStaff;
import org.gongkai.publication.AttachmentView;
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
import org.gongkai.publication.RelatedRecord;
import org.gongkai.publication.RelationKind;
import org.gongkai.publication.Validity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
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

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传附件（草稿；PDF、Word、Excel、图片，按内容检测类型）")
    ResponseEntity<AttachmentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        var attached = publishing.attach(currentStaff.require(), id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(attached);
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "附件列表（公开信息任何人可看；其他须登录）")
    List<AttachmentView> attachments(@PathVariable long id) {
        var actor = currentStaff.find();
        return actor.isPresent() ? publishing.attachments(actor.get(), id) : publishing.publishedAttachments(id);
    }

    @PostMapping("/{id}/relations")
    @Operation(summary = "关联另一份文件：AMENDS 修订、REPEALS 废止、INTERPRETS 解读（草稿）")
    InformationView relate(@PathVariable long id, @RequestBody RelationDto body) {
        if (body == null || body.relatedId() == null || body.kind() == null) {
            throw new InvalidInformation("请给出 relatedId 和 kind（AMENDS、REPEALS 或 INTERPRETS）");
        }
        return publishing.relate(currentStaff.require(), id, body.relatedId(), body.kind());
    }

    @GetMapping("/{id}/related")
    @Operation(summary = "关联文件（双向：本文件修订/废止/解读的，和修订/废止/解读本文件的）")
    List<RelatedRecord> related(@PathVariable long id) {
        var actor = currentStaff.find();
        if (actor.isPresent()) {
            publishing.detail(actor.get(), id);
            return publishing.relatedRecords(id, false);
        }
        publishing.published(id);
        return publishing.relatedRecords(id, true);
    }

    record RelationDto(Long relatedId, RelationKind kind) {}

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
