package org.sdl.interp.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.repl.Engine;

/**
 * Issue 3, acceptance 2: the seed paper's cleaning (golden/cleaning/clean_cgss.sdl) checked
 * variable by variable, row by row, against values computed here from the raw CSV with plain
 * Java (its own percentile and median code, none of sdl's data engine).
 */
class CleaningPipelineTest {
    private static final Path DIR = Path.of("src/test/resources/golden/cleaning");
    private static final double NA = Double.NaN;
    /** .a marks 98/99 (don't know / refused) after mvdecode; -1 plain missing. */
    private static final double DOT_A = Double.NEGATIVE_INFINITY;
    /** .b marks income's 9999997/9999998 codes. */
    private static final double DOT_B = Double.POSITIVE_INFINITY;

    private static Dataset data;
    private static Matrix table1;
    private static double[][] raw;

    @BeforeAll
    static void run() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Engine e = new Engine(ps, ps, false);
        e.session().setWorkingDir(DIR);
        assertEquals(0, e.runFile(DIR.resolve("clean_cgss.sdl"), List.of()), out.toString(StandardCharsets.UTF_8));
        data = e.session().data();
        table1 = e.session().r().matrices().get("StatTotal");
        List<String> lines = Files.readAllLines(DIR.resolve("cgss_raw.csv"));
        raw = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            raw[i - 1] = Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
        }
    }

    // raw columns: id province birthyear a2 a18 a7a income trust wechat friends marital
    private static double code(double v) {
        return v == -1 || v == -2 || v == -3 || v == -8 ? NA : v;
    }

    private static double trust(double[] r) {
        double v = code(r[7]);
        return v == 98 || v == 99 ? DOT_A : v;
    }

    private static double educ(double[] r) {
        double v = code(r[5]);
        if (v == 98 || v == 99) {
            return DOT_A;
        }
        int[] years = {0, 0, 2, 6, 9, 12, 12, 12, 12, 15, 15, 16, 16, 19};
        return Double.isNaN(v) ? NA : v == 14 ? NA : years[(int) v];
    }

    private static double friends(double[] r) {
        double v = code(r[9]);
        return v > 5000 ? NA : v;
    }

    private static void check(String var, java.util.function.ToDoubleFunction<double[]> expected, double tol) {
        NumericColumn c = data.numeric(var);
        assertEquals(raw.length, c.size(), var);
        for (int i = 0; i < raw.length; i++) {
            double want = expected.applyAsDouble(raw[i]);
            double got = c.get(i);
            if (Double.isNaN(want)) {
                assertEquals(".", Missing.text(got), var + " row " + (i + 1) + " should be .");
            } else if (want == DOT_A) {
                assertEquals(".a", Missing.text(got), var + " row " + (i + 1) + " should be .a");
            } else if (want == DOT_B) {
                assertEquals(".b", Missing.text(got), var + " row " + (i + 1) + " should be .b");
            } else {
                assertEquals(want, got, tol * Math.max(1, Math.abs(want)), var + " row " + (i + 1));
            }
        }
    }

    /** Stata's percentile: P = n p / 100; mean of x(P) and x(P+1) when P is whole, else x(ceil P). */
    private static double pctile(double[] sorted, double p) {
        int n = sorted.length;
        double pos = n * p / 100;
        int i = (int) Math.floor(pos);
        if (pos == i && i >= 1 && i < n) {
            return (sorted[i - 1] + sorted[i]) / 2;
        }
        return sorted[Math.min(n - 1, Math.max(0, (int) Math.ceil(pos) - 1))];
    }

    private static double[] present(java.util.function.ToDoubleFunction<double[]> f) {
        return Arrays.stream(raw).mapToDouble(f).filter(v -> !Double.isNaN(v) && v != DOT_A).sorted().toArray();
    }

    @Test
    void surveyCodesBecomeMissing() {
        check("trust", CleaningPipelineTest::trust, 0);
        check("income", r -> {
            double v = code(r[6]);
            return v == 9999997 || v == 9999998 ? DOT_B : v;
        }, 0);
    }

    @Test
    void dummies() {
        check("male", r -> r[3] == 1 ? 1 : 0, 0);
        check("urban", r -> Double.isNaN(code(r[4])) ? NA : r[4] == 2 ? 1 : 0, 0);
        check("married", r -> Double.isNaN(code(r[10])) ? NA : r[10] == 3 || r[10] == 4 ? 1 : 0, 0);
        check("wechat", r -> Double.isNaN(code(r[8])) ? NA : r[8] == 1 ? 1 : 0, 0);
        assertEquals("yes", data.valueLabels().get("wechat").get(1));
    }

    @Test
    void recodes() {
        check("educ", CleaningPipelineTest::educ, 0);
        check("age", r -> 2018 - r[2], 0);
        check("ageband", r -> {
            double a = 2018 - r[2];
            return a < 36 ? 1 : a <= 59 ? 2 : 3;
        }, 0);
        check("trust_bin", r -> {
            double t = trust(r);
            return Double.isNaN(t) || t == DOT_A ? t : t >= 4 ? 1 : 0;
        }, 0);
        assertEquals("middle-aged", data.valueLabels().get("ageband").get(2));
    }

    @Test
    void logIncomeStoredAsFloat() {
        check("income_log", r -> {
            double v = code(r[6]);
            return Double.isNaN(v) || v >= 9999997 ? NA : (float) Math.log(v + 1);
        }, 0);
    }

    @Test
    void friendsWinsorizedAtFiveAndNinetyFive() {
        double[] f = present(CleaningPipelineTest::friends);
        double lo = pctile(f, 5);
        double hi = pctile(f, 95);
        assertTrue(lo < hi);
        check("friends_w", r -> {
            double v = friends(r);
            return Double.isNaN(v) ? NA : Math.min(hi, Math.max(lo, v));
        }, 1e-15);
        check("friends_log", r -> {
            double v = friends(r);
            return Double.isNaN(v) ? NA : (float) Math.log(Math.min(hi, Math.max(lo, v)) + 1);
        }, 0);
    }

    @Test
    void medianSplitOfEducation() {
        double[] e = present(CleaningPipelineTest::educ);
        double median = pctile(e, 50);
        check("educ_high", r -> {
            double v = educ(r);
            return Double.isNaN(v) || v == DOT_A ? NA : v > median ? 1 : 0;
        }, 0);
    }

    @Test
    void tableOneMatchesHandComputedMoments() {
        String[] vars = {"trust", "trust_bin", "wechat", "male", "age", "educ", "urban", "married", "income_log", "friends_log"};
        for (int j = 0; j < vars.length; j++) {
            NumericColumn c = data.numeric(vars[j]);
            double[] x = Arrays.stream(c.toDoubles()).filter(v -> !Missing.isMissing(v)).toArray();
            double mean = Arrays.stream(x).sum() / x.length;
            double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
            assertEquals(mean, table1.get(0, j), 1e-12 * Math.max(1, Math.abs(mean)), vars[j] + " mean");
            assertEquals(sd, table1.get(1, j), 1e-12 * Math.max(1, sd), vars[j] + " sd");
            assertEquals(Arrays.stream(x).min().getAsDouble(), table1.get(2, j), 0, vars[j] + " min");
            assertEquals(Arrays.stream(x).max().getAsDouble(), table1.get(3, j), 0, vars[j] + " max");
            assertEquals(x.length, table1.get(4, j), 0, vars[j] + " N");
        }
        // the N column, against the raw file directly
        assertEquals(Arrays.stream(raw).filter(r -> !Double.isNaN(trust(r)) && trust(r) != DOT_A).count(), table1.get(4, 0));
        assertEquals(present(CleaningPipelineTest::educ).length, table1.get(4, 5));
    }
}
