package org.sdl.output.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The output formats of a table, chosen by a file's extension or by an option (esttab's
 * {@code rtf}, {@code tex}, {@code html}, {@code csv}, {@code md}, {@code docx}, ...). Each
 * knows how to render a {@link Table} to bytes; {@link Options} carries the few switches that
 * change a format's wrapping (fragment, page, plain CSV).
 */
public enum TableFormat {
    TEXT, CSV, SCSV, MARKDOWN, TEX, BOOKTABS, HTML, RTF, DOCX;

    /** Wrapping switches: fragment (no table opening/closing), page (whole document), plain (CSV values). */
    public record Options(boolean fragment, boolean page, boolean plain) {
        public static final Options DEFAULT = new Options(false, false, false);
    }

    /** The format for a file name's extension: .txt and anything unknown are text, as in esttab. */
    public static TableFormat forFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "csv" -> CSV;
            case "md", "mmd", "markdown" -> MARKDOWN;
            case "tex" -> TEX;
            case "htm", "html" -> HTML;
            case "rtf" -> RTF;
            case "docx" -> DOCX;
            default -> TEXT;
        };
    }

    /** The default extension esttab adds to a file name without one. */
    public String extension() {
        return switch (this) {
            case CSV, SCSV -> ".csv";
            case MARKDOWN -> ".md";
            case TEX, BOOKTABS -> ".tex";
            case HTML -> ".html";
            case RTF -> ".rtf";
            case DOCX -> ".docx";
            default -> ".txt";
        };
    }

    /** Whether the format is text (everything but .docx). */
    public boolean isText() {
        return this != DOCX;
    }

    /** The renderer of a text format. */
    public TableRenderer renderer(Options o) {
        return switch (this) {
            case CSV -> new CsvRenderer(',', !o.plain());
            case SCSV -> new CsvRenderer(';', !o.plain());
            case MARKDOWN -> new MarkdownRenderer();
            case TEX -> new LatexRenderer(false, o.fragment(), o.page());
            case BOOKTABS -> new LatexRenderer(true, o.fragment(), o.page());
            case HTML -> new HtmlRenderer(o.fragment(), o.page());
            case RTF -> new RtfRenderer();
            case DOCX -> throw new IllegalStateException("docx is binary: use bytes()");
            default -> new TextRenderer();
        };
    }

    /** The table as this format's text (text formats only). */
    public String renderText(Table t, Options o) {
        return renderer(o).render(t);
    }

    /**
     * The file's bytes. existing is the current file's content when appending (null otherwise):
     * text formats add after it (RTF inside the document's closing brace), DOCX adds the table
     * to the end of the document.
     */
    public byte[] bytes(Table t, Options o, byte[] existing) throws IOException {
        if (this == DOCX) {
            if (existing == null) {
                return DocxWriter.write(t);
            }
            try (InputStream in = new java.io.ByteArrayInputStream(existing)) {
                return DocxWriter.write(t, in);
            }
        }
        String text;
        if (this == RTF && existing != null) {
            String old = new String(existing, StandardCharsets.UTF_8).stripTrailing();
            if (old.endsWith("}")) {
                old = old.substring(0, old.length() - 1);
            }
            text = old + new RtfRenderer().body(t) + "}\n";
            return text.getBytes(StandardCharsets.UTF_8);
        }
        text = renderText(t, o);
        if (existing != null) {
            byte[] add = text.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[existing.length + add.length];
            System.arraycopy(existing, 0, all, 0, existing.length);
            System.arraycopy(add, 0, all, existing.length, add.length);
            return all;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
