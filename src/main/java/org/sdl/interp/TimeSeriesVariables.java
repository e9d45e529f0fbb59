package org.sdl.interp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;

/**
 * Time-series operators in varlists (regress D.y L.x L2.x): for the length of one command, each
 * such token becomes a column of the dataset named as the token. Its values are those of the
 * same expression (so lags follow tsset/xtset, and gaps give missing values), and the column is
 * dropped again when the command ends. The name cannot clash with a variable, because a
 * variable name has no period; the coefficients then carry Stata's names (L.x).
 */
public final class TimeSeriesVariables implements AutoCloseable {
    /** L.x, L2.x, F.x, D.x, D2.x, S12.x. */
    private static final Pattern TOKEN = Pattern.compile("[LlFfDdSs]\\d*\\.[A-Za-z_][A-Za-z0-9_]*");

    private final Dataset data;
    private final List<String> added = new ArrayList<>();

    private TimeSeriesVariables(Dataset data) {
        this.data = data;
    }

    /** Whether a varlist token carries a time-series operator. */
    public static boolean isOperated(String token) {
        return TOKEN.matcher(token).matches();
    }

    /** Adds a column for each operated token not already in the data; origin gives positions. */
    public static TimeSeriesVariables materialize(Session session, Collection<String> tokens, SourceLine origin) {
        TimeSeriesVariables t = new TimeSeriesVariables(session.data());
        try {
            for (String token : tokens) {
                if (!isOperated(token) || session.data().has(token)) {
                    continue;
                }
                Node x = ExprCompiler.compile(Parser.expression(origin.withText(token)), session,
                    EvalContext.whole(session.data().nObs()));
                double[] v = new double[session.data().nObs()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = x.num(i);
                }
                session.data().add(new DoubleColumn(token, v));
                t.added.add(token);
            }
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
        return t;
    }

    /** Drops the columns this added. */
    @Override
    public void close() {
        for (String name : added) {
            if (data.has(name)) {
                data.drop(name);
            }
        }
        added.clear();
    }
}
