package org.gongkai.publication.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.gongkai.catalog.CatalogNotFound;
import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.AccessPolicy;
import org.gongkai.organization.Action;
import org.gongkai.organization.Actor;
import org.gongkai.organization.CurrentStaff;
import org.gongkai.publication.CatalogLink;
import org.gongkai.publication.ExemptionBasis;
import org.gongkai.publication.IllegalInformationTransition;
import org.gongkai.publication.InformationNotFound;
import org.gongkai.publication.InformationStatus;
import org.gongkai.publication.InformationView;
import org.gongkai.publication.InformationVocabulary;
import org.gongkai.publication.InvalidDocumentNumber;
import org.gongkai.publication.InvalidInformation;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Publishing;
import org.gongkai.publication.RelationKind;
import org.gongkai.publication.Validity;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of government information (issue 4): the list of the records in scope, the drafting form, the
 * record page with its attachments, related records and workflow buttons, and the correction form. Every POST
 * redirects with a message; what the use cases refuse comes back as the message, in their words.
 */
@Controller
@RequestMapping("/console/information")
class InformationConsoleController {

    static final int PAGE_SIZE = 20;

    private final Publishing publishing;
    private final InformationVocabulary vocabulary;
    private final PublishedCatalogs catalogs;
    private final ConsoleUnits units;
    private final AccessPolicy policy;
    private final CurrentStaff currentStaff;
    private final ConsoleFormTokens tokens;
    private final ConsoleMessages messages;

    InformationConsoleController(Publishing publishing, InformationVocabulary vocabulary, PublishedCatalogs catalogs,
            ConsoleUnits units, AccessPolicy policy, CurrentStaff currentStaff, ConsoleFormTokens tokens,
            ConsoleMessages messages) {
        this.publishing = publishing;
        this.vocabulary = vocabulary;
        this.catalogs = catalogs;
        this.units = units;
        this.policy = policy;
        this.currentStaff = currentStaff;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var actor = currentStaff.require();
        var selected = Arrays.stream(InformationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        var records = publishing.list(actor, selected, PageRequest.of(Math.max(0, page), PAGE_SIZE))
                .map(ConsoleRecordRow::of);
        model.addAttribute("records", records);
        model.addAttribute("status", selected == null ? "" : selected.name());
        model.addAttribute("statuses", Arrays.stream(InformationStatus.values())
                .map(s -> new ConsoleOption(s.name(), s.label())).toList());
        model.addAttribute("mayDraft", !editableUnits(actor).isEmpty());
        return "publication/console/list";
    }

    @GetMapping("/new")
    String newRecord(@RequestParam(required = false) Long unitId, Model model, HttpSession session,
            RedirectAttributes flash) {
        var editable = editableUnits(currentStaff.require());
        if (editable.isEmpty()) {
            flash.addFlashAttribute("error", messages.text("publication.console.flash.noEditableUnit"));
            return "redirect:/console/information";
        }
        var unit = unitId != null && editable.stream().anyMatch(o -> o.value().equals(unitId.toString())) ? unitId
                : Long.valueOf(editable.get(0).value());
        return form(model, "new", null, InformationForm.blank(unit, ConsoleText.today()).withToken(tokens.issue(session)));
    }

    @PostMapping
    String create(@ModelAttribute InformationForm form, Model model, HttpSession session, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            if (form.unitId() == null) {
                throw new InformationForm.Unreadable("publication.console.form.noUnit");
            }
            var submission = tokens.once(session, form.formToken(), () -> {
                var created = publishing.draft(actor, form.unitId(), form.toDraft());
                return "redirect:/console/information/" + created.id();
            });
            return afterOnce(submission, flash, "publication.console.flash.drafted", "redirect:/console/information");
        } catch (InvalidInformation | InvalidDocumentNumber | InformationForm.Unreadable e) {
            refused(model, e);
            return form(model, "new", null, form);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, HttpSession session) {
        var actor = currentStaff.require();
        var view = publishing.detail(actor, id);
        model.addAttribute("record", ConsoleRecordDetail.of(view, vocabulary, catalogItemNames(view.catalogLinks()),
                policy.allows(actor, Action.EDIT_CONTENT, view.unitId()),
                policy.allows(actor, Action.REVIEW_CONTENT, view.unitId())));
        model.addAttribute("attachments", publishing.attachments(actor, id).stream().map(ConsoleAttachmentRow::of).toList());
        model.addAttribute("related", publishing.relatedRecords(id, false).stream().map(ConsoleRelatedRow::of).toList());
        model.addAttribute("relationKinds", Arrays.stream(RelationKind.values())
                .map(kind -> new ConsoleOption(kind.name(), kind.label())).toList());
        model.addAttribute("uploadToken", tokens.issue(session));
        return "publication/console/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes flash) {
        var view = publishing.detail(currentStaff.require(), id);
        if (view.status() != InformationStatus.DRAFT) {
            flash.addFlashAttribute("error", messages.text("publication.console.flash.notEditable", view.statusLabel()));
            return "redirect:/console/information/" + id;
        }
        return form(model, "edit", view, InformationForm.of(view));
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute InformationForm form, Model model, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            publishing.edit(actor, id, form.toDraft());
            flash.addFlashAttribute("message", messages.text("publication.console.flash.saved"));
            return "redirect:/console/information/" + id;
        } catch (InvalidInformation | InvalidDocumentNumber | InformationForm.Unreadable e) {
            refused(model, e);
            return form(model, "edit", publishing.detail(actor, id), form);
        }
    }

