package org.sdl.interp.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.repl.Engine;

/**
 * The tricky parts of the data management commands, each against a computation written here
 * from the definition: percentile cutpoints (xtile, winsor2) with ties, collapse with weights,
 * recode rule order, egen ranks, the merge report and codes, a reshape round trip.
 */
class DataManagementTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Engine engine = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);

    @TempDir
    Path tmp;

    private void run(String script) {
        int rc = engine.runText("test.sdl", script);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
    }

    private int runRc(String script) {
        return engine.runText("test.sdl", script);
    }

    private double[] col(String name) {
        return engine.session().data().numeric(name).toDoubles();
    }

    /** Stata's percentile from the definition: P = n p/100; x(P)+x(P+1) halves if P whole, else x(floor P + 1). */
    private static double pctile(double[] sorted, long num, long den) {
        int n = sorted.length;
        // position n * num / den, exact in integers
        long whole = (long) n * num / den;
        boolean exact = (long) n * num % den == 0;
        if (whole == 0) {
            return sorted[0];
        }
        if (whole >= n) {
            return sorted[n - 1];
        }
        return exact ? (sorted[(int) whole - 1] + sorted[(int) whole]) / 2 : sorted[(int) whole];
    }

    /** Integer data with many ties, so cutpoints often fall on or between tied values. */
    private String tiedData(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("clear\nset obs " + n + "\ngen x = .\ngen g = .\n");
        for (int i = 1; i <= n; i++) {
            b.append("quietly replace x = ").append(r.nextInt(12)).append(" in ").append(i).append('\n');
            b.append("quietly replace g = ").append(1 + r.nextInt(3)).append(" in ").append(i).append('\n');
        }
        return b.toString();
    }

    @Test
    void xtileMatchesHandComputedQuantileCategories() {
        for (int n : new int[] {9, 10, 37, 60}) {
            for (int nq : new int[] {2, 3, 4, 5, 10}) {
                run(tiedData(n, n * 31L + nq) + "xtile q = x, nq(" + nq + ")\n");
                double[] x = col("x");
                double[] sorted = x.clone();
                Arrays.sort(sorted);
                double[] cuts = new double[nq - 1];
                for (int j = 1; j < nq; j++) {
                    cuts[j - 1] = pctile(sorted, j, nq);
                }
                double[] q = col("q");
                for (int i = 0; i < n; i++) {
                    int want = 1;
                    for (double c : cuts) {
                        if (x[i] > c) {
                            want++;
                        }
                    }
                    assertEquals(want, q[i], "n=" + n + " nq=" + nq + " row " + (i + 1));
                }
            }
        }
    }

    @Test
    void ninePointsInTercilesUseTheExactPosition() {
        run("clear\nset obs 9\ngen x = _n\nxtile t = x, nq(3)\n");
        // P = 9 * 1/3 = 3 exactly: cut = (x3 + x4)/2 = 3.5, so 1 2 3 are in the first tercile
        assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2, 3, 3, 3}, col("t"));
    }

    @Test
    void winsor2ByGroupMatchesHandComputation() {
        run(tiedData(80, 7) + "winsor2 x, cuts(10 90) by(g)\nwinsor2 x, cuts(5 95) trim suffix(_t)\n");
        double[] x = col("x");
        double[] g = col("g");
        double[] w = col("x_w");
        for (int k = 1; k <= 3; k++) {
            final int kk = k;
            double[] s = java.util.stream.IntStream.range(0, x.length).filter(i -> g[i] == kk)
                .mapToDouble(i -> x[i]).sorted().toArray();
            double lo = pctile(s, 10, 100);
            double hi = pctile(s, 90, 100);
            for (int i = 0; i < x.length; i++) {
                if (g[i] == k) {
                    assertEquals(Math.min(hi, Math.max(lo, x[i])), w[i], 0, "row " + (i + 1));
                }
            }
        }
        double[] all = x.clone();
        Arrays.sort(all);
        double lo = pctile(all, 5, 100);
        double hi = pctile(all, 95, 100);
        double[] t = col("x_t");
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i] < lo || x[i] > hi, Missing.isMissing(t[i]), "trim row " + (i + 1));
        }
    }

    @Test
    void collapseWithWeightsMatchesFormulas() {
        run("clear\nset obs 7\ngen g = cond(_n <= 3, 1, 2)\ngen double x = _n * _n / 3\ngen w = mod(_n, 3) + 1\n"
            + "preserve\ncollapse (mean) m=x (sd) s=x (sum) t=x (count) n=x [aw=w], by(g)\n"
            + "tempfile a\nquietly save `a', replace\nrestore\n"
            + "collapse (p50) md=x (sum) t=x (count) n=x [fw=w], by(g)\n");
        double[] md = col("md");
        double[] fwSum = col("t");
        double[] fwN = col("n");
        // fweights: the same as expanding each row w times
        for (int k = 0; k < 2; k++) {
            double sum = 0;
            int cnt = 0;
            double[] expanded = new double[0];
            for (int i = 1; i <= 7; i++) {
                if ((i <= 3) == (k == 0)) {
                    int wi = i % 3 + 1;
                    for (int r = 0; r < wi; r++) {
                        expanded = Arrays.copyOf(expanded, expanded.length + 1);
                        expanded[expanded.length - 1] = i * i / 3.0;
                    }
                    sum += wi * (i * i / 3.0);
                    cnt += wi;
                }
            }
            Arrays.sort(expanded);
            assertEquals(sum, fwSum[k], 1e-12);
            assertEquals(cnt, fwN[k], 0);
            assertEquals(pctile(expanded, 50, 100), md[k], 1e-12);
        }
    }

    @Test
    void collapseAnalyticWeightsNormalizeToTheObservationCount() {
        run("clear\nset obs 7\ngen g = cond(_n <= 3, 1, 2)\ngen double x = _n * _n / 3\ngen w = mod(_n, 3) + 1\n"
            + "collapse (mean) m=x (sd) s=x (sum) t=x (count) n=x [aw=w], by(g)\n");
        for (int k = 0; k < 2; k++) {
            double sw = 0;
            double swx = 0;
            int n = 0;
            for (int i = 1; i <= 7; i++) {
                if ((i <= 3) == (k == 0)) {
                    sw += i % 3 + 1;
                    swx += (i % 3 + 1) * (i * i / 3.0);
                    n++;
                }
            }
            double mean = swx / sw;
            double ss = 0;
            for (int i = 1; i <= 7; i++) {
                if ((i <= 3) == (k == 0)) {
                    double d = i * i / 3.0 - mean;
                    ss += (i % 3 + 1) * d * d;
                }
            }
            assertEquals(mean, col("m")[k], 1e-12);
            // normalized weights w' = w n / sw: sd = sqrt(sum w'(x-m)^2 / (n-1))
            assertEquals(Math.sqrt(ss * n / sw / (n - 1)), col("s")[k], 1e-12);
            assertEquals(swx * n / sw, col("t")[k], 1e-12);
            assertEquals(n, col("n")[k], 0);
        }
    }

    @Test
    void recodeFirstMatchingRuleWinsAndValuesSwap() {
        run("clear\nset obs 6\ngen x = _n\nrecode x (1/5 = 1) (3 = 9) (6 = 2) (2 = 6), gen(y)\n"
            + "recode x (1 = 2) (2 = 1)\n");
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 2}, col("y"));
        assertArrayEquals(new double[] {2, 1, 3, 4, 5, 6}, col("x"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(5 differences between x and y)"));
    }

    @Test
    void egenRankMatchesAverageRanksWithTies() {
        run(tiedData(50, 3) + "egen r = rank(x), by(g)\negen rf = rank(x), field\negen rt = rank(x), track\n");
        double[] x = col("x");
        double[] g = col("g");
        double[] r = col("r");
        for (int i = 0; i < x.length; i++) {
            int below = 0;
            int equal = 0;
            int belowAll = 0;
            int aboveAll = 0;
            for (int j = 0; j < x.length; j++) {
                if (g[j] == g[i]) {
                    below += x[j] < x[i] ? 1 : 0;
                    equal += x[j] == x[i] ? 1 : 0;
                }
                belowAll += x[j] < x[i] ? 1 : 0;
                aboveAll += x[j] > x[i] ? 1 : 0;
            }
            assertEquals(below + (equal + 1) / 2.0, r[i], 1e-6, "row " + (i + 1));
            assertEquals(aboveAll + 1, col("rf")[i], 0);
            assertEquals(belowAll + 1, col("rt")[i], 0);
        }
    }

    @Test
    void mergeCodesReportAndUniqueness() {
        String u = tmp.resolve("u.dta").toString();
        run("clear\nset obs 3\ngen id = _n * 2\ngen b = id * 10\nquietly save \"" + u + "\"\n"
            + "clear\nset obs 4\ngen id = _n\ngen a = _n\nmerge 1:1 id using \"" + u + "\"\n");
        Dataset d = engine.session().data();
        assertArrayEquals(new double[] {1, 2, 3, 4, 6}, col("id"));
        assertArrayEquals(new double[] {1, 3, 1, 3, 2}, col("_merge"));
        assertEquals("Matched (3)", d.valueLabels().get("_merge").get(3));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("    Not matched                             3\n"
            + "        from master                         2  (_merge==1)\n"
            + "        from using                          1  (_merge==2)\n\n"
            + "    Matched                                 2  (_merge==3)\n"), s);
        assertEquals(459, runRc("clear\nset obs 2\ngen id = 1\nmerge 1:1 id using \"" + u + "\"\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("do not uniquely identify observations in the master data"));
        assertEquals(9, runRc("clear\nset obs 2\ngen id = _n\nmerge 1:1 id using \"" + u + "\", assert(match)\n"));
    }

    @Test
    void reshapeLongThenWideIsTheIdentity() {
        run("clear\nset obs 5\ngen id = 6 - _n\ngen k = _n * 3\ngen a1 = _n\ngen a2 = _n + .5\ngen a3 = -_n\n"
            + "gen str2 b1 = \"p\" + string(_n)\ngen str2 b3 = \"q\" + string(_n)\nsort id\n"
            + "tempfile before\nquietly save `before', replace\n"
            + "quietly reshape long a b, i(id) j(t)\nquietly reshape wide a b, i(id) j(t)\n");
        Dataset after = engine.session().data();
        assertEquals(5, after.nObs());
        assertEquals(java.util.List.of("id", "k", "a1", "a2", "a3", "b1", "b2", "b3"), after.names());
        double[] id = col("id");
        for (int i = 0; i < 5; i++) {
            int orig = (int) (6 - id[i]);
            assertEquals(orig * 3, col("k")[i], 0);
            assertEquals(orig, col("a1")[i], 0);
            assertEquals((float) (orig + .5), col("a2")[i], 0);
            assertEquals(-orig, col("a3")[i], 0);
            assertEquals("p" + orig, after.string("b1").get(i));
            assertEquals("", after.string("b2").get(i));
            assertEquals("q" + orig, after.string("b3").get(i));
        }
    }

    @Test
    void errorCodes() {
        assertEquals(110, runRc("clear\nset obs 2\ngen x = 1\negen x = mean(x)\n"));
        assertEquals(110, runRc("clear\nset obs 2\ngen x = 1\ngen y = 1\nrename x y\n"));
        assertEquals(111, runRc("clear\nset obs 2\ngen x = 1\nrecode z (1 = 2)\n"));
        assertEquals(109, runRc("clear\nset obs 2\ngen s = \"a\"\nwinsor2 s, cuts(5 95)\n"));
        assertEquals(198, runRc("clear\nset obs 2\ngen x = 1\ncollapse (p101) x\n"));
        assertEquals(2000, runRc("clear\nset obs 2\ngen x = 1\ncollapse x if x > 5\n"));
        assertEquals(601, runRc("clear\nset obs 2\ngen x = 1\nmerge 1:1 x using nosuchfile\n"));
        assertEquals(622, runRc("clear\nrestore\n"));
    }
}
