package org.sdl.output.table;

import java.util.List;

/**
 * An Excel 2003 XML spreadsheet (SpreadsheetML), the format outreg2's {@code excel} option writes
 * into its .xls file: one worksheet, one row per table row, every cell as text so that "(1.187)"
 * and "5.074***" stay as shown, rules as top/bottom cell borders (no vertical lines), the title
 * above and the notes below. Excel opens it (after saying the content is XML); LibreOffice too.
 */
public final class ExcelXmlRenderer implements TableRenderer {
    @Override
    public String render(Table t) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n")
            .append("<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"")
            .append(" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n<Styles>\n")
            .append(style("n", "", "Left"))
            .append(style("c", "", "Center"))
            .append(style("cT", border("Top", 2), "Center"))
            .append(style("cM", border("Top", 1), "Center"))
            .append(style("cB", border("Bottom", 2), "Center"))
            .append(style("nT", border("Top", 2), "Left"))
            .append(style("nM", border("Top", 1), "Left"))
            .append(style("nB", border("Bottom", 2), "Left"))
            .append("</Styles>\n<Worksheet ss:Name=\"Table\"><Table>\n")
            .append("<Column ss:Width=\"120\"/>");
        for (int j = 0; j < t.columns(); j++) {
            x.append("<Column ss:Width=\"80\"/>");
        }
        x.append('\n');
        if (!t.title().isEmpty()) {
            x.append("<Row><Cell ss:StyleID=\"n\"><Data ss:Type=\"String\">").append(escape(t.title()))
                .append("</Data></Cell></Row>\n");
        }
        List<Row> rows = t.rows();
        String pending = "";
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r instanceof Row.Rule rule) {
                pending = rule.kind() == Row.RuleKind.TOP ? "T" : rule.kind() == Row.RuleKind.MID ? "M" : pending;
                continue;
            }
            if (!(r instanceof Row.Cells c)) {
                continue;
            }
            boolean bottom = i + 1 < rows.size() && rows.get(i + 1) instanceof Row.Rule next
                && next.kind() == Row.RuleKind.BOTTOM;
            String mark = bottom ? "B" : pending;
            pending = "";
            x.append("<Row>");
            boolean first = true;
            for (Cell cell : c.cells()) {
                x.append("<Cell ss:StyleID=\"").append(first ? "n" : "c").append(mark).append('"');
                if (cell.span() > 1) {
                    x.append(" ss:MergeAcross=\"").append(cell.span() - 1).append('"');
                }
                x.append("><Data ss:Type=\"String\">").append(escape(cell.plain())).append("</Data></Cell>");
                first = false;
            }
            x.append("</Row>\n");
        }
        for (String n : t.notes()) {
            x.append("<Row><Cell ss:StyleID=\"n\"><Data ss:Type=\"String\">").append(escape(n))
                .append("</Data></Cell></Row>\n");
        }
        return x.append("</Table></Worksheet>\n</Workbook>\n").toString();
    }

    private static String style(String id, String borders, String align) {
        return "<Style ss:ID=\"" + id + "\"><Alignment ss:Horizontal=\"" + align + "\"/>"
            + (borders.isEmpty() ? "" : "<Borders>" + borders + "</Borders>")
            + "<Font ss:FontName=\"Times New Roman\" ss:Size=\"10\"/></Style>\n";
    }

    private static String border(String side, int weight) {
        return "<Border ss:Position=\"" + side + "\" ss:LineStyle=\"Continuous\" ss:Weight=\"" + weight + "\"/>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
