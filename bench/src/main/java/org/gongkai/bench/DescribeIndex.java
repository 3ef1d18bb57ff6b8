package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * Prints the structure of a Lucene index (per field: postings, term vectors, doc values, points, and whether the
 * first documents store it) with its size, so that the index Hibernate Search wrote and the raw Lucene one can be
 * compared field by field.
 *
 * <pre>./run org.gongkai.bench.DescribeIndex data/100k/index/information data/100k/raw-index</pre>
 */
public final class DescribeIndex {

    /** Stored fields are looked for in this many documents (optional fields are missing from some). */
    private static final int SAMPLE = 100;

    public static void main(String[] args) throws IOException {
        for (var directory : args) {
            describe(Path.of(directory));
        }
    }

    private static void describe(Path directory) throws IOException {
        try (var reader = DirectoryReader.open(FSDirectory.open(directory))) {
            var stored = new TreeSet<String>();
            var storedFields = reader.storedFields();
            for (var doc = 0; doc < Math.min(SAMPLE, reader.maxDoc()); doc++) {
                storedFields.document(doc).forEach(field -> stored.add(field.name()));
            }
            System.out.printf("%s: %d documents, %d segments, %.1f MB%n", directory, reader.numDocs(),
                    reader.leaves().size(), size(directory) / 1e6);
            var fields = new TreeSet<String>();
            FieldInfos.getMergedFieldInfos(reader).forEach(info -> fields.add(describe(info, stored)));
            fields.forEach(line -> System.out.println("  " + line));
        }
    }

    private static String describe(FieldInfo info, Set<String> stored) {
        return "%-22s postings=%-36s termVectors=%-5s docValues=%-14s points=%d stored=%s norms=%s".formatted(
                info.name, info.getIndexOptions(), info.hasVectors(), info.getDocValuesType(),
                info.getPointDimensionCount(), stored.contains(info.name) ? "yes" : "no",
                info.hasNorms() ? "yes" : "no");
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
