package org.gongkai.publication.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.publication.CatalogLink;
import org.gongkai.publication.ExemptionBasis;
import org.gongkai.publication.InformationDraft;
import org.gongkai.publication.InformationView;
import org.gongkai.publication.OpennessAttribute;
import org.gongkai.publication.Validity;

/**
 * The console form of a record: every field of {@link InformationDraft} as typed, so that a form refused by the
 * domain comes back exactly as it was sent. The exemption basis has one select per attribute (only the one that
 * fits the chosen attribute is shown); the validity fields are read only for 规范性文件, where they are shown, or
 * when the record already had them.
 */
record InformationForm(Long unitId, String title, String summary, String writtenOn, String documentNumber,
        String topicCode, String typeCode, String keywords, String body, String openness, String onRequestBasis,
        String notDisclosedBasis, String opennessNote, String validity, String effectiveOn, String expiresOn,
        String repealedOn, Boolean validityKept, List<String> catalogLinks, String correctionNote, String formToken) {

    static final String NORMATIVE = "NORMATIVE";

    public InformationForm {
        catalogLinks = catalogLinks == null ? List.of() : List.copyOf(catalogLinks);
    }

    static InformationForm blank(Long unitId, LocalDate today) {
        return new InformationForm(unitId, "", "", today.toString(), "", "", "", "", "",
                OpennessAttribute.PROACTIVE.name(), "", "", "", "", "", "", "", false, List.of(), "", null);
    }

    static InformationForm of(InformationView view) {
        var basis = view.exemptionBasis() == null ? "" : view.exemptionBasis().name();
        var links = view.catalogLinks().stream().map(link -> link.catalogId() + ":" + link.itemKey()).toList();
        var hasValidity = view.validity() != null || view.effectiveOn() != null || view.expiresOn() != null
                || view.repealedOn() != null;
        return new InformationForm(view.unitId(), view.title(), text(view.summary()), text(view.writtenOn()),
                text(view.documentNumber()), text(view.topicCode()), text(view.typeCode()), text(view.keywords()),
                text(view.body()), view.openness().name(),
                view.openness() == OpennessAttribute.ON_REQUEST ? basis : "",
                view.openness() == OpennessAttribute.NOT_DISCLOSED ? basis : "", text(view.opennessNote()),
                view.validity() == null ? "" : view.validity().name(), text(view.effectiveOn()),
                text(view.expiresOn()), text(view.repealedOn()), hasValidity && !NORMATIVE.equals(view.typeCode()),
                links, "", null);
    }

    InformationForm withToken(String token) {
        return new InformationForm(unitId, title, summary, writtenOn, documentNumber, topicCode, typeCode, keywords,
                body, openness, onRequestBasis, notDisclosedBasis, opennessNote, validity, effectiveOn, expiresOn,
                repealedOn, validityKept, catalogLinks, correctionNote, token);
    }

    /**
     * The draft for the use cases; the rules (title, 文号, openness and basis, dates) are theirs.
     *
     * @throws Unreadable when a value cannot be read at all (a date, a choice that is not on the list)
     */
    InformationDraft toDraft() {
        var attribute = choice(OpennessAttribute.class, openness, "publication.console.field.openness");
        var basis = attribute == OpennessAttribute.ON_REQUEST ? choice(ExemptionBasis.class, onRequestBasis, "publication.console.field.basis")
                : attribute == OpennessAttribute.NOT_DISCLOSED ? choice(ExemptionBasis.class, notDisclosedBasis, "publication.console.field.basis")
                : null;
        var readValidity = NORMATIVE.equals(typeCode) || Boolean.TRUE.equals(validityKept);
        return new InformationDraft(title, summary, date(writtenOn, "publication.console.field.writtenOn"), documentNumber,
                topicCode, typeCode, keywords, body, attribute, basis, opennessNote,
                readValidity ? choice(Validity.class, validity, "publication.console.field.validity") : null,
                readValidity ? date(effectiveOn, "publication.console.field.effectiveOn") : null,
                readValidity ? date(expiresOn, "publication.console.field.expiresOn") : null,
                readValidity ? date(repealedOn, "publication.console.field.repealedOn") : null, links());
    }

    /** Whether a catalog item ({@code catalogId:itemKey}) is linked, for the select. */
    public boolean links(String value) {
        return catalogLinks.contains(value);
    }

    private List<CatalogLink> links() {
        var links = new ArrayList<CatalogLink>();
        for (var value : catalogLinks) {
            if (value == null || value.isBlank()) {
                continue;
            }
            var colon = value.indexOf(':');
            try {
                links.add(new CatalogLink(Long.valueOf(value.substring(0, colon)), value.substring(colon + 1)));
            } catch (RuntimeException e) {
                throw new Unreadable("publication.console.form.badChoice", value);
            }
        }
        return links;
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Unreadable("publication.console.form.badDate", field, text);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new Unreadable("publication.console.form.badChoice", name);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A value the form cannot read; the message key and its arguments are resolved in the request's language. */
    static final class Unreadable extends RuntimeException {

        private final String key;
        private final transient Object[] args;

        Unreadable(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args;
        }
    }
}
