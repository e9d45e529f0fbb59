package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.output.table.Cell;
import org.sdl.output.table.Row;
import org.sdl.output.table.Table;

/**
 * estout's matrix mode ({@code esttab matrix(A, fmt(3))}, {@code estout e(name)}): the matrix's
 * rows as table rows, its columns as table columns headed by the column names (and the matrix
 * name as a title spanning them unless nomtitles), numbers in the given format, rules and
 * notes as for models. transpose swaps rows and columns.
 */
final class MatrixTable {
    private MatrixTable() {}

    static Matrix lookup(Session s, String name) {
        Matrix m = s.matrix(name);
        if (m == null) {
            throw new SdlError(111, "matrix " + name + " not found");
        }
        return m;
    }

    static Table build(EstoutSpec s, String name, Matrix m) {
        int rows = s.transpose ? m.cols() : m.rows();
        int cols = s.transpose ? m.rows() : m.cols();
        List<String> rowNames = s.transpose ? m.colNames() : m.rowNames();
        List<String> colNames = s.transpose ? m.rowNames() : m.colNames();
        CellFormat f = s.matrixFmt == null ? CellFormat.parse("%9.0g") : s.matrixFmt;
        Table.Builder t = Table.builder(cols).title(s.title).stubWidth(s.varwidth).alignment(s.alignment);
        for (int j = 0; j < cols; j++) {
            t.columnWidth(j, s.modelwidth[Math.min(j, s.modelwidth.length - 1)]);
        }
        if (s.lines) {
            t.rule(Row.RuleKind.TOP);
        }
        if (!s.mtitleMode.equals("none") && !s.mtitleMode.equals("depvar") || (s.mtitleMode.equals("depvar") && cols > 0)) {
            String title = s.mtitleMode.equals("list") && !s.mtitles.isEmpty() ? s.mtitles.get(0) : name;
            if (!s.mtitleMode.equals("none")) {
                t.header(Cell.stub(""), cols == 1 ? Cell.of(title) : Cell.spanning(title, cols));
            }
        }
        List<Cell> head = new ArrayList<>();
        head.add(Cell.stub(""));
        for (int j = 0; j < cols; j++) {
            head.add(Cell.of(j < s.collabelsOrEmpty().size() ? s.collabelsOrEmpty().get(j) : colNames.get(j)));
        }
        t.row(Row.Section.HEADER, head);
        if (s.lines) {
            t.rule(Row.RuleKind.MID);
        }
        for (int i = 0; i < rows; i++) {
            List<Cell> cells = new ArrayList<>();
            String rn = rowNames.get(i);
            cells.add(Cell.stub(s.coefLabels.getOrDefault(rn, rn)));
            for (int j = 0; j < cols; j++) {
                double v = s.transpose ? m.get(j, i) : m.get(i, j);
                cells.add(Cell.of(f.format(v)));
            }
            t.row(Row.Section.BODY, cells);
        }
        if (s.lines) {
            t.rule(Row.RuleKind.BOTTOM);
        }
        s.addnotes.forEach(t::note);
        return t.build();
    }
}
