package org.sdl.descriptive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdl.interp.Matrix;
import org.sdl.repl.Engine;

/**
 * The seed paper's cleaning (golden/cleaning/clean_table1.sdl) checked against statistics
 * computed here by hand from the raw CSV with the same rules, without sdl's data engine.
 */
class CleaningTable1Test {
    private static final Path DIR = Path.of("src/test/resources/golden/cleaning");

    @Test
    void table1MatchesHandComputedValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Engine e = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8), false);
        e.session().setWorkingDir(DIR);
        assertEquals(0, e.runFile(DIR.resolve("clean_table1.sdl"), List.of()), out.toString(StandardCharsets.UTF_8));
        Matrix m = e.session().r().matrices().get("StatTotal");
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("raw_cgss.csv")).subList(1, 401)) {
            rows.add(line.split(","));
        }
        double[] trust = column(rows, 6, new double[] {-1, -2, -3, -8});
        double[] wechat = column(rows, 7, new double[] {-1, -2, -3, -8});
        double[] age = column(rows, 1, new double[0]);
        double[] educ = column(rows, 4, new double[] {98, 99});
        double[] income = column(rows, 5, new double[] {-1, -2, -3, -8, 9999997, 9999998});
        // generate without a type stores float, as Stata does
        double[] incomeLog = Arrays.stream(income).map(v -> Double.isNaN(v) ? v : (double) (float) Math.log(v + 1)).toArray();
        double[][] vars = {trust, wechat, age, educ, incomeLog};
        for (int v = 0; v < vars.length; v++) {
            double[] x = Arrays.stream(vars[v]).filter(d -> !Double.isNaN(d)).toArray();
            double mean = Arrays.stream(x).sum() / x.length;
            double ss = Arrays.stream(x).map(d -> (d - mean) * (d - mean)).sum();
            double sd = Math.sqrt(ss / (x.length - 1));
            assertEquals(mean, m.get(0, v), 1e-12 * Math.max(1, Math.abs(mean)), "mean of column " + v);
            assertEquals(sd, m.get(1, v), 1e-12 * Math.max(1, sd), "sd of column " + v);
            assertEquals(Arrays.stream(x).min().getAsDouble(), m.get(2, v), 1e-12);
            assertEquals(Arrays.stream(x).max().getAsDouble(), m.get(3, v), 1e-12);
            assertEquals(x.length, m.get(4, v));
        }
    }

    private static double[] column(List<String[]> rows, int j, double[] missingCodes) {
        double[] x = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            double v = Double.parseDouble(rows.get(i)[j]);
            for (double c : missingCodes) {
                if (v == c) {
                    v = Double.NaN;
                }
            }
            x[i] = v;
        }
        return x;
    }
}
