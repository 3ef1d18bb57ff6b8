package org.gongkai.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** An entered arrangement was refused; nothing was saved. Lists every problem found, by row. */
public class ArrangementRejected extends RuntimeException {

    private final List<RowProblem> problems;

    ArrangementRejected(List<RowProblem> problems) {
        super(problems.stream().map(RowProblem::message).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
