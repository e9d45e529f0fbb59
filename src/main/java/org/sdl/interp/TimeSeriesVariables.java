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

    /** L(1/3).x, L.(a b), F(0 2).(y z): an operator with a numlist of lags and/or a list of names. */
    private static final Pattern LISTED = Pattern.compile(
        "([LlFfDdSs])(\\d*)(?:\\(([-0-9/ ]+)\\))?\\.(?:\\(([A-Za-z0-9_ ]+)\\)|([A-Za-z_][A-Za-z0-9_]*))");

    /**
     * Expands operator lists in varlist tokens as Stata does: {@code L(1/3).x} is {@code L.x L2.x
     * L3.x} (lag 0 is x itself), {@code L.(a b)} is {@code L.a L.b}. Other tokens are kept.
     */
    public static List<String> expandLists(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            java.util.regex.Matcher m = LISTED.matcher(token);
            if (!m.matches() || m.group(3) == null && m.group(4) == null) {
                out.add(token);
                continue;
            }
            String op = m.group(1).toUpperCase(java.util.Locale.ROOT);
            List<Integer> lags = new ArrayList<>();
            if (m.group(3) != null) {
                for (String part : m.group(3).strip().split("\\s+")) {
                    String[] ab = part.split("/");
                    int a = Integer.parseInt(ab[0]);
                    int b = ab.length > 1 ? Integer.parseInt(ab[1]) : a;
                    for (int k = a; k <= b; k++) {
                        lags.add(k);
                    }
                }
            } else {
                lags.add(m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2)));
            }
            String[] names = m.group(4) != null ? m.group(4).strip().split("\\s+") : new String[] {m.group(5)};
            for (String name : names) {
                for (int k : lags) {
                    out.add(k == 0 ? name : op + (k == 1 ? "" : String.valueOf(k)) + "." + name);
                }
            }
        }
        return out;
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
