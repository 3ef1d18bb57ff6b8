package org.gongkai.organization;

import java.util.List;

/** A tree spreadsheet did not fit; nothing of it was saved. Each problem names its row. */
public class UnitImportRejected extends RuntimeException {

    private final List<String> problems;

    public UnitImportRejected(List<String> problems) {
        super("导入失败，未保存任何数据：" + String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