    @GetMapping("/{id}/correct")
    String correction(@PathVariable long id, Model model, HttpSession session, RedirectAttributes flash) {
        var view = publishing.detail(currentStaff.require(), id);
        if (view.status() != InformationStatus.PUBLISHED) {
            flash.addFlashAttribute("error", messages.text("publication.console.flash.notCorrectable", view.statusLabel()));
            return "redirect:/console/information/" + id;
        }
        return form(model, "correct", view, InformationForm.of(view).withToken(tokens.issue(session)));
    }

    @PostMapping("/{id}/correct")
    String correct(@PathVariable long id, @ModelAttribute InformationForm form, Model model, HttpSession session,
            RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            var submission = tokens.once(session, form.formToken(), () -> {
                publishing.correct(actor, id, form.toDraft(), form.correctionNote());
                return "redirect:/console/information/" + id;
            });
            return afterOnce(submission, flash, "publication.console.flash.corrected", "redirect:/console/information/" + id);
        } catch (InvalidInformation | InvalidDocumentNumber | InformationForm.Unreadable e) {
            refused(model, e);
            return form(model, "correct", publishing.detail(actor, id), form);
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "publication.console.flash.submitted", () -> publishing.submit(currentStaff.require(), id));
    }

    @PostMapping("/{id}/return")
    String returnToDraft(@PathVariable long id, @RequestParam(required = false) String comment,
            RedirectAttributes flash) {
        return act(id, flash, "publication.console.flash.returned",
                () -> publishing.returnToDraft(currentStaff.require(), id, comment));
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "publication.console.flash.approved", () -> publishing.approve(currentStaff.require(), id));
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String at, RedirectAttributes flash) {
        try {
            var view = publishing.publish(currentStaff.require(), id, ConsoleText.parseMinute(at));
            flash.addFlashAttribute("message", view.status() == InformationStatus.SCHEDULED
                    ? messages.text("publication.console.flash.scheduled", ConsoleText.minute(view.scheduledFor()))
                    : messages.text("publication.console.flash.published"));
        } catch (InvalidInformation | IllegalInformationTransition e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (InformationForm.Unreadable e) {
            flash.addFlashAttribute("error", messages.text(e.key(), e.args()));
        }
        return "redirect:/console/information/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return act(id, flash, "publication.console.flash.withdrawn", () -> publishing.withdraw(currentStaff.require(), id, reason));
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String formToken, HttpSession session, RedirectAttributes flash)
            throws IOException {
        var actor = currentStaff.require();
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("error", messages.text("publication.console.flash.noFile"));
            return "redirect:/console/information/" + id + "#attachments";
        }
        var content = file.getBytes();
        try {
            var submission = tokens.once(session, formToken, () -> {
                publishing.attach(actor, id, file.getOriginalFilename(), content);
                return "redirect:/console/information/" + id + "#attachments";
            });
            return afterOnce(submission, flash, "publication.console.flash.attached",
                    "redirect:/console/information/" + id + "#attachments");
        } catch (InvalidInformation e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/information/" + id + "#attachments";
        }
    }

    @PostMapping("/{id}/attachments/{attachmentId}/remove")
    String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes flash) {
        try {
            publishing.detach(currentStaff.require(), id, attachmentId);
            flash.addFlashAttribute("message", messages.text("publication.console.flash.detached"));
        } catch (InvalidInformation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/information/" + id + "#attachments";
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        var file = publishing.download(currentStaff.require(), id, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(file.content());
    }

    @PostMapping("/{id}/relations")
    String relate(@PathVariable long id, @RequestParam(required = false) String related,
            @RequestParam(required = false) String kind, RedirectAttributes flash) {
        var actor = currentStaff.require();
        try {
            var relationKind = Arrays.stream(RelationKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                    .orElseThrow(() -> new InformationForm.Unreadable("publication.console.flash.noRelationKind"));
            publishing.relate(actor, id, relatedId(actor, related), relationKind);
            flash.addFlashAttribute("message", messages.text("publication.console.flash.related"));
        } catch (InvalidInformation | InformationNotFound e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (InformationForm.Unreadable e) {
            flash.addFlashAttribute("error", messages.text(e.key(), e.args()));
        }
        return "redirect:/console/information/" + id + "#related";
    }

    @PostMapping("/{id}/relations/remove")
    String unrelate(@PathVariable long id, @RequestParam long relatedId, @RequestParam RelationKind kind,
            RedirectAttributes flash) {
        try {
            publishing.unrelate(currentStaff.require(), id, relatedId, kind);
            flash.addFlashAttribute("message", messages.text("publication.console.flash.unrelated"));
        } catch (InvalidInformation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/information/" + id + "#related";
    }

    /** The catalog items a record of the unit may be linked to (htmx swaps this in when the unit changes). */
    @GetMapping("/catalog-items")
    String catalogItems(@RequestParam(required = false) Long unitId, Model model) {
        var actor = currentStaff.require();
        if (unitId != null) {
            policy.check(actor, Action.VIEW, unitId);
        }
        model.addAttribute("form", InformationForm.blank(unitId, ConsoleText.today()));
        model.addAttribute("catalogGroups", unitId == null ? List.of() : catalogGroups(unitId));
        return "publication/console/form :: catalog-links";
    }

    @ExceptionHandler
    void on(InformationNotFound e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }

    private String act(long id, RedirectAttributes flash, String done, Supplier<InformationView> action) {
        try {
            action.get();
            flash.addFlashAttribute("message", messages.text(done));
        } catch (InvalidInformation | IllegalInformationTransition e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/information/" + id;
    }

    private String afterOnce(ConsoleFormTokens.Submission submission, RedirectAttributes flash, String done,
            String fallback) {
        switch (submission.outcome()) {
            case DONE -> flash.addFlashAttribute("message", messages.text(done));
            case REPEATED -> flash.addFlashAttribute("message", messages.text("publication.console.flash.repeated"));
            case UNKNOWN -> flash.addFlashAttribute("error", messages.text("publication.console.flash.staleForm"));
        }
        return submission.redirect() == null ? fallback : submission.redirect();
    }

    private void refused(Model model, RuntimeException e) {
        if (e instanceof InvalidDocumentNumber invalid) {
            model.addAttribute("documentNumberError", invalid.getMessage());
            invalid.suggestion().ifPresent(s -> model.addAttribute("documentNumberSuggestion", s));
        } else if (e instanceof InformationForm.Unreadable unreadable) {
            model.addAttribute("formError", messages.text(unreadable.key(), unreadable.args()));
        } else {
            model.addAttribute("formError", e.getMessage());
        }
    }

    private String form(Model model, String mode, InformationView view, InformationForm form) {
        var actor = currentStaff.require();
        var unitId = view != null ? Long.valueOf(view.unitId()) : form.unitId();
        model.addAttribute("mode", mode);
        model.addAttribute("record", view == null ? null : ConsoleRecordRow.of(view));
        model.addAttribute("form", form);
        model.addAttribute("units", editableUnits(actor));
        model.addAttribute("types", vocabulary.types().entrySet().stream()
                .map(e -> new ConsoleOption(e.getKey(), e.getValue())).toList());
        model.addAttribute("topics", vocabulary.topics().entrySet().stream()
                .map(e -> new ConsoleOption(e.getKey(), (e.getKey().length() > 2 ? "\u3000" : "") + e.getValue()))
                .toList());
        model.addAttribute("openness", Arrays.stream(OpennessAttribute.values())
                .map(a -> new ConsoleOption(a.name(), a.label())).toList());
        model.addAttribute("onRequestBases", bases(OpennessAttribute.ON_REQUEST));
        model.addAttribute("notDisclosedBases", bases(OpennessAttribute.NOT_DISCLOSED));
        model.addAttribute("validities", Arrays.stream(Validity.values())
                .map(v -> new ConsoleOption(v.name(), v.label())).toList());
        model.addAttribute("catalogGroups", unitId == null ? List.of() : catalogGroups(unitId));
        return "publication/console/form";
    }

    private static List<ConsoleOption> bases(OpennessAttribute attribute) {
        return Arrays.stream(ExemptionBasis.values()).filter(basis -> basis.justifies(attribute))
                .map(basis -> new ConsoleOption(basis.name(), basis.label() + "（" + basis.article() + "）"))
                .toList();
    }

    /** The units the actor may draft for, in tree order, as select options. */
    private List<ConsoleOption> editableUnits(Actor actor) {
        return units.options(actor, Action.EDIT_CONTENT);
    }

    /** The applicable items of the unit's published catalogs, grouped by catalog. */
    private List<ConsoleOption.Group> catalogGroups(long unitId) {
        var groups = new ArrayList<ConsoleOption.Group>();
        for (var catalog : catalogs.catalogs(unitId)) {
            var options = catalogs.items(catalog.id(), null).stream().filter(item -> !item.notApplicable())
                    .map(item -> new ConsoleOption(catalog.id() + ":" + item.key(), item.position() + ". "
                            + item.name() + (item.domainName() == null ? "" : "（" + item.domainName() + "）")))
                    .toList();
            if (!options.isEmpty()) {
                groups.add(new ConsoleOption.Group(catalog.title(), options));
            }
        }
        return groups;
    }

    private List<String> catalogItemNames(List<CatalogLink> links) {
        var names = new ArrayList<String>();
        for (var link : links) {
            try {
                var catalog = catalogs.catalog(link.catalogId());
                var item = catalogs.items(link.catalogId(), null).stream()
                        .filter(i -> i.key().equals(link.itemKey())).findFirst();
                names.add(catalog.title() + "：" + item.map(i -> i.name()).orElse(link.itemKey()));
            } catch (CatalogNotFound e) {
                names.add(messages.text("publication.console.detail.unknownCatalogItem", link.catalogId(), link.itemKey()));
            }
        }
        return names;
    }

    /**
     * The id of the record named in the relate form: an id as it is, or a 索引号 looked up among the records the
     * actor may see.
     */
    private long relatedId(Actor actor, String related) {
        var text = related == null ? "" : related.strip();
        if (text.isEmpty()) {
            throw new InformationForm.Unreadable("publication.console.flash.noRelated");
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() < 18) {
            return Long.parseLong(text);
        }
        return publishing.findByIndexNumber(actor, text).map(InformationView::id)
                .orElseThrow(() -> new InformationForm.Unreadable("publication.console.flash.unknownIndexNumber", text));
    }
}
