package org.sdl.interp.commands.graphstats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdl.interp.Matrix;
import org.sdl.interp.commands.graph.GraphStore;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Tick;
import org.sdl.repl.Engine;

/**
 * Scenes of graph box/hbox, twoway histogram, coefplot and marginsplot: what is drawn where,
 * checked against numbers worked by hand (box quartiles by Stata's percentile rule, least squares
 * on five points) or against the results the graph draws from (margins' r(b) and r(V)).
 */
class ModelGraphsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Engine engine = new Engine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);

    private void run(String script) {
        int rc = engine.runText("test.sdl", script);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
    }

    private Graph current() {
        GraphStore s = GraphStore.of(engine.session());
        return s.get(s.current());
    }

    private <T extends Layer> List<T> layers(Graph g, Class<T> type) {
        return g.plot.layers.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void boxIsTheQuartilesWhiskersToAdjacentValuesAndOutsidePoints() {
        // x = 1..9, 30 (n = 10). Stata's percentiles: p25 at n*p/100 = 2.5 -> x(3) = 3; p50 at 5,
        // an integer -> (x(5) + x(6))/2 = 5.5; p75 at 7.5 -> x(8) = 8. IQR 5, fences -4.5 and
        // 15.5: adjacent values 1 and 9, 30 outside.
        run("clear\ninput x\n1\n2\n3\n4\n5\n6\n7\n8\n9\n30\nend\ngraph box x\n");
        Graph g = current();
        Layer.Bars box = layers(g, Layer.Bars.class).get(0);
        assertEquals(8, box.y()[0], 0);
        assertEquals(3, box.base()[0], 0);
        List<Layer.Spikes> whiskers = layers(g, Layer.Spikes.class);
        assertEquals(2, whiskers.size());
        assertArrayEquals(new double[] {1, 3}, new double[] {whiskers.get(0).lo()[0], whiskers.get(0).hi()[0]}, 0);
        assertArrayEquals(new double[] {8, 9}, new double[] {whiskers.get(1).lo()[0], whiskers.get(1).hi()[0]}, 0);
        // the median line spans the box at 5.5
        List<Layer.Line> lines = layers(g, Layer.Line.class);
        Layer.Line median = lines.get(1);
        assertEquals(5.5, median.y()[0], 0);
        assertEquals(median.x()[1] - median.x()[0], box.width(), 1e-12);
        Layer.Points outside = layers(g, Layer.Points.class).get(0);
        assertArrayEquals(new double[] {30}, outside.y(), 0);
        assertEquals("x", g.plot.y.title.lines().get(0));
    }

    @Test
    void hboxOverGroupsPutsTheFirstGroupOnTop() {
        run("clear\ninput x g\n1 1\n2 1\n3 1\n4 1\n10 2\n11 2\n12 2\n13 2\nend\n"
            + "label define gl 1 \"A\" 2 \"B\"\nlabel values g gl\ngraph hbox x, over(g)\n");
        Graph g = current();
        Layer.Bars box = layers(g, Layer.Bars.class).get(0);
        assertTrue(box.horizontal());
        // group A (1..4): p25 at 1 -> (x1+x2)/2 = 1.5, p75 at 3 -> (x3+x4)/2 = 3.5; group B + 9
        assertArrayEquals(new double[] {3.5, 12.5}, box.y(), 1e-12);
        assertArrayEquals(new double[] {1.5, 10.5}, box.base(), 1e-12);
        List<Tick> ticks = g.plot.y.ticks;
        assertEquals(List.of("A", "B"), ticks.stream().map(Tick::label).toList());
        assertTrue(ticks.get(0).value() > ticks.get(1).value());
        assertEquals(ticks.get(0).value(), box.x()[0], 1e-12);
    }

    @Test
    void twowayHistogramHasHistogramsBins() {
        // as histogram: 10 values -> 3 bins of width 3 from 1, counts 4 5 1
        run("clear\ninput x\n1\n2\n2\n3\n4\n5\n5\n5\n6\n10\nend\ntwoway histogram x, frequency\n");
        Layer.Bars b = layers(current(), Layer.Bars.class).get(0);
        assertArrayEquals(new double[] {2.5, 5.5, 8.5}, b.x(), 1e-12);
        assertArrayEquals(new double[] {4, 5, 1}, b.y(), 0);
        run("twoway histogram x || scatter x x\n");
        assertArrayEquals(new double[] {4 / 30.0, 5 / 30.0, 1 / 30.0}, layers(current(), Layer.Bars.class).get(0).y(), 1e-15);
    }

    private static final String FIVE = "clear\ninput y x\n1 1\n3 2\n2 3\n5 4\n4 5\nend\n";

    @Test
    void coefplotPointsAndIntervalsAreTheEstimatesWithTIntervals() {
        // by hand: b = Sxy/Sxx = 8/10 = .8, a = 3 - .8*3 = .6; RSS = 3.6, s^2 = 1.2, se(b) =
        // sqrt(1.2/10); t(3, .975) = 3.182446305284263 (R: qt(.975, 3))
        run(FIVE + "regress y x\nestimates store m1\ncoefplot m1, drop(_cons) xline(0)\n");
        Graph g = current();
        Layer.Points p = layers(g, Layer.Points.class).get(0);
        assertArrayEquals(new double[] {0.8}, p.x(), 1e-12);
        Layer.Spikes ci = layers(g, Layer.Spikes.class).get(0);
        assertTrue(ci.horizontal());
        double half = 3.182446305284263 * Math.sqrt(0.12);
        assertEquals(0.8 - half, ci.lo()[0], 1e-9);
        assertEquals(0.8 + half, ci.hi()[0], 1e-9);
        assertEquals(List.of("x"), g.plot.y.ticks.stream().map(Tick::label).toList());
        assertEquals(p.y()[0], g.plot.y.ticks.get(0).value(), 0);
        assertTrue(g.plot.layers.stream().anyMatch(l -> l instanceof Layer.RefLine r && r.vertical() && r.value() == 0));
        // the constant is plotted unless dropped (coefplot's default); keep() picks it alone
        run("coefplot m1, keep(_cons) vertical\n");
        Layer.Points c = layers(current(), Layer.Points.class).get(0);
        assertArrayEquals(new double[] {0.6}, c.y(), 1e-12);
        run("coefplot m1\n");
        assertEquals(2, current().plot.y.ticks.size());
    }

    @Test
    void coefplotTwoModelsAreOffsetWithALegend() {
        run(FIVE + "generate z = x*x\nregress y x\nestimates store a\nregress y x z\nestimates store b\n"
            + "coefplot a b, drop(_cons)\n");
        Graph g = current();
        List<Layer.Points> pts = layers(g, Layer.Points.class);
        assertEquals(2, pts.size());
        assertEquals("a", pts.get(0).legend());
        assertEquals("b", pts.get(1).legend());
        // row x: model a above model b
        assertTrue(pts.get(0).y()[0] > pts.get(1).y()[0]);
        assertEquals(Boolean.TRUE, g.legend.show);
        assertEquals(List.of("x", "z"), g.plot.y.ticks.stream().map(Tick::label).toList());
    }

    @Test
    void marginsplotDrawsRbPlusMinusZTimesSe() {
        run("clear\ninput y x z\n0 1 0\n1 2 1\n0 3 1\n1 4 0\n1 5 1\n0 6 1\n1 7 0\n0 8 0\n1 9 1\n1 10 0\nend\n"
            + "quietly probit y x z\nmargins, at(x=(2 5 8) z=(0 1))\n");
        Matrix b = engine.session().r().matrices().get("b");
        Matrix v = engine.session().r().matrices().get("V");
        Matrix at = engine.session().r().matrices().get("at");
        run("marginsplot\n");
        Graph g = current();
        assertEquals("Adjusted predictions with 95% CIs", g.title.lines().get(0));
        assertEquals("Pr(y)", g.plot.y.title.lines().get(0));
        assertEquals("x", g.plot.x.title.lines().get(0));
        List<Layer.Line> lines = layers(g, Layer.Line.class);
        assertEquals(List.of("z=0", "z=1"), lines.stream().map(Layer::legend).toList());
        List<Layer.Spikes> cis = layers(g, Layer.Spikes.class);
        assertEquals(2, cis.size());
        double z = 1.959963984540054;   // invnormal(.975)
        int xc = at.colNames().indexOf("x");
        int zc = at.colNames().indexOf("z");
        int checked = 0;
        for (int j = 0; j < b.cols(); j++) {
            int line = (int) at.get(j, zc);
            double xv = at.get(j, xc);
            Layer.Line l = lines.get(line);
            Layer.Spikes s = cis.get(line);
            for (int k = 0; k < l.x().length; k++) {
                if (l.x()[k] == xv) {
                    double se = Math.sqrt(v.get(j, j));
                    assertEquals(b.get(0, j), l.y()[k], 1e-12);
                    assertEquals(b.get(0, j) - z * se, s.lo()[k], 1e-9);
                    assertEquals(b.get(0, j) + z * se, s.hi()[k], 1e-9);
                    assertTrue(s.capSize() > 0);
                    checked++;
                }
            }
        }
        assertEquals(6, checked);
        // the other at() variable on the x axis; CIs as areas; no CIs
        run("marginsplot, xdimension(z) recastci(rarea) title(\"T\")\n");
        assertEquals(List.of("x=2", "x=5", "x=8"), layers(current(), Layer.Line.class).stream().map(Layer::legend).toList());
        assertEquals(3, layers(current(), Layer.Band.class).size());
        assertEquals("T", current().title.lines().get(0));
        run("marginsplot, noci recast(scatter)\n");
        assertTrue(layers(current(), Layer.Spikes.class).isEmpty());
        assertEquals(2, layers(current(), Layer.Points.class).size());
        assertEquals("Adjusted predictions", current().title.lines().get(0));
    }

    @Test
    void marginsplotAfterOlogitHasOneLinePerOutcomeAndByPanelsShareTheYAxis() {
        run("clear\ninput y x g\n1 1 0\n1 2 1\n2 3 0\n1 4 1\n2 5 0\n3 6 1\n2 7 0\n3 8 1\n3 9 0\n2 10 1\n1 3 1\n3 4 0\nend\n"
            + "quietly ologit y x g\nquietly margins, at(x=(2 5 8))\nmarginsplot\n");
        Graph g = current();
        assertEquals(List.of("Pr(y==1)", "Pr(y==2)", "Pr(y==3)"),
            layers(g, Layer.Line.class).stream().map(Layer::legend).toList());
        assertEquals("Pr(y)", g.plot.y.title.lines().get(0));
        run("quietly margins, at(x=(2 5 8) g=(0 1))\nmarginsplot, by(g)\n");
        Graph by = current();
        assertEquals(2, by.panels.size());
        assertEquals("g=0", by.panels.get(0).subtitle.lines().get(0));
        assertEquals(by.panels.get(0).plot.y.rangeMin, by.panels.get(1).plot.y.rangeMin, 0);
        assertEquals(by.panels.get(0).plot.y.rangeMax, by.panels.get(1).plot.y.rangeMax, 0);
    }

    @Test
    void badInputIsStatasErrors() {
        assertEquals(301, engine.runText("t.sdl", FIVE + "marginsplot\n"));
        assertEquals(111, engine.runText("t.sdl", FIVE + "regress y x\ncoefplot nosuch\n"));
        assertEquals(198, engine.runText("t.sdl", FIVE + "regress y x\ncoefplot, bogus(1)\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bogus"));
        assertEquals(109, engine.runText("t.sdl", "clear\ninput str3 s\n\"a\"\nend\ngraph box s\n"));
        assertEquals(2000, engine.runText("t.sdl", FIVE + "graph box y if y > 10\n"));
        assertEquals(198, engine.runText("t.sdl", FIVE + "graph box y, wiggle\n"));
        assertEquals(198, engine.runText("t.sdl", FIVE + "quietly regress y x\nmargins, at(x=(1 2))\n"
            + "marginsplot, xdimension(q)\n"));
    }
}
