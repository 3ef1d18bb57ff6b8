package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.catalog.PublishedCatalogs;
import org.gongkai.organization.Actor;
import org.gongkai.organization.Role;
import org.gongkai.organization.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * What a visitor and the demo accounts find on first start with the demo data: a few hundred published records
 * that search finds, normative documents of every 有效性 with the records that changed it, catalogs with records
 * under some of their items, late records, work in the console and records for the attribute review; and a second
 * start adds nothing.
 */
@SpringBootTest(properties = "gongkai.demo.enabled=true")
@Tag("database")
class DemoInformationIntegrationTests {

    @Autowired DemoInformation demo;
    @Autowired Publishing publishing;
    @Autowired InformationSearch search;
    @Autowired Timeliness timeliness;
    @Autowired AttributeReviewing attributeReview;
    @Autowired PublishedCatalogs catalogs;
    @Autowired UnitDirectory units;

    Actor admin;
    Actor townEditor;
    long town;

    @BeforeEach
    void actors() {
        var county = units.search("示范县人民政府", 1).get(0).id();
        town = units.search("城关镇人民政府", 1).get(0).id();
        admin = new Actor(901, "demo-test-admin", "管理员", county, Set.of(Role.ADMIN), Set.of());
        townEditor = new Actor(902, "demo-test-editor", "城关镇信息员", town, Set.of(Role.EDITOR), Set.of());
    }

