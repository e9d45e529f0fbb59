package org.sdl.output.table;

/**
 * LaTeX as esttab's tex and booktabs modes write it: a group that defines {@code \sym} for stars,
 * {@code \begin{tabular}{l*{k}{c}}}, rules as {@code \hline\hline}/{@code \hline} (or booktabs'
 * {@code \toprule}/{@code \midrule}/{@code \bottomrule}), header cells in
 * {@code \multicolumn{span}{c}{...}}, gaps as {@code [1em]} (booktabs: {@code \addlinespace}),
 * notes as full-width {@code \footnotesize} rows. A title makes it a floating table with a
 * caption. {@code fragment} writes only the rows (for {@code \input} inside the user's own
 * tabular; stars then use {@code \(^{*}\)} so no definition is needed); {@code page} wraps a
 * complete document. Text is escaped ({@code \ _ % & # $ { } ~ ^ < >}); an interaction's " # "
 * becomes " $\times$ ", as estout sets it in LaTeX.
 */
public final class LatexRenderer implements TableRenderer {
    private final boolean booktabs;
    private final boolean fragment;
    private final boolean page;

    public LatexRenderer(boolean booktabs, boolean fragment, boolean page) {
        this.booktabs = booktabs;
        this.fragment = fragment;
        this.page = page;
    }

    @Override
    public String render(Table t) {
        StringBuilder out = new StringBuilder();
        boolean flt = !t.title().isEmpty() && !fragment;
        if (page && !fragment) {
            out.append("\\documentclass{article}\n");
            if (booktabs) {
                out.append("\\usepackage{booktabs}\n");
            }
            out.append("\\begin{document}\n\n");
        }
        if (!fragment) {
            if (flt) {
                out.append("\\begin{table}[htbp]\\centering\n");
            } else {
                out.append("{\n");
            }
            out.append("\\def\\sym#1{\\ifmmode^{#1}\\else\\(^{#1}\\)\\fi}\n");
            if (flt) {
                out.append("\\caption{").append(escape(t.title())).append("}\n");
            }
            String align = t.alignment().isEmpty() ? "c" : t.alignment();
            out.append("\\begin{tabular}{l*{").append(t.columns()).append("}{").append(align).append("}}\n");
        }
        for (Row r : t.rows()) {
            if (r instanceof Row.Rule rule) {
                out.append(rule(rule.kind())).append('\n');
            } else if (r instanceof Row.Gap) {
                out.append(booktabs ? "\\addlinespace" : "[1em]").append('\n');
            } else {
                out.append(cells((Row.Cells) r)).append('\n');
            }
        }
        for (String n : t.notes()) {
            out.append("\\multicolumn{").append(t.columns() + 1).append("}{l}{\\footnotesize ")
                .append(escape(n)).append("}\\\\\n");
        }
        if (!fragment) {
            out.append("\\end{tabular}\n");
            out.append(flt ? "\\end{table}\n" : "}\n");
        }
        if (page && !fragment) {
            out.append("\n\\end{document}\n");
        }
        return out.toString();
    }

    private String rule(Row.RuleKind k) {
        if (booktabs) {
            return switch (k) {
                case TOP -> "\\toprule";
                case MID -> "\\midrule";
                default -> "\\bottomrule";
            };
        }
        return k == Row.RuleKind.MID ? "\\hline" : "\\hline\\hline";
    }

    private String cells(Row.Cells r) {
        StringBuilder s = new StringBuilder();
        boolean first = true;
        for (Cell c : r.cells()) {
            if (!first) {
                s.append('&');
            }
            String text = escape(c.text()) + stars(c.stars());
            boolean stub = first;
            first = false;
            if (c.span() > 1 || (!stub && r.section() == Row.Section.HEADER)) {
                String a = c.align() == Align.LEFT ? "l" : c.align() == Align.RIGHT && c.span() > 1 ? "r" : "c";
                s.append("\\multicolumn{").append(c.span()).append("}{").append(a).append("}{").append(text).append('}');
            } else {
                s.append(stub ? String.format("%-12s", text) : String.format("%12s", text));
            }
        }
        return s.append("\\\\").toString();
    }

    private String stars(String stars) {
        if (stars.isEmpty()) {
            return "";
        }
        return fragment ? "\\(^{" + stars + "}\\)" : "\\sym{" + stars + "}";
    }

    /** Text made safe for LaTeX's text mode. */
    public static String escape(String s) {
        s = s.replace(" # ", " \u0000 ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': b.append("\\textbackslash{}"); break;
                case '_': case '%': case '&': case '#': case '$': case '{': case '}':
                    b.append('\\').append(c);
                    break;
                case '~': b.append("\\textasciitilde{}"); break;
                case '^': b.append("\\textasciicircum{}"); break;
                case '<': b.append("\\textless{}"); break;
                case '>': b.append("\\textgreater{}"); break;
                case '\u0000': b.append("$\\times$"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
