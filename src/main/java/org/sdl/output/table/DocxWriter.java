package org.sdl.output.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Word document holding the table as a real Word table: Times New Roman 10pt, journal borders
 * (a 1.5pt rule above the first row and below the last, a 0.75pt rule where the table has a mid
 * rule, no vertical lines), the stub left-aligned and the data columns centred, stars as
 * superscript, spanning labels as merged cells (gridSpan), the title as a bold paragraph above
 * and the notes as small paragraphs below. With an existing document (append) the table is added
 * at the end of its body, before the section properties.
 *
 * <p>The package is written here: the WordprocessingML as streamed text and the five parts of a
 * minimal .docx (content types, package and document relationships, document, styles) zipped
 * with java.util.zip. Neither POI's XWPF (XMLBeans schema loading: 4-6 s on a cold JVM) nor its
 * OPC packaging layer (DOM parsers, commons-compress, log4j: 0.5-1.6 s cold) is used, because
 * esttab to all seven formats must stay within 0.5 s of JVM start (docs/performance.md, esttab
 * section); the tests read the files back with XWPF.
 */
public final class DocxWriter {
    private static final String MAIN_TYPE =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String STYLES_TYPE =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    private static final String STYLES_REL =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    private static final String OFFICE_DOCUMENT_REL =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_CHAR = 100;
    /** Text widths in twips of an A4 page with 2.5 cm margins, portrait and landscape. */
    private static final int PORTRAIT_TEXT = 11906 - 2 * 1418;
    private static final int LANDSCAPE_TEXT = 16838 - 2 * 1418;

    private DocxWriter() {}

    /** A new document with the table, as .docx bytes. */
    public static byte[] write(Table t) throws IOException {
        return write(t, null);
    }

    /** existing (a .docx, or null for a new document) with the table added at the end. */
    public static byte[] write(Table t, InputStream existing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (existing == null) {
            writeNew(t, out);
        } else {
            appendTo(existing, t, out);
        }
        return out.toByteArray();
    }

