package org.sdl.output.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * A Word document holding the table as a real Word table (Apache POI): Times New Roman 10pt,
 * journal borders (a 1.5pt rule above the first row and below the last, a 0.75pt rule where the
 * table has a mid rule, no vertical lines), the stub left-aligned and the data columns centred,
 * stars as superscript, spanning labels as merged cells, the title as a bold paragraph above
 * and the notes as small paragraphs below. With an existing document (append) the table is
 * added at its end.
 */
public final class DocxWriter {
    private static final String FONT = "Times New Roman";

    private DocxWriter() {}

    /** A new document with the table, as .docx bytes. */
    public static byte[] write(Table t) throws IOException {
        return write(t, null);
    }

    /** existing (a .docx, or null for a new document) with the table added at the end. */
    public static byte[] write(Table t, InputStream existing) throws IOException {
        try (XWPFDocument doc = existing == null ? new XWPFDocument() : new XWPFDocument(existing)) {
            if (existing != null) {
                doc.createParagraph();
            }
            add(doc, t);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void add(XWPFDocument doc, Table t) {
        if (!t.title().isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            run(p, t.title(), 11).setBold(true);
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
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = doc.createTable(rows.size(), t.columns() + 1);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.removeBorders();
        table.setCellMargins(0, 80, 0, 80);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i), rows.get(i), borders.get(i));
        }
        for (String n : t.notes()) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            run(p, n, 8);
        }
    }

    private static void fill(XWPFTableRow row, Row.Cells r, String borders) {
        int col = 0;
        boolean first = true;
        for (Cell c : r.cells()) {
            XWPFTableCell cell = row.getCell(col);
            if (c.span() > 1) {
                cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(c.span()));
                for (int k = 1; k < c.span(); k++) {
                    row.removeCell(col + 1);
                }
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            p.setAlignment(first || c.align() == Align.LEFT ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            run(p, c.text(), 10);
            if (!c.stars().isEmpty()) {
                run(p, c.stars(), 10).setSubscript(VerticalAlign.SUPERSCRIPT);
            }
            border(cell, borders);
            col++;
            first = false;
        }
    }

    private static void border(XWPFTableCell cell, String borders) {
        if (borders.isEmpty()) {
            return;
        }
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTcBorders b = pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders();
        if (borders.contains("T")) {
            line(b.addNewTop(), 12);
        } else if (borders.contains("M")) {
            line(b.addNewTop(), 6);
        }
        if (borders.contains("B")) {
            line(b.addNewBottom(), 12);
        }
    }

    /** size in eighths of a point, as Word counts border widths. */
    private static void line(CTBorder border, int size) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(size));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

    private static XWPFRun run(XWPFParagraph p, String text, int points) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setText(text);
        return r;
    }
}
