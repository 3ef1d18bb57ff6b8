package org.gongkai.catalog.table;

import java.io.Serial;
import java.util.List;

/**
 * A catalog table file that cannot be read. {@link #problems()} lists every problem found in the file, each in
 * Chinese and naming its row and column as the user sees them ("第5行第8列（公开渠道和载体）：无法识别的渠道“微博号”").
 */
public class TableRejected extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public TableRejected(List<String> problems) {
        super(String.join("；", problems.subList(0, Math.min(problems.size(), 5)))
                + (problems.size() > 5 ? "……（共" + problems.size() + "个问题）" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejected table names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public TableRejected(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
