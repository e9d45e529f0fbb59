package org.sdl.interp.commands.graphstats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.interp.commands.graph.GraphStore;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Tick;
import org.sdl.repl.Engine;

/** The scenes the statistical graph commands build: what is drawn where, checked as data. */
class GraphStatCommandsTest {
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

    private Graph current() {
        GraphStore s = GraphStore.of(engine.session());
        return s.get(s.current());
    }

    private static final String SIX = "clear\ninput x\n1\n1\n2\n3\n3\n3\nend\n"
        + "label define xl 1 \"Village\" 2 \"Small city\" 3 \"Big city\"\nlabel values x xl\n";

    @Test
    void hbarPercentHasOneBarPerLevelWithValueLabelTicks() throws Exception {
        run(SIX + "graph hbar (percent), over(x)\ngraph export \"" + tmp.resolve("h.svg") + "\"\n");
        Graph g = current();
        List<Layer.Bars> bars = g.plot.layers.stream().filter(l -> l instanceof Layer.Bars)
            .map(l -> (Layer.Bars) l).toList();
        assertEquals(1, bars.size());
        Layer.Bars b = bars.get(0);
        assertTrue(b.horizontal());
        // 2, 1 and 3 of 6 observations
        assertArrayEquals(new double[] {100 * 2 / 6.0, 100 * 1 / 6.0, 100 * 3 / 6.0}, b.y(), 1e-12);
        List<Tick> ticks = g.plot.y.ticks;
        assertEquals(List.of("Village", "Small city", "Big city"), ticks.stream().map(Tick::label).toList());
        // each tick sits at its bar, and the first category is drawn at the top
        for (int k = 0; k < 3; k++) {
            assertEquals(ticks.get(k).value(), b.x()[k], 1e-12);
        }
        assertTrue(b.x()[0] > b.x()[1] && b.x()[1] > b.x()[2]);
        String svg = Files.readString(tmp.resolve("h.svg"));
        for (String label : List.of("Village", "Small city", "Big city")) {
            assertTrue(svg.contains(label), label);
        }
    }

    @Test
    void ytitleOfHbarTitlesTheValueAxis() {
        run(SIX + "graph hbar (count), over(x) ytitle(\"Respondents\")\n");
        assertEquals("Respondents", current().plot.x.title.lines().get(0));
        assertArrayEquals(new double[] {2, 1, 3}, ((Layer.Bars) current().plot.layers.get(0)).y(), 0);
    }

    @Test
    void histogramBarsAreTheHandWorkedDensities() {
        // 10 values -> 3 bins of width 3 from 1: counts 4 5 1, density count/(10*3)
        run("clear\ninput x\n1\n2\n2\n3\n4\n5\n5\n5\n6\n10\nend\nhistogram x, kdensity\n");
        Graph g = current();
        Layer.Bars b = (Layer.Bars) g.plot.layers.get(0);
        assertArrayEquals(new double[] {2.5, 5.5, 8.5}, b.x(), 1e-12);
        assertArrayEquals(new double[] {4 / 30.0, 5 / 30.0, 1 / 30.0}, b.y(), 1e-15);
        assertTrue(g.plot.layers.get(1) instanceof Layer.Line);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(bin=3, start=1, width=3)"));
        run("histogram x, percent bin(2)");
        assertArrayEquals(new double[] {80, 20}, ((Layer.Bars) current().plot.layers.get(0)).y(), 1e-12);
    }

    @Test
    void kdensityGenerateMatchesR() {
        // Stata's default bandwidth and R's exact epanechnikov sums (see GraphStatisticsTest)
        run("clear\ninput x a\n1 0\n2 2\n2.5 5\n4 8.125\n7 11\n7.5 .\n9 .\n12 .\nend\n"
            + "kdensity x, at(a) generate(d) nograph\n");
        double[] d = engine.session().data().numeric("d").toDoubles();
        double[] r = {0.0541863106434799, 0.0703850800153874, 0.0873042540193768, 0.0674611473503501,
            0.0500123695900438};
        for (int i = 0; i < 5; i++) {
            assertEquals(r[i], d[i], 1e-14);
        }
        assertEquals(2.29283992939615, ((Number) engine.session().r().scalars().get("bwidth")).doubleValue(), 1e-13);
    }

    @Test
    void badInputIsStatasErrors() {
        String data = "clear\ninput x str5 s\n1 \"a\"\n2 \"b\"\nend\n";
        assertEquals(109, engine.runText("t.sdl", data + "histogram s\n"));
        assertEquals(2000, engine.runText("t.sdl", data + "histogram x if x > 5\n"));
        assertEquals(198, engine.runText("t.sdl", data + "histogram x, bogus(1)\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bogus"));
        assertEquals(109, engine.runText("t.sdl", data + "graph bar (mean) s, over(x)\n"));
        assertEquals(2000, engine.runText("t.sdl", data + "kdensity x if x > 5\n"));
    }
}
