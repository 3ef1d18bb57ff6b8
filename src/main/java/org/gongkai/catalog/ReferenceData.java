package org.gongkai.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data of the catalogs into an empty database, on every profile: the pilot and later
 * domains ({@code catalog/domains.csv}, DOMAIN.md §1) and the bundled guideline editions
 * ({@code catalog/guidelines/<DOMAIN_CODE>.tsv}; format in {@code catalog/README.md}). Idempotent: a domain or
 * edition already present is left as it is.
 */
@Component
@Order(5)
class ReferenceData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);
    static final List<String> TSV_HEADER = List.of("first_level", "second_level", "content", "basis", "time_limit",
            "subject", "channels", "other_channel", "to_public", "to_specific_groups", "proactive", "on_request",
            "levels");

    private final Domains domains;
    private final Guidelines guidelines;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final GuidelineLibrary library;

    ReferenceData(Domains domains, Guidelines guidelines, TransactionTemplate transactions, Clock clock,
            GuidelineLibrary library) {
        this.library = library;
        this.domains = domains;
        this.guidelines = guidelines;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> load());
        library.forgetDomains();
    }

    void load() {
        for (var row : csv("catalog/domains.csv")) {
            if (domains.findByCode(row.get("code")).isEmpty()) {
                var aliases = row.get("aliases").isBlank() ? List.<String>of()
                        : Arrays.stream(row.get("aliases").split("\\|")).map(String::strip).toList();
                domains.save(new Domain(row.get("code"), row.get("name"), aliases,
                        Boolean.parseBoolean(row.get("pilot")), Integer.parseInt(row.get("sort_order")),
                        row.get("guideline_issuer").isBlank() ? null : row.get("guideline_issuer")));
            }
        }
        try {
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:catalog/guidelines/*.tsv")) {
                loadGuideline(resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadGuideline(Resource resource) throws IOException {
        var code = resource.getFilename().replace(".tsv", "");
        var domain = domains.findByCode(code)
                .orElseThrow(() -> new IllegalStateException(resource.getFilename() + "：没有代码为 " + code + " 的领域"));
        var guideline = GuidelineFile.read(resource.getFilename(), resource.getInputStream());
        if (guidelines.existsByDomainIdAndEdition(domain.id(), guideline.edition())) {
            return;
        }
        guidelines.save(new Guideline(domain.id(), guideline.title(), guideline.issuer(), guideline.edition(),
                guideline.issuedOn(), guideline.rows(), clock.instant()));
        log.info("标准指引：已载入《{}》{} 个事项", guideline.title(), guideline.rows().size());
    }

    /** A guideline edition in the bundled TSV format. */
    record GuidelineFile(String title, String issuer, String edition, LocalDate issuedOn, List<ItemElements> rows) {

        static GuidelineFile read(String name, java.io.InputStream in) throws IOException {
            var meta = new HashMap<String, String>();
            var rows = new ArrayList<ItemElements>();
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                var lineNumber = 0;
                var headerSeen = false;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    if (line.startsWith("#")) {
                        var colon = line.indexOf(':');
                        if (colon > 0) {
                            meta.putIfAbsent(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
                        }
                        continue;
                    }
                    var cells = line.split("\t", -1);
                    if (!headerSeen) {
                        if (!Arrays.asList(cells).equals(TSV_HEADER)) {
                            throw new IllegalStateException(name + " 第" + lineNumber + "行：表头应为 " + TSV_HEADER);
                        }
                        headerSeen = true;
                        continue;
                    }
                    if (cells.length != TSV_HEADER.size()) {
                        throw new IllegalStateException(name + " 第" + lineNumber + "行：应有" + TSV_HEADER.size() + "列");
                    }
                    rows.add(new ItemElements(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
                            labels(cells[6], Channel.class, name, lineNumber), cells[7], yes(cells[8]), yes(cells[9]),
                            yes(cells[10]), yes(cells[11]), labels(cells[12], DisclosureLevel.class, name, lineNumber)));
                }
            }
            return new GuidelineFile(meta.get("title"), meta.get("issuer"), meta.getOrDefault("version", "1"),
                    meta.containsKey("issued") ? LocalDate.parse(meta.get("issued")) : null, rows);
        }

        private static boolean yes(String cell) {
            return "Y".equalsIgnoreCase(cell.strip());
        }

        private static <E extends Enum<E>> java.util.Set<E> labels(String cell, Class<E> type, String name, int line) {
            var result = EnumSet.noneOf(type);
            for (var label : cell.split("\\|")) {
                if (label.isBlank()) {
                    continue;
                }
                var match = Arrays.stream(type.getEnumConstants()).filter(value -> label(value).equals(label.strip()))
                        .findFirst().orElseThrow(() -> new IllegalStateException(name + " 第" + line + "行：未知的“" + label + "”"));
                result.add(match);
            }
            return result;
        }

        private static String label(Enum<?> value) {
            return value instanceof Channel channel ? channel.label() : ((DisclosureLevel) value).label();
        }
    }

    private static List<Map<String, String>> csv(String path) {
        try (var in = ReferenceData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("缺少参考数据文件 " + path);
            }
            var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            var header = lines.get(0).split(",", -1);
            var rows = new ArrayList<Map<String, String>>();
            for (var line : lines.subList(1, lines.size())) {
                var cells = line.split(",", -1);
                var row = new HashMap<String, String>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
