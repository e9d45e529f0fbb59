package org.sdl.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A help page written in Markdown (docs/commands/*.md) laid out for a terminal of a given width,
 * as plain text (no escape codes, so it reads the same in a log file): the title over a rule,
 * section headings flush left, paragraphs and bullets wrapped with hanging indents, code blocks
 * indented and never wrapped, tables as two aligned columns whose last column wraps.
 */
public final class HelpText {
    private final int width;
    private final List<String> out = new ArrayList<>();

    private HelpText(int width) {
        this.width = Math.max(40, width);
    }

    /** The page laid out in lines no wider than width (code lines excepted). */
    public static List<String> render(String markdown, int width) {
        HelpText h = new HelpText(width);
        h.layout(markdown.replace("\r\n", "\n").split("\n", -1));
        while (!h.out.isEmpty() && h.out.get(h.out.size() - 1).isBlank()) {
            h.out.remove(h.out.size() - 1);
        }
        return h.out;
    }

    private void layout(String[] lines) {
        int i = 0;
        while (i < lines.length) {
            String l = lines[i];
            String t = l.strip();
            if (t.startsWith("```")) {
                i++;
                while (i < lines.length && !lines[i].strip().startsWith("```")) {
                    out.add("    " + lines[i].stripTrailing());
                    i++;
                }
                out.add("");
                i++;
            } else if (t.startsWith("# ")) {
                String title = inline(t.substring(2));
                out.add(title);
                out.add("-".repeat(Math.min(width, Math.max(title.length(), 20))));
                out.add("");
                i++;
            } else if (t.startsWith("#")) {
                out.add(inline(t.replaceFirst("^#+\\s*", "")));
                i++;
            } else if (t.startsWith("|")) {
                List<String[]> rows = new ArrayList<>();
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    String row = lines[i].strip();
                    if (!row.matches("\\|[\\s:|-]*\\|?")) {
                        rows.add(cells(row));
                    }
                    i++;
                }
                table(rows);
                out.add("");
            } else if (t.startsWith("* ") || t.startsWith("- ") || t.matches("\\d+\\. .*")) {
                String bullet = t.startsWith("* ") || t.startsWith("- ") ? "o " : t.substring(0, t.indexOf(' ') + 1);
                StringBuilder b = new StringBuilder(t.substring(t.indexOf(' ') + 1));
                i++;
                while (i < lines.length && !lines[i].isBlank() && lines[i].startsWith("  ")
                    && !lines[i].strip().matches("([*-]|\\d+\\.) .*")) {
                    b.append(' ').append(lines[i].strip());
                    i++;
                }
                wrap("  " + bullet, " ".repeat(2 + bullet.length()), inline(b.toString()));
                if (i < lines.length && lines[i].isBlank()) {
                    out.add("");
                    i++;
                }
            } else if (t.isEmpty()) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                    out.add("");
                }
                i++;
            } else {
                StringBuilder b = new StringBuilder(t);
                i++;
                while (i < lines.length && !lines[i].isBlank() && !startsBlock(lines[i].strip())) {
                    b.append(' ').append(lines[i].strip());
                    i++;
                }
                wrap("    ", "    ", inline(b.toString()));
            }
        }
    }

    private static boolean startsBlock(String t) {
        return t.startsWith("#") || t.startsWith("```") || t.startsWith("|") || t.startsWith("* ")
            || t.startsWith("- ") || t.matches("\\d+\\. .*");
    }

    private static String[] cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        // a \| inside a cell is a literal bar, not a column edge
        String[] parts = r.split("(?<!\\\\)\\|", -1);
        for (int k = 0; k < parts.length; k++) {
            parts[k] = inline(parts[k].strip().replace("\\|", "|"));
        }
        return parts;
    }

    /** First column as wide as its widest entry (capped), the rest joined and wrapped beside it. */
    private void table(List<String[]> rows) {
        int first = 0;
        for (String[] r : rows) {
            first = Math.max(first, DisplayWidth.of(r[0]));
        }
        first = Math.min(first, width / 3);
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder rest = new StringBuilder();
            for (int c = 1; c < r.length; c++) {
                if (!r[c].isEmpty()) {
                    rest.append(rest.length() > 0 ? "  " : "").append(r[c]);
                }
            }
            String head = "    " + DisplayWidth.padRight(r[0], first) + "  ";
            String indent = " ".repeat(6 + first);
            if (DisplayWidth.of(r[0]) > first) {
                out.add("    " + r[0]);
                wrap(indent, indent, rest.toString());
            } else {
                wrap(head, indent, rest.toString());
            }
            if (k == 0 && rows.size() > 1) {
                out.add("    " + "-".repeat(Math.min(width - 4, first + 2 + 30)));
            }
        }
    }

    private void wrap(String firstPrefix, String nextPrefix, String text) {
        String prefix = firstPrefix;
        for (String line : TextWrap.lines(text, Math.max(20, width - DisplayWidth.of(nextPrefix)))) {
            out.add((prefix + line).stripTrailing());
            prefix = nextPrefix;
        }
    }

    /** Inline Markdown to plain text: code spans, emphasis and links keep only their words. */
    static String inline(String s) {
        String t = s.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
        t = t.replaceAll("\\*\\*([^*]+)\\*\\*", "$1");
        t = t.replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "$1");
        t = t.replaceAll("``\\s?(.+?)\\s?``", "$1");
        t = t.replaceAll("`([^`]+)`", "$1");
        return t;
    }
}