    @Test
    void aFewHundredRecordsArePublishedOverThreeYearsByTheCountyItsDepartmentsAndTownships() {
        var published = all(InformationStatus.PUBLISHED);
        assertThat(published).hasSizeBetween(250, 450)
                .allSatisfy(record -> assertThat(record.openness()).isEqualTo(OpennessAttribute.PROACTIVE))
                .allSatisfy(record -> assertThat(record.body()).startsWith("<"))
                .allSatisfy(record -> assertThat(record.publishedAt()).isBefore(java.time.Instant.now()));
        assertThat(published.stream().map(InformationView::unitName).distinct())
                .contains("示范县人民政府", "示范县人民政府办公室", "示范县教育局", "城关镇人民政府", "城东街道办事处")
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(published.stream().map(InformationView::typeCode).collect(Collectors.toSet()))
                .contains("POLICY", "NORMATIVE", "NEWS", "NOTICE", "PLAN", "STATISTICS", "FINANCE", "PERSONNEL",
                        "INTERPRETATION", "GUIDE");
        assertThat(published.stream().map(InformationView::topicCode).distinct().count()).isGreaterThan(15);
        var days = published.stream().map(record -> record.publishedAt().atZone(DemoInformationPlan.CHINA).toLocalDate())
                .sorted().toList();
        assertThat(ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1))).isGreaterThan(2 * 365);
        assertThat(published).filteredOn(record -> record.documentNumber() != null).hasSizeGreaterThan(40)
                .extracting(InformationView::documentNumber).doesNotHaveDuplicates();
        assertThat(published).extracting(InformationView::title).doesNotHaveDuplicates();
        // a citizen opens any of them
        assertThat(publishing.published(published.get(0).id()).indexNumber()).isNotBlank();
    }

    @Test
    void searchFindsDemoRecordsByACommonWordAndByA文号TypedWithOtherBrackets() {
        var flood = search.search(new InformationSearch.SearchQuery("防汛", null, null, null, null, false, 0));
        assertThat(flood.total()).isGreaterThanOrEqualTo(5);
        assertThat(flood.hits()).anySatisfy(hit -> assertThat(hit.highlightedTitle()).contains("<mark>防汛</mark>"));

        var numbered = all(InformationStatus.PUBLISHED).stream().filter(r -> r.documentNumber() != null).findFirst()
                .orElseThrow();
        var typed = numbered.documentNumber().replace('〔', '(').replace('〕', ')');
        assertThat(search.search(new InformationSearch.SearchQuery(typed, null, null, null, null, false, 0)).hits())
                .first().extracting(InformationSearch.SearchHit::id).isEqualTo(numbered.id());
    }

    @Test
    void normativeDocumentsAreValidExpiredRepealedOrAmendedAndLaterRecordsSayWhy() {
        var normative = all(InformationStatus.PUBLISHED).stream().filter(r -> r.typeCode().equals("NORMATIVE")).toList();
        assertThat(normative).hasSizeBetween(15, 30)
                .allSatisfy(record -> assertThat(record.effectiveOn()).isNotNull());
        assertThat(normative.stream().map(InformationView::validity).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Validity.VALID, Validity.EXPIRED, Validity.REPEALED, Validity.AMENDED);
        assertThat(normative).filteredOn(r -> r.validity() == Validity.EXPIRED)
                .allSatisfy(record -> assertThat(record.expiresOn()).isBefore(LocalDate.now()));

        var repealed = normative.stream().filter(r -> r.validity() == Validity.REPEALED).findFirst().orElseThrow();
        assertThat(repealed.repealedOn()).isNotNull();
        assertThat(publishing.relatedRecords(repealed.id(), true)).extracting(RelatedRecord::relation).contains("被废止");
        var amended = normative.stream().filter(r -> r.validity() == Validity.AMENDED).findFirst().orElseThrow();
        assertThat(publishing.relatedRecords(amended.id(), true)).extracting(RelatedRecord::relation).contains("被修订");

        var interpreted = normative.stream()
                .filter(r -> publishing.relatedRecords(r.id(), true).stream().anyMatch(l -> l.relation().equals("解读材料")))
                .toList();
        assertThat(interpreted).hasSizeGreaterThanOrEqualTo(3);

        // the library's validity filter sees the same
        assertThat(search.search(new InformationSearch.SearchQuery("", null, null, null, null, null, Validity.REPEALED,
                false, 0)).hits()).extracting(InformationSearch.SearchHit::id).contains(repealed.id());
    }

    @Test
    void theTownshipCatalogHasRecordsUnderSomeItemsAndGapsUnderOthers() {
        var catalog = catalogs.catalogs(town).stream().filter(c -> c.title().contains("社会救助")).findFirst()
                .orElseThrow();
        var linked = all(null).stream()
                .filter(r -> r.catalogLinks().stream().anyMatch(link -> link.catalogId() == catalog.id())).toList();
        assertThat(linked).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(record -> assertThat(record.catalogLinks().get(0).domainId()).isNotNull());
        var gaps = timeliness.itemsWithoutInformation(townEditor, town);
        assertThat(gaps).isNotEmpty().hasSizeLessThan(catalog.itemCount())
                .allSatisfy(gap -> assertThat(gap.catalogId()).isEqualTo(catalog.id()));
        assertThat(catalogs.catalogs(units.search("示范县人民政府", 1).get(0).id())).isNotEmpty();

        var domain = linked.get(0).catalogLinks().get(0).domainId();
        assertThat(search.search(new InformationSearch.SearchQuery("", null, domain, null, null, null, null, false, 0))
                .total()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void lateRecordsWorkInTheConsoleAndRecordsForTheAttributeReviewAreThere() {
        assertThat(publishing.lateRecords(admin)).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(record -> assertThat(record.late()).isTrue());
        assertThat(publishing.lateRecords(townEditor)).isNotEmpty()
                .allSatisfy(record -> assertThat(record.unitId()).isEqualTo(town));

        assertThat(publishing.list(townEditor, InformationStatus.DRAFT, PageRequest.of(0, 50)).getContent())
                .isNotEmpty();
        assertThat(publishing.list(townEditor, InformationStatus.SUBMITTED, PageRequest.of(0, 50)).getContent())
                .isNotEmpty();

        var withheld = all(InformationStatus.APPROVED).stream()
                .filter(r -> r.openness() != OpennessAttribute.PROACTIVE).toList();
        assertThat(withheld).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(record -> assertThat(record.exemptionBasis()).isNotNull());
        assertThat(withheld.stream().map(InformationView::openness).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OpennessAttribute.ON_REQUEST, OpennessAttribute.NOT_DISCLOSED);
        assertThat(attributeReview.list(admin, null, LocalDate.now().getYear())).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void loadingAgainAddsNothing() {
        var records = all(null).size();
        var catalogCount = catalogs.catalogs(null).size();
        assertThat(demo.load()).isZero();
        assertThat(all(null)).hasSize(records);
        assertThat(catalogs.catalogs(null)).hasSize(catalogCount);
    }

    private List<InformationView> all(InformationStatus status) {
        return publishing.list(admin, status, PageRequest.of(0, 2000)).getContent();
    }
}
