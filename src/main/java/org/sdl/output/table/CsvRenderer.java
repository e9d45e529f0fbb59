package org.sdl.output.table;

import java.util.ArrayList;
import java.util.List;

/**
 * esttab's CSV: one line per row, cells in double quotes; by default each cell is written as
 * {@code ="text"} so that a spreadsheet keeps "(2.72)" and "1.747**" as text (estout's csv mode),
 * with {@code literal=false} (estout's plain) as bare quoted values a spreadsheet can compute
 * with. A spanning label is written in its first column, the rest left empty. Rules are not
 * written; gaps are empty lines as in estout.
 */
public final class CsvRenderer implements TableRenderer {
    private final char delimiter;
    private final boolean literal;

    /** delimiter ',' (csv) or ';' (scsv); literal: the ="..." form. */
    public CsvRenderer(char delimiter, boolean literal) {
        this.delimiter = delimiter;
        this.literal = literal;
    }

    @Override
    public String render(Table t) {
        StringBuilder out = new StringBuilder();
        if (!t.title().isEmpty()) {
            out.append(quote(t.title())).append('\n');
        }
        for (Row r : t.rows()) {
            if (r instanceof Row.Gap) {
                out.append('\n');
            } else if (r instanceof Row.Cells c) {
                List<String> fields = new ArrayList<>();
                for (Cell cell : c.cells()) {
                    fields.add(quote(cell.plain()));
                    for (int k = 1; k < cell.span(); k++) {
                        fields.add(quote(""));
                    }
                }
                out.append(String.join(String.valueOf(delimiter), fields)).append('\n');
            }
        }
        for (String n : t.notes()) {
            out.append(quote(n)).append('\n');
        }
        return out.toString();
    }

    private String quote(String s) {
        String q = "\"" + s.replace("\"", "\"\"") + "\"";
        return literal ? "=" + q : q;
    }
}
