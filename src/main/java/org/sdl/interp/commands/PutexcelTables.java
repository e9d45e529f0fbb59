package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.Matrix;
import org.sdl.interp.Session;
import org.sdl.interp.SdlError;
import org.sdl.output.CoefficientTable;
import org.sdl.stats.EstimationResult;

/** The cell grids putexcel writes for matrix(name) and etable. */
final class PutexcelTables {
    private PutexcelTables() {}

    /**
     * A matrix as cells: with rowNames the names fill the first column, with colNames the first
     * row; with both (names) the top-left cell stays empty, as Stata writes it.
     */
    static Object[][] matrix(Matrix m, boolean rowNames, boolean colNames) {
        int r0 = colNames ? 1 : 0;
        int c0 = rowNames ? 1 : 0;
        Object[][] g = new Object[m.rows() + r0][m.cols() + c0];
        if (colNames) {
            for (int j = 0; j < m.cols(); j++) {
                g[0][j + c0] = m.colNames().get(j);
            }
        }
        for (int i = 0; i < m.rows(); i++) {
            if (rowNames) {
                g[i + r0][0] = m.rowNames().get(i);
            }
            for (int j = 0; j < m.cols(); j++) {
                g[i + r0][j + c0] = m.get(i, j);
            }
        }
        return g;
    }

    /**
     * etable: the coefficient table of the last estimates as the console shows it - a header row
     * (dependent variable, Coefficient, Std. err., t or z, P&gt;|t|, the interval heading over
     * two columns), then one row per coefficient; base levels are left out as in the console,
     * omitted terms show 0 and "(omitted)".
     */
    static Object[][] etable(Session session) {
        EstimationResult e = session.e();
        if (e == null) {
            throw new SdlError(301, "last estimates not found");
        }
        double level = session.settings().level();
        String stat = CoefficientTable.usesT(e) ? "t" : "z";
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {e.depvar() == null ? "" : e.depvar(), "Coefficient", "Std. err.", stat,
            "P>|" + stat + "|", "[" + CoefficientTable.levelText(level) + "% conf.", "interval]"});
        for (CoefficientTable.Row r : CoefficientTable.rows(e, level)) {
            boolean base = r.omitted() && (r.name().matches("\\d+b\\..*") || r.name().contains("b.") && !r.name().contains("#"));
            if (base) {
                continue;
            }
            if (r.omitted()) {
                rows.add(new Object[] {r.name(), 0.0, "(omitted)", null, null, null, null});
                continue;
            }
            rows.add(new Object[] {r.name(), r.b(), r.se(), finite(r.stat()), finite(r.p()), r.lo(), r.hi()});
        }
        return rows.toArray(new Object[0][]);
    }

    /** A statistic that cannot be computed is missing (an empty cell), never NaN. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : org.sdl.data.Missing.DOT;
    }
}
