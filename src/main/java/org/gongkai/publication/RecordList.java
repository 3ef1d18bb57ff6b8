package org.gongkai.publication;

import java.util.List;
import java.util.stream.IntStream;

/** One page of a public list; {@code page} counts from 0. */
public record RecordList(List<ListedRecord> records, long total, int page, int pageSize) {

    public int pages() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** The page numbers (from 0) to link, at most five either side of this one. */
    public List<Integer> pageNumbers() {
        return IntStream.range(Math.max(0, page - 5), Math.min(pages(), page + 6)).boxed().toList();
    }
}
