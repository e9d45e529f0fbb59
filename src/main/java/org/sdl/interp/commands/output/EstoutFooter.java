package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.output.table.Cell;
import org.sdl.output.table.Row;
import org.sdl.output.table.Table;

/**
 * The footer statistics of an esttab/estout table: one row per statistic (or per layout()
 * line, its @s filled with the statistics in order), the value in each model's first column:
 * a number in the statistic's format, an estadd local as its text, nothing when absent.
 */
final class EstoutFooter {
    private final EstoutSpec s;
    private final List<EstoutTable.Column> columns;
    private final int k;

    EstoutFooter(EstoutSpec s, List<EstoutTable.Column> columns, int k) {
        this.s = s;
        this.columns = columns;
        this.k = k;
    }

    void addTo(Table.Builder t) {
        if (s.statLayout.isEmpty()) {
            for (EstoutSpec.Stat st : s.stats) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.stub(st.label()));
                for (EstoutTable.Column c : columns) {
                    boolean first = c.eq() == null || columns.stream().filter(x -> x.model() == c.model())
                        .findFirst().get() == c;
                    cells.add(Cell.of(first ? value(c.model(), st) : ""));
                    for (int kk = 1; kk < k; kk++) {
                        cells.add(Cell.EMPTY);
                    }
                }
                t.row(Row.Section.FOOTER, cells);
            }
            return;
        }
        int next = 0;
        for (int line = 0; line < s.statLayout.size(); line++) {
            String layout = s.statLayout.get(line);
            int n = layout.split("@", -1).length - 1;
            List<EstoutSpec.Stat> used = s.stats.subList(next, next + n);
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.stub(used.isEmpty() ? "" : used.get(0).label()));
            for (EstoutTable.Column c : columns) {
                StringBuilder text = new StringBuilder();
                int u = 0;
                for (int i = 0; i < layout.length(); i++) {
                    char ch = layout.charAt(i);
                    text.append(ch == '@' ? value(c.model(), used.get(u++)) : String.valueOf(ch));
                }
                cells.add(Cell.of(text.toString()));
                for (int kk = 1; kk < k; kk++) {
                    cells.add(Cell.EMPTY);
                }
            }
            t.row(Row.Section.FOOTER, cells);
            next += n;
        }
    }

    private static String value(ModelColumn m, EstoutSpec.Stat st) {
        Object v = m.stat(st.name());
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return st.fmt().format(d);
        }
        return v.toString();
    }
}
