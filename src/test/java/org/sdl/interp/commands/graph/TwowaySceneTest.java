package org.sdl.interp.commands.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.GraphFiles;
import org.sdl.output.graph.GraphPainter;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.PlotFrame;
import org.sdl.repl.Engine;

/** Scenes built by twoway: the numbers behind the pictures (where marks go, legend texts, fits). */
class TwowaySceneTest {
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

    private Graph graph(String name) {
        return GraphStore.of(engine.session()).get(name);
    }

    private static final String DATA = "clear\nset obs 5\ngen x = _n\ngen y = 1 in 1\nreplace y = 3 in 2\n"
        + "replace y = 2 in 3\nreplace y = 5 in 4\nreplace y = 4 in 5\n";

    @Test
    void scatterPlacesEachPointOnItsValue() throws Exception {
        run(DATA + "scatter y x\n");
        Graph g = graph(null);
        Layer.Points p = assertInstanceOf(Layer.Points.class, g.plot.layers.get(0));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, p.x());
        assertArrayEquals(new double[] {1, 3, 2, 5, 4}, p.y());
        BufferedImage img = new BufferedImage(825, 600, BufferedImage.TYPE_INT_RGB);
        List<PlotFrame> frames = GraphPainter.paint(g, img.createGraphics(), 825, 600, "s2color", false);
        PlotFrame f = frames.get(0);
        // linear map: equal data steps are equal pixel steps; y grows upwards
        assertEquals(f.px(2) - f.px(1), f.px(5) - f.px(4), 1e-9);
        assertTrue(f.py(5) < f.py(1));
        // the pixel at a point's centre carries the s2color p1 colour navy (26 71 111)
        int rgb = img.getRGB((int) Math.round(f.px(4)), (int) Math.round(f.py(5))) & 0xffffff;
        assertEquals(0x1a476f, rgb);
        // the SVG has one circle per point (no legend with a single key)
        String svg = GraphFiles.svgText(g, 0, 0, "s2color");
        int circles = svg.split("<circle|<ellipse", -1).length - 1;
        assertEquals(5, circles, "markers in the SVG");
    }

    @Test
    void lfitciBandIsStdpTimesT() {
        // by hand: y = .6 + .8 x, RSS = 3.6, s^2 = 1.2, stdp(1) = sqrt(1.2 (1/5 + 4/10)) = .848528,
        // t(3, .975) = 3.182446 (R: qt(.975, 3)), half width .848528 x 3.182446 = 2.700395 at x = 1
        run(DATA + "twoway lfitci y x\n");
        Graph g = graph(null);
        Layer.Band band = assertInstanceOf(Layer.Band.class, g.plot.layers.get(0));
        Layer.Line fit = assertInstanceOf(Layer.Line.class, g.plot.layers.get(1));
        assertEquals(1.4, fit.y()[0], 1e-9);
        assertEquals(4.6, fit.y()[fit.y().length - 1], 1e-9);
        assertEquals(1.4 - 2.700395, band.lo()[0], 1e-5);
        assertEquals(1.4 + 2.700395, band.hi()[0], 1e-5);
        assertEquals("95% CI", band.legend());
        assertEquals("Fitted values", fit.legend());
        assertEquals(List.of("95% CI/Fitted values"), g.plot.y.title.lines());
    }

    @Test
    void valueLabelsTitlePanelsAndLabelAxes() {
        run(DATA + "gen g = x > 2\nlabel define gl 0 \"Low\" 1 \"High\"\nlabel values g gl\n"
            + "scatter y x, by(g)\nscatter y g, xlabel(0 1, valuelabel) name(v)\n");
        Graph g = graph("Graph");
        assertEquals(2, g.panels.size());
        assertEquals(List.of("Low"), g.panels.get(0).subtitle.lines());
        assertEquals(List.of("High"), g.panels.get(1).subtitle.lines());
        assertEquals(List.of("Graphs by g"), g.note.lines());
        Graph v = graph("v");
        assertEquals("High", org.sdl.output.graph.AxisTicks.resolve(v.plot.x, 0, 1).get(1).label());
    }

    @Test
    void legendOrderAndLabelsFollowTheOptions() {
        run(DATA + "twoway (scatter y x) (line y x), legend(order(2 \"Line\" 1) label(1 \"Dots\") rows(1))\n");
        Graph g = graph(null);
        assertEquals(List.of(2, 1), g.legend.order);
        assertEquals("Line", g.legend.labels.get(2));
        assertEquals("Dots", g.legend.labels.get(1));
        assertEquals(1, g.legend.rows);
    }

    @Test
    void exportWithoutReplaceLeavesTheFileAlone() throws Exception {
        Path f = tmp.resolve("keep.png");
        Files.writeString(f, "keep");
        int rc = engine.runText("t.sdl", DATA + "scatter y x\ngraph export \"" + f + "\"\n");
        assertEquals(602, rc);
        assertEquals("keep", Files.readString(f));
        run("graph export \"" + f + "\", replace width(400)\n");
        BufferedImage img = javax.imageio.ImageIO.read(f.toFile());
        assertEquals(400, img.getWidth());
        assertEquals(291, img.getHeight());   // 400 x 4/5.5, Stata's default aspect
    }

    @Test
    void saveAndUseGiveTheSameScene() throws Exception {
        Path f = tmp.resolve("g.gph");
        run(DATA + "twoway (scatter y x) (lfit y x), title(\"T\") name(a)\ngraph save a \"" + f + "\"\n"
            + "graph use \"" + f + "\", name(b)\n");
        Graph a = graph("a");
        Graph b = graph("b");
        assertEquals(a.plot.layers.size(), b.plot.layers.size());
        assertArrayEquals(((Layer.Points) a.plot.layers.get(0)).y(), ((Layer.Points) b.plot.layers.get(0)).y());
        assertEquals(a.title, b.title);
        assertTrue(Files.readString(f).startsWith("{\"format\":\"sdl-graph\""));
        assertTrue(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains("\"type\":\"points\""));
    }

    @Test
    void pdfAndSvgAreWritten() throws Exception {
        run(DATA + "scatter y x\ngraph export \"" + tmp.resolve("a.pdf") + "\"\ngraph export \"" + tmp.resolve("a.svg") + "\"\n");
        assertTrue(Files.readString(tmp.resolve("a.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(Files.readString(tmp.resolve("a.svg")).contains("<svg"));
    }

    @Test
    void combineYcommonSharesTheRange() {
        run(DATA + "scatter y x, name(a)\ngen y2 = 10*y\nscatter y2 x, name(b)\ngraph combine a b, ycommon cols(2) name(c)\n");
        Graph c = graph("c");
        assertEquals(2, c.panels.size());
        assertEquals(c.panels.get(0).plot.y.rangeMax, c.panels.get(1).plot.y.rangeMax);
        assertEquals(50, c.panels.get(0).plot.y.rangeMax);
        assertNotEquals(graph("a").plot.y.rangeMax, 50.0);   // the original is left alone
    }

    @Test
    void functionEvaluatesOverTheRange() {
        run("clear\ntwoway function y = 2*x + 1, range(0 10) n(11)\n");
        Layer.Line l = assertInstanceOf(Layer.Line.class, graph(null).plot.layers.get(0));
        assertEquals(11, l.x().length);
        assertEquals(21, l.y()[10], 1e-12);
        assertEquals(5, l.x()[5], 1e-12);
    }
}
