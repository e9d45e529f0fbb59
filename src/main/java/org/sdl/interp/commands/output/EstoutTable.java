package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.output.table.Cell;
import org.sdl.output.table.Row;
import org.sdl.output.table.Table;

/**
 * Builds the {@link Table} of esttab/estout from stored models and an {@link EstoutSpec}:
 * head (model groups, numbers, titles, equation names when unstacked, column labels), body
 * (a block of cells() rows per coefficient, equations one below another with their labels,
 * reference-category and indicator rows), footer statistics and notes. Rules and gaps where
 * estout puts them. It writes no format-specific text: the renderers do that.
 */
final class EstoutTable {
    /** One table column group: a model, or one equation of a model when unstacked. */
    record Column(ModelColumn model, String eq) {}

    private final EstoutSpec s;
    private final List<ModelColumn> models;
    private final CoefficientRows rows;
    private final List<Column> columns = new ArrayList<>();
    private final int k;

    EstoutTable(EstoutSpec s, List<ModelColumn> models, CoefficientRows rows) {
        this.s = s;
        this.models = models;
        this.rows = rows;
        this.k = s.subColumns();
        for (ModelColumn m : models) {
            if (s.unstack) {
                for (String eq : m.equations()) {
                    columns.add(new Column(m, eq));
                }
            } else {
                columns.add(new Column(m, null));
            }
        }
    }

    Table build() {
        int ncol = columns.size() * k;
        Table.Builder t = Table.builder(ncol).title(s.title).stubWidth(s.varwidth).starWidth(s.starWidth())
            .alignment(s.alignment);
        for (int j = 0; j < ncol; j++) {
            t.columnWidth(j, s.modelwidth[Math.min(j % k, s.modelwidth.length - 1)]);
        }
        if (s.lines) {
            t.rule(Row.RuleKind.TOP);
        }
        new EstoutHeader(s, models, columns, k, rows.labeler()).addTo(t);
        if (s.lines) {
            t.rule(Row.RuleKind.MID);
        }
        body(t);
        if (!s.stats.isEmpty()) {
            if (s.lines) {
                t.rule(Row.RuleKind.MID);
            }
            new EstoutFooter(s, columns, k).addTo(t);
        }
        if (s.lines) {
            t.rule(Row.RuleKind.BOTTOM);
        }
        s.notes.forEach(t::note);
        s.addnotes.forEach(t::note);
        return t.build();
    }

    private void body(Table.Builder t) {
        List<String> eqs = rows.equations();
        boolean showEq = eqs.size() > 1 && !s.unstack;
        boolean firstEq = true;
        for (String eq : eqs) {
            if (showEq) {
                if (!firstEq && s.eqLines) {
                    t.rule(Row.RuleKind.MID);
                } else if (!firstEq && s.gaps) {
                    t.gap();
                }
                t.body(stubRow(rows.equationLabel(eq)));
            }
            firstEq = false;
            boolean first = true;
            for (CoefficientRows.Key key : rows.keys(eq)) {
                if (!first && s.gaps) {
                    t.gap();
                }
                first = false;
                for (EstoutSpec.RefCat rc : s.refcats) {
                    if (rc.before().equals(key.name())) {
                        t.body(refcat(rc, key));
                    }
                }
                for (int r = 0; r < s.cells.size(); r++) {
                    List<Cell> cells = new ArrayList<>();
                    cells.add(Cell.stub(r == 0 ? rows.label(key) : ""));
                    for (Column c : columns) {
                        ModelColumn.Coef coef = c.model().byKey.get((s.unstack ? c.eq() : key.eq()) + ":" + key.name());
                        for (int kk = 0; kk < k; kk++) {
                            List<CellsSpec.Element> row = s.cells.get(r);
                            cells.add(kk < row.size() && coef != null ? cell(row.get(kk), c.model(), coef, r)
                                : kk < row.size() ? Cell.of(row.get(kk).vacant()) : Cell.EMPTY);
                        }
                    }
                    t.body(cells.toArray(new Cell[0]));
                }
            }
        }
        for (EstoutSpec.Indicator ind : s.indicators) {
            if (s.gaps && t.last() instanceof Row.Cells) {
                t.gap();
            }
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.stub(ind.label()));
            for (Column c : columns) {
                boolean has = rows.matchesAny(c.model(), ind.patterns());
                cells.add(Cell.of(s.indicateLabels.get(has ? 0 : 1)));
                for (int kk = 1; kk < k; kk++) {
                    cells.add(Cell.EMPTY);
                }
            }
            t.body(cells.toArray(new Cell[0]));
        }
    }

    private Cell[] stubRow(String label) {
        Cell[] cells = new Cell[columns.size() * k + 1];
        cells[0] = Cell.stub(label);
        for (int i = 1; i < cells.length; i++) {
            cells[i] = Cell.EMPTY;
        }
        return cells;
    }

    private Cell[] refcat(EstoutSpec.RefCat rc, CoefficientRows.Key key) {
        Cell[] cells = stubRow(rc.label());
        int i = 1;
        for (Column c : columns) {
            boolean has = c.model().byKey.containsKey((s.unstack ? c.eq() : key.eq()) + ":" + key.name());
            cells[i] = Cell.of(has ? s.refcatLabel : "");
            i += k;
        }
        return cells;
    }

    private Cell cell(CellsSpec.Element el, ModelColumn m, ModelColumn.Coef coef, int row) {
        if (el.stat().equals("_star")) {
            return Cell.of(stars(m.p(coef)));
        }
        double[] v = m.value(el.stat(), coef, s.eform, s.absT);
        if (v == null) {
            return Cell.of(el.vacant());
        }
        CellFormat f = el.fmt(row);
        String text = v.length == 2 ? f.format(v[0]) + "," + f.format(v[1]) : f.format(v[0]);
        text = el.left() + text + el.right();
        boolean noStat = coef.base() || coef.omitted();
        return Cell.starred(text, el.star() && !noStat ? stars(m.p(coef)) : "");
    }

    private String stars(double p) {
        String out = "";
        if (Double.isNaN(p)) {
            return out;
        }
        for (EstoutSpec.StarLevel l : s.starLevels) {
            if (p < l.level()) {
                out = l.symbol();
            }
        }
        return out;
    }
}
