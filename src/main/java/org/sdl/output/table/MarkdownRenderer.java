package org.sdl.output.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub/MultiMarkdown pipe table, as esttab's md mode: the title as a paragraph above, the
 * first header row as the table's head followed by the alignment row (stub left, data columns
 * centred), every other row as a table row, stars as {@code <sup>\*\*</sup>}, the notes as
 * paragraphs below. Pipe tables have no spans or rules: a spanning label sits in its first
 * column and rules and gaps are left out. Markdown's own characters (| * _ \ ` and leading #)
 * are escaped so labels print as typed.
 */
public final class MarkdownRenderer implements TableRenderer {
    @Override
    public String render(Table t) {
        StringBuilder out = new StringBuilder();
        if (!t.title().isEmpty()) {
            out.append(escape(t.title())).append("\n\n");
        }
        boolean headDone = false;
        for (Row r : t.rows()) {
            if (!(r instanceof Row.Cells c)) {
                continue;
            }
            out.append(line(c)).append('\n');
            if (!headDone) {
                StringBuilder align = new StringBuilder("|:---");
                for (int j = 0; j < t.columns(); j++) {
                    align.append("|:---:");
                }
                out.append(align).append("|\n");
                headDone = true;
            }
        }
        if (!headDone) {
            // a table with no rows still needs a head to be a table
            out.append("| |\n|:---|\n");
        }
        if (!t.notes().isEmpty()) {
            out.append('\n');
            for (String n : t.notes()) {
                out.append(escape(n)).append("  \n");
            }
        }
        return out.toString();
    }

    private static String line(Row.Cells c) {
        List<String> fields = new ArrayList<>();
        for (Cell cell : c.cells()) {
            String s = escape(cell.text());
            if (!cell.stars().isEmpty()) {
                s += "<sup>" + escape(cell.stars()) + "</sup>";
            }
            fields.add(s);
            for (int k = 1; k < cell.span(); k++) {
                fields.add("");
            }
        }
        return "| " + String.join(" | ", fields) + " |";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|' || c == '*' || c == '_' || c == '\\' || c == '`' || (c == '#' && i == 0)
                || c == '<' || c == '>') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
