package org.sdl.output.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Rich Text Format that Word and LibreOffice open as a real table: Times New Roman, one RTF
 * table row per row of cells, journal rules drawn as cell borders (a heavier rule above the
 * first row and below the last, a thin one where the table has a mid rule; no vertical lines),
 * stars superscript, spanning labels as one wide cell, the title above and the notes below in
 * smaller type. Non-ASCII characters are written as {@code \\uN?}.
 */
public final class RtfRenderer implements TableRenderer {
    private static final int TWIPS_PER_CHAR = 110;

    @Override
    public String render(Table t) {
        return "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0\\froman Times New Roman;}}\n\\plain\\f0\\fs20\n"
            + body(t) + "}\n";
    }

    /** The table without the document's opening and closing (what append adds to a document). */
    public String body(Table t) {
        StringBuilder out = new StringBuilder();
        if (!t.title().isEmpty()) {
            out.append("{\\pard\\keepn\\ql\\b ").append(escape(t.title())).append("\\par}\n");
        }
        int[] edges = edges(t);
        List<Row.Cells> rows = new ArrayList<>();
        List<String> above = new ArrayList<>();
        String pending = "";
        for (Row r : t.rows()) {
            if (r instanceof Row.Rule rule) {
                if (rule.kind() == Row.RuleKind.BOTTOM && !rows.isEmpty()) {
                    int last = rows.size() - 1;
                    above.set(last, above.get(last) + "B");
                } else {
                    pending = rule.kind() == Row.RuleKind.TOP ? "T" : "M";
                }
            } else if (r instanceof Row.Cells c) {
                rows.add(c);
                above.add(pending);
                pending = "";
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            out.append(row(rows.get(i), edges, above.get(i), t.alignment()));
        }
        for (String n : t.notes()) {
            out.append("{\\pard\\ql\\fs16 ").append(escape(n)).append("\\par}\n");
        }
        out.append("{\\pard\\par}\n");
        return out.toString();
    }

    private static int[] edges(Table t) {
        int[] e = new int[t.columns() + 1];
        int x = Math.max(t.stubWidth(), 12) * TWIPS_PER_CHAR;
        e[0] = x;
        for (int j = 0; j < t.columns(); j++) {
            x += (t.columnWidth(j) + t.starWidth()) * TWIPS_PER_CHAR;
            e[j + 1] = x;
        }
        return e;
    }

    private static String row(Row.Cells r, int[] edges, String borders, String alignment) {
        StringBuilder def = new StringBuilder("\\trowd\\trgaph108\\trleft-108");
        StringBuilder content = new StringBuilder();
        int col = 0;
        boolean first = true;
        String q = switch (alignment) {
            case "l" -> "\\ql";
            case "r" -> "\\qr";
            case "j" -> "\\qj";
            default -> "\\qc";
        };
        for (Cell c : r.cells()) {
            col += c.span();
            if (borders.contains("T")) {
                def.append("\\clbrdrt\\brdrs\\brdrw20");
            } else if (borders.contains("M")) {
                def.append("\\clbrdrt\\brdrs\\brdrw10");
            }
            if (borders.contains("B")) {
                def.append("\\clbrdrb\\brdrs\\brdrw20");
            }
            def.append("\\cellx").append(edges[col - 1]);
            String a = first || c.align() == Align.LEFT ? "\\ql" : q;
            content.append("\\pard\\intbl").append(a).append(' ').append(escape(c.text()));
            if (!c.stars().isEmpty()) {
                content.append("{\\super ").append(escape(c.stars())).append('}');
            }
            content.append("\\cell\n");
            first = false;
        }
        return "{" + def + "\n" + content + "\\row}\n";
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append(c);
            } else if (c > 127) {
                b.append("\\u").append((int) (short) c).append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
