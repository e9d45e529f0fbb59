package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.output.table.Align;
import org.sdl.output.table.Cell;
import org.sdl.output.table.Table;

/**
 * The head rows of an esttab/estout table, in estout's order: model groups (mgroups), model
 * numbers "(1)", model titles, equation names (unstack), column labels. Labels of a model span
 * its columns; a row whose labels are all empty is left out.
 */
final class EstoutHeader {
    private final EstoutSpec s;
    private final List<ModelColumn> models;
    private final List<EstoutTable.Column> columns;
    private final int k;
    private final Labeler labeler;

    EstoutHeader(EstoutSpec s, List<ModelColumn> models, List<EstoutTable.Column> columns, int k, Labeler labeler) {
        this.s = s;
        this.models = models;
        this.columns = columns;
        this.k = k;
        this.labeler = labeler;
    }

    void addTo(Table.Builder t) {
        if (!s.mgroups.isEmpty()) {
            groups(t);
        }
        if (s.numbers) {
            List<String> n = new ArrayList<>();
            for (int i = 0; i < models.size(); i++) {
                n.add("(" + (i + 1) + ")");
            }
            perModel(t, n);
        }
        List<String> titles = titles();
        if (titles.stream().anyMatch(x -> !x.isEmpty())) {
            perModel(t, titles);
        }
        if (s.unstack) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.stub(""));
            for (EstoutTable.Column c : columns) {
                String eq = c.eq().isEmpty() ? c.model().e.depvar() : c.eq();
                cells.add(k == 1 ? Cell.of(eq) : new Cell(eq, "", Align.CENTER, k));
            }
            t.header(cells.toArray(new Cell[0]));
        }
        if (s.collabels != null) {
            List<String> labels = new ArrayList<>();
            for (int kk = 0; kk < k; kk++) {
                labels.add(kk < s.collabels.size() ? s.collabels.get(kk) : s.collabels.isEmpty() ? elementLabel(kk) : "");
            }
            if (labels.stream().anyMatch(x -> !x.isEmpty())) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.stub(""));
                for (int c = 0; c < columns.size(); c++) {
                    for (String l : labels) {
                        cells.add(Cell.of(l));
                    }
                }
                t.header(cells.toArray(new Cell[0]));
            }
        }
    }

    /** "b/t" for a column with one element per row (estout joins the rows' labels with /). */
    private String elementLabel(int kk) {
        List<String> parts = new ArrayList<>();
        for (List<CellsSpec.Element> row : s.cells) {
            if (kk < row.size()) {
                CellsSpec.Element e = row.get(kk);
                parts.add(e.label() != null ? e.label() : e.stat());
            }
        }
        return String.join("/", parts);
    }

    private List<String> titles() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            ModelColumn m = models.get(i);
            switch (s.mtitleMode) {
                case "none":
                    out.add("");
                    break;
                case "list":
                    out.add(i < s.mtitles.size() ? s.mtitles.get(i) : "");
                    break;
                case "titles":
                    String title = m.e.macros().get("_estimates_title");
                    out.add(title != null && !title.isEmpty() ? title : m.name);
                    break;
                case "names":
                    out.add(m.name);
                    break;
                default:
                    String dep = m.e.depvar() == null ? "" : m.e.depvar().split("\\s+")[0];
                    String l = s.label && !dep.isEmpty() ? labeler.variableLabel(dep) : null;
                    out.add(l != null ? l : dep);
            }
        }
        return out;
    }

    /** One label per model, spanning the model's columns. */
    private void perModel(Table.Builder t, List<String> labels) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.stub(""));
        for (int i = 0; i < models.size(); i++) {
            int span = span(models.get(i));
            cells.add(span == 1 ? Cell.of(labels.get(i)) : new Cell(labels.get(i), "", Align.CENTER, span));
        }
        t.header(cells.toArray(new Cell[0]));
    }

    private int span(ModelColumn m) {
        int n = 0;
        for (EstoutTable.Column c : columns) {
            if (c.model() == m) {
                n += k;
            }
        }
        return n;
    }

    /** mgroups: a group starts at each 1 of pattern() (default: every model its own group). */
    private void groups(Table.Builder t) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.stub(""));
        int g = -1;
        int span = 0;
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            boolean starts = s.mgroupPattern == null ? true
                : i < s.mgroupPattern.length ? s.mgroupPattern[i] == 1 || i == 0 : false;
            if (starts) {
                if (g >= 0) {
                    groups.add(new int[] {g, span});
                }
                g++;
                span = 0;
            }
            span += span(models.get(i));
        }
        groups.add(new int[] {g, span});
        for (int[] gr : groups) {
            String label = gr[0] < s.mgroups.size() ? s.mgroupPrefix + s.mgroups.get(gr[0]) + s.mgroupSuffix : "";
            cells.add(gr[1] == 1 ? Cell.of(label) : Cell.spanning(label, gr[1]));
        }
        t.header(cells.toArray(new Cell[0]));
    }
}
