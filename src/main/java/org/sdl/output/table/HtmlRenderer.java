package org.sdl.output.table;

/**
 * A readable HTML table: {@code <thead>}, {@code <tbody>} and {@code <tfoot>} for header, body
 * and statistics; rules and gaps as classes on the next row ({@code rule}, {@code gap}) that a
 * short style sheet draws (journal style: rules above and below the header and at the end, no
 * vertical lines); stars in {@code <sup>}; the title as {@code <caption>}; notes in a
 * {@code <tfoot>} row of class {@code note}. No inline styles. {@code fragment} writes the
 * {@code <table>} alone (no style sheet); {@code page} a whole document.
 */
public final class HtmlRenderer implements TableRenderer {
    static final String STYLE = "<style>\n"
        + "table.esttab { border-collapse: collapse; }\n"
        + "table.esttab td, table.esttab th { padding: 0.1em 0.6em; text-align: center; }\n"
        + "table.esttab td.stub, table.esttab th.stub { text-align: left; }\n"
        + "table.esttab tr.top td, table.esttab tr.top th { border-top: 2px solid black; }\n"
        + "table.esttab tr.rule td, table.esttab tr.rule th { border-top: 1px solid black; }\n"
        + "table.esttab tr.bottom td { border-bottom: 2px solid black; }\n"
        + "table.esttab tr.gap td { height: 0.6em; }\n"
        + "table.esttab tr.note td { text-align: left; font-size: smaller; }\n"
        + "</style>\n";

    private final boolean fragment;
    private final boolean page;

    public HtmlRenderer(boolean fragment, boolean page) {
        this.fragment = fragment;
        this.page = page;
    }

    @Override
    public String render(Table t) {
        StringBuilder out = new StringBuilder();
        if (page && !fragment) {
            out.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(t.title().isEmpty() ? "estimates table" : t.title())).append("</title>\n")
                .append(STYLE).append("</head>\n<body>\n");
        } else if (!fragment) {
            out.append(STYLE);
        }
        out.append("<table class=\"esttab\">\n");
        if (!t.title().isEmpty()) {
            out.append("<caption>").append(escape(t.title())).append("</caption>\n");
        }
        Row.Section open = null;
        String pending = "";
        int n = t.rows().size();
        int lastCells = -1;
        for (int i = 0; i < n; i++) {
            if (t.rows().get(i) instanceof Row.Cells) {
                lastCells = i;
            }
        }
        boolean bottomRule = false;
        for (int i = lastCells + 1; i < n; i++) {
            bottomRule |= t.rows().get(i) instanceof Row.Rule;
        }
        for (int i = 0; i < n; i++) {
            Row r = t.rows().get(i);
            if (r instanceof Row.Rule rule) {
                pending = rule.kind() == Row.RuleKind.TOP ? "top" : "rule";
                continue;
            }
            if (r instanceof Row.Gap) {
                if (open == null) {
                    continue;
                }
                out.append("<tr class=\"gap\"><td colspan=\"").append(t.columns() + 1).append("\"></td></tr>\n");
                continue;
            }
            Row.Cells c = (Row.Cells) r;
            if (c.section() != open) {
                if (open != null) {
                    out.append(open == Row.Section.HEADER ? "</thead>\n" : "</tbody>\n");
                }
                open = c.section();
                out.append('<').append(tag(open)).append(">\n");
            }
            String cls = pending;
            if (i == lastCells && bottomRule) {
                cls = cls.isEmpty() ? "bottom" : cls + " bottom";
            }
            pending = "";
            out.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
            boolean first = true;
            String cellTag = c.section() == Row.Section.HEADER ? "th" : "td";
            for (Cell cell : c.cells()) {
                out.append('<').append(cellTag);
                if (first) {
                    out.append(" class=\"stub\"");
                }
                if (cell.span() > 1) {
                    out.append(" colspan=\"").append(cell.span()).append('"');
                }
                out.append('>').append(escape(cell.text()));
                if (!cell.stars().isEmpty()) {
                    out.append("<sup>").append(escape(cell.stars())).append("</sup>");
                }
                out.append("</").append(cellTag).append('>');
                first = false;
            }
            out.append("</tr>\n");
        }
        if (open != null) {
            out.append(open == Row.Section.HEADER ? "</thead>\n" : "</tbody>\n");
        }
        if (!t.notes().isEmpty()) {
            out.append("<tfoot class=\"notes\">\n");
            for (String note : t.notes()) {
                out.append("<tr class=\"note\"><td colspan=\"").append(t.columns() + 1).append("\">")
                    .append(escape(note)).append("</td></tr>\n");
            }
            out.append("</tfoot>\n");
        }
        out.append("</table>\n");
        if (page && !fragment) {
            out.append("</body>\n</html>\n");
        }
        return out.toString();
    }

    private static String tag(Row.Section s) {
        return switch (s) {
            case HEADER -> "thead";
            case BODY -> "tbody";
            default -> "tbody class=\"stats\"";
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