    private static void writeNew(Table t, OutputStream out) throws IOException {
        // A4 with 2.5 cm margins; a table wider than the portrait text width gets a landscape page
        boolean landscape = naturalWidth(t) > PORTRAIT_TEXT;
        String document = XML_HEAD + "<w:document xmlns:w=\"" + W_NS + "\"><w:body>"
            + body(t, landscape ? LANDSCAPE_TEXT : PORTRAIT_TEXT)
            + "<w:sectPr>" + (landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
            + "<w:pgMar w:top=\"1418\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"708\""
            + " w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
        String styles = XML_HEAD + "<w:styles xmlns:w=\"" + W_NS
            + "\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT
            + "\" w:cs=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\""
            + " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style></w:styles>";
        String contentTypes = XML_HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"" + MAIN_TYPE + "\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + STYLES_TYPE + "\"/></Types>";
        String rels = XML_HEAD + "<Relationships xmlns=\"" + RELS_NS + "\"><Relationship Id=\"rId1\" Type=\""
            + OFFICE_DOCUMENT_REL + "\" Target=\"word/document.xml\"/></Relationships>";
        String docRels = XML_HEAD + "<Relationships xmlns=\"" + RELS_NS + "\"><Relationship Id=\"rId1\" Type=\""
            + STYLES_REL + "\" Target=\"styles.xml\"/></Relationships>";
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "[Content_Types].xml", contentTypes);
            entry(z, "_rels/.rels", rels);
            entry(z, "word/document.xml", document);
            entry(z, "word/_rels/document.xml.rels", docRels);
            entry(z, "word/styles.xml", styles);
        }
    }

    private static void entry(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /**
     * Copies the document with the table inserted at the end of its body (before the section
     * properties); every other part is copied unchanged.
     */
    private static void appendTo(InputStream existing, Table t, OutputStream out) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zin = new ZipInputStream(existing)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                parts.put(e.getName(), zin.readAllBytes());
            }
        }
        String main = mainPartName(parts);
        byte[] docBytes = parts.get(main);
        if (docBytes == null) {
            throw new IOException("not a Word document: no main document part");
        }
        String xml = new String(docBytes, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf("</w:body>");
        if (end < 0) {
            throw new IOException("not a Word document: no document body");
        }
        int at = xml.lastIndexOf("<w:sectPr");
        if (at < 0 || at > end) {
            at = end;
        }
        xml = xml.substring(0, at) + "<w:p/>" + body(t, PORTRAIT_TEXT) + xml.substring(at);
        parts.put(main, xml.getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
    }

    /** The main document part's zip entry name, from the package relationships (word/document.xml as a rule). */
    private static String mainPartName(Map<String, byte[]> parts) throws IOException {
        byte[] rels = parts.get("_rels/.rels");
        if (rels == null) {
            throw new IOException("not a Word document: no package relationships");
        }
        Matcher m = Pattern.compile("<Relationship\\b[^>]*>").matcher(new String(rels, StandardCharsets.UTF_8));
        while (m.find()) {
            String r = m.group();
            if (r.contains(OFFICE_DOCUMENT_REL + "\"")) {
                Matcher target = Pattern.compile("Target=\"/?([^\"]+)\"").matcher(r);
                if (target.find()) {
                    return target.group(1);
                }
            }
        }
        throw new IOException("not a Word document: no main document relationship");
    }

    /** The title paragraph, the table and the note paragraphs as body-level WordprocessingML. */
    static String body(Table t, int textWidth) {
        StringBuilder x = new StringBuilder(4096);
        if (!t.title().isEmpty()) {
            x.append("<w:p><w:pPr><w:keepNext/><w:spacing w:after=\"120\"/></w:pPr>");
            run(x, t.title(), 22, "<w:b/>", "");
            x.append("</w:p>");
        }
        List<Row.Cells> rows = new ArrayList<>();
        List<String> borders = new ArrayList<>();
        String pending = "";
        for (Row r : t.rows()) {
            if (r instanceof Row.Rule rule) {
                if (rule.kind() == Row.RuleKind.BOTTOM && !rows.isEmpty()) {
                    borders.set(rows.size() - 1, borders.get(rows.size() - 1) + "B");
                } else {
                    pending = rule.kind() == Row.RuleKind.TOP ? "T" : "M";
                }
            } else if (r instanceof Row.Cells c) {
                rows.add(c);
                borders.add(pending);
                pending = "";
            }
        }
        if (!rows.isEmpty()) {
            table(x, t, rows, borders, textWidth);
        }
        for (String n : t.notes()) {
            x.append("<w:p>");
            run(x, n, 16, "", "");
            x.append("</w:p>");
        }
        return x.toString();
    }

    /** Column widths in twips from the table's character widths (10pt Times with room to spare: 100 twips a character). */
    private static int[] widths(Table t) {
        int[] widths = new int[t.columns() + 1];
        widths[0] = Math.max(t.stubWidth(), 8) * TWIPS_PER_CHAR;
        for (int j = 0; j < t.columns(); j++) {
            widths[j + 1] = Math.max(t.columnWidth(j) + t.starWidth(), 6) * TWIPS_PER_CHAR;
        }
        return widths;
    }

    private static int naturalWidth(Table t) {
        int sum = 0;
        for (int w : widths(t)) {
            sum += w;
        }
        return sum;
    }

    private static void table(StringBuilder x, Table t, List<Row.Cells> rows, List<String> borders, int textWidth) {
        int[] widths = widths(t);
        int total = naturalWidth(t);
        boolean fixed = total > textWidth;
        if (fixed) {
            // too wide even for the page: shrink every column in proportion and fix the layout
            for (int j = 0; j < widths.length; j++) {
                widths[j] = (int) ((long) widths[j] * textWidth / total);
            }
        }
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:jc w:val=\"center\"/>")
            .append("<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>")
            .append("<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>")
            .append("<w:tblLayout w:type=\"").append(fixed ? "fixed" : "autofit").append("\"/></w:tblPr><w:tblGrid>");
        int size = fixed ? 16 : 20;
        for (int w : widths) {
            x.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        x.append("</w:tblGrid>");
        for (int i = 0; i < rows.size(); i++) {
            Row.Cells r = rows.get(i);
            x.append("<w:tr>");
            if (r.section() == Row.Section.HEADER) {
                x.append("<w:trPr><w:tblHeader/></w:trPr>");
            }
            int col = 0;
            boolean first = true;
            for (Cell c : r.cells()) {
                int w = 0;
                for (int k = col; k < col + c.span() && k < widths.length; k++) {
                    w += widths[k];
                }
                x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(w).append("\" w:type=\"dxa\"/>");
                if (c.span() > 1) {
                    x.append("<w:gridSpan w:val=\"").append(c.span()).append("\"/>");
                }
                border(x, borders.get(i));
                if (!fixed) {
                    x.append("<w:noWrap/>");
                }
                x.append("</w:tcPr><w:p><w:pPr><w:jc w:val=\"")
                    .append(first || c.align() == Align.LEFT ? "left" : c.align() == Align.RIGHT && c.span() > 1 ? "right" : "center")
                    .append("\"/></w:pPr>");
                run(x, c.text(), size, "", "");
                if (!c.stars().isEmpty()) {
                    run(x, c.stars(), size, "", "<w:vertAlign w:val=\"superscript\"/>");
                }
                x.append("</w:p></w:tc>");
                col += c.span();
                first = false;
            }
            x.append("</w:tr>");
        }
        x.append("</w:tbl>");
    }

    /** Journal rules as cell borders; sz is in eighths of a point, as Word counts border widths. */
    private static void border(StringBuilder x, String borders) {
        if (borders.isEmpty()) {
            return;
        }
        x.append("<w:tcBorders>");
        if (borders.contains("T")) {
            line(x, "top", 12);
        } else if (borders.contains("M")) {
            line(x, "top", 6);
        }
        if (borders.contains("B")) {
            line(x, "bottom", 12);
        }
        x.append("</w:tcBorders>");
    }

    private static void line(StringBuilder x, String side, int size) {
        x.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"").append(size)
            .append("\" w:space=\"0\" w:color=\"000000\"/>");
    }

    /**
     * A run of text; halfPoints is Word's font size unit; before and after are more run properties
     * that the schema orders before the size (bold) and after it (vertAlign): Word refuses a file
     * whose properties are out of order.
     */
    private static void run(StringBuilder x, String text, int halfPoints, String before, String after) {
        if (text.isEmpty()) {
            return;
        }
        x.append("<w:r><w:rPr><w:rFonts w:ascii=\"").append(FONT).append("\" w:hAnsi=\"").append(FONT)
            .append("\"/>").append(before).append("<w:sz w:val=\"").append(halfPoints).append("\"/>").append(after)
            .append("</w:rPr>")
            .append("<w:t xml:space=\"preserve\">");
        escape(x, text);
        x.append("</w:t></w:r>");
    }

    private static void escape(StringBuilder x, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': x.append("&amp;"); break;
                case '<': x.append("&lt;"); break;
                case '>': x.append("&gt;"); break;
                case '"': x.append("&quot;"); break;
                default:
                    // characters XML 1.0 does not allow are dropped rather than making Word refuse the file
                    if (c >= 0x20 || c == '\t') {
                        x.append(c);
                    }
            }
        }
    }
}
