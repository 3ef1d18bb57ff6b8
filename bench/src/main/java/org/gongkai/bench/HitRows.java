package org.gongkai.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * What a search page shows of each raw Lucene hit besides its highlights — 索引号, title, unit name, 文号, type,
 * day of publication — loaded for the whole page with one query, so that {@code rawLuceneWithRows} returns the same
 * information as {@code InformationSearch#search}.
 */
final class HitRows {

    record HitRow(long id, String indexNumber, String title, String unitName, String documentNumber,
            String typeCode, LocalDate publishedOn, String highlightedTitle, String snippet) {}

    private final DataSource dataSource;

    HitRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<HitRow> load(List<RawLuceneSearch.Hit> hits) throws SQLException {
        if (hits.isEmpty()) {
            return List.of();
        }
        var sql = """
                select i.id, i.index_number, i.title, u.name, i.document_number, i.type_code, i.published_on
                from publication.information i left join organization.unit u on u.id = i.unit_id
                where i.id in (%s)""".formatted(hits.stream().map(hit -> "?").collect(Collectors.joining(",")));
        var byId = new HashMap<Long, RawLuceneSearch.Hit>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (var i = 0; i < hits.size(); i++) {
                statement.setLong(i + 1, hits.get(i).id());
                byId.put(hits.get(i).id(), hits.get(i));
            }
            var rows = new HashMap<Long, HitRow>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    var hit = byId.get(result.getLong(1));
                    rows.put(hit.id(), new HitRow(hit.id(), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6),
                            result.getDate(7).toLocalDate(), hit.highlightedTitle(), hit.snippet()));
                }
            }
            var page = new ArrayList<HitRow>(hits.size());
            hits.forEach(hit -> page.add(rows.get(hit.id())));
            return page;
        }
    }
}
