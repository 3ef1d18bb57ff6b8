package org.gongkai.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The names behind the codes of information types and the State Council 主题分类
 * ({@code publication/types.csv}, {@code publication/topics.csv}; sources in publication/README.md).
 */
@Component
public class InformationVocabulary {

    private final Map<String, String> types = read("publication/types.csv", 0, 1);
    private final Map<String, String> topics = read("publication/topics.csv", 0, 2);

    public String typeName(String code) {
        return code == null ? null : types.getOrDefault(code, code);
    }

    public String topicName(String code) {
        return code == null ? null : topics.getOrDefault(code, code);
    }

    /** Type codes and names, in the order the list gives them. */
    public Map<String, String> types() {
        return Collections.unmodifiableMap(types);
    }

    /** 主题分类 codes and names (two levels: 01 国务院组织机构, 0101 国务院 …), in the order the list gives them. */
    public Map<String, String> topics() {
        return Collections.unmodifiableMap(topics);
    }

    private static Map<String, String> read(String path, int codeColumn, int nameColumn) {
        try (var in = InformationVocabulary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("缺少参考数据文件 " + path);
            }
            var names = new LinkedHashMap<String, String>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .forEach(cells -> names.put(cells[codeColumn].strip(), cells[nameColumn].strip()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
