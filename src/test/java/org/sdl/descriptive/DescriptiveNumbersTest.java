package org.sdl.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sdl.repl.Engine;
import org.sdl.stats.descriptive.CronbachAlpha;

/** alpha against hand-computed Cronbach's alpha; summarize, detail percentiles with ties. */
class DescriptiveNumbersTest {
    private static Engine run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Engine e = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8), false);
        assertEquals(0, e.runText("t.sdl", script), out.toString(StandardCharsets.UTF_8));
        return e;
    }

    @Test
    void alphaMatchesHandComputation() {
        double[][] items = {{1, 2, 3, 4, 5, 2}, {2, 2, 4, 5, 4, 1}, {1, 3, 3, 5, 5, 2}};
        // hand computation: k/(k-1) * (1 - sum of item variances / variance of the total)
        int k = 3;
        int n = 6;
        double sumVar = 0;
        double[] total = new double[n];
        for (double[] it : items) {
            sumVar += var(it);
            for (int i = 0; i < n; i++) {
                total[i] += it[i];
            }
        }
        double expected = k / (k - 1.0) * (1 - sumVar / var(total));
        StringBuilder s = new StringBuilder("clear\nset obs 6\n");
        for (int j = 0; j < k; j++) {
            s.append("gen double q").append(j + 1).append(" = .\n");
            for (int i = 0; i < n; i++) {
                s.append("replace q").append(j + 1).append(" = ").append(items[j][i]).append(" in ").append(i + 1).append('\n');
            }
        }
        s.append("alpha q1 q2 q3\n");
        Engine e = run(s.toString());
        assertEquals(expected, e.session().r().scalars().get("alpha"), 1e-12);
        assertEquals(expected, CronbachAlpha.compute(items, false).alpha(), 1e-12);
    }

    private static double var(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    @Test
    void detailPercentilesFollowStatasDefinitionWithTies() {
        // values 1 2 2 2 3 4 5 5 9 10 (n = 10): P = n p/100; integer P averages x(P) and x(P+1)
        Engine e = run("clear\nset obs 10\ngen x = .\nlocal v 1 2 2 2 3 4 5 5 9 10\n"
            + "forvalues i = 1/10 {\n    replace x = `: word `i' of `v'' in `i'\n}\nsummarize x, detail\n");
        var r = e.session().r().scalars();
        assertEquals(1.0, r.get("p1"));     // P = 0.1 -> x(1)
        assertEquals(1.5, r.get("p10"));    // P = 1 exactly -> (x(1)+x(2))/2
        assertEquals(2.0, r.get("p25"));    // P = 2.5 -> x(3)
        assertEquals(3.5, r.get("p50"));    // P = 5 -> (x(5)+x(6))/2
        assertEquals(5.0, r.get("p75"));    // P = 7.5 -> x(8)
        assertEquals(9.5, r.get("p90"));    // P = 9 -> (x(9)+x(10))/2
        assertEquals(10.0, r.get("p99"));   // P = 9.9 -> x(10)
    }
}
