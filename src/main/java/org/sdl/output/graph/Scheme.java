package org.sdl.output.graph;

import java.util.List;
import java.util.Locale;

/**
 * Every default of a drawn graph in one place, as a Stata scheme file holds them: region colours,
 * the plot palette ({@code p1}..{@code p15}: colour, symbol, line pattern), sizes of text, markers
 * and lines (relative units, {@link Sizes}), grid and legend defaults. Commands take styles for
 * their layers from here ({@link #marker}, {@link #line}, {@link #fill}); the painter takes the rest.
 *
 * <p>The default is {@code s2color}, Stata's default up to Stata 17 (bluish-grey graph region,
 * white plot region, legend below in two columns); {@code stcolor} is Stata 18's (white, the st
 * palette); {@code s1mono} and {@code plotplain} are black-and-white.
 */
public final class Scheme {
    public final String name;
    public final Rgb graphRegion;
    public final Rgb plotRegion;
    /** Outline of the plot region (null = none). */
    public final LineStyle plotOutline;
    public final Rgb text;
    public final LineStyle axisLine;
    public final LineStyle gridLine;
    public final boolean xGrid;
    public final boolean yGrid;
    /** Y tick labels' angle (0 = horizontal, as in every Stata scheme here). */
    public final double yLabelAngle;
    public final List<Rgb> palette;
    public final List<Symbol> symbols;
    public final List<LinePattern> patterns;
    /** Fill and outline of confidence bands (lfitci, qfitci). */
    public final Rgb ciFill;
    /** Strip behind by() panel titles (null = none). */
    public final Rgb stripFill;
    public final Rgb legendFill;
    public final LineStyle legendOutline;
    public final int legendPosition;
    public final int legendCols;

    public final double titleSize = 4.8;
    public final double subtitleSize = 3.8;
    public final double axisTitleSize = 3.4;
    public final double tickLabelSize = 3.2;
    public final double legendSize = 3.2;
    public final double noteSize = 2.6;
    public final double markerSize = 1.9;
    public final double lineWidth = 0.25;
    public final double tickLength = 1.0;
    /** Space around the outside of the graph, and between the plot region's edge and the data. */
    public final double outerMargin = 2.0;
    public final double plotMargin = 2.0;

    private Scheme(String name, Rgb graphRegion, Rgb plotRegion, LineStyle plotOutline, Rgb text,
                   LineStyle axisLine, LineStyle gridLine, boolean xGrid, boolean yGrid, List<Rgb> palette,
                   List<Symbol> symbols, List<LinePattern> patterns, Rgb ciFill, Rgb stripFill, Rgb legendFill,
                   LineStyle legendOutline, int legendPosition, int legendCols) {
        this.name = name;
        this.graphRegion = graphRegion;
        this.plotRegion = plotRegion;
        this.plotOutline = plotOutline;
        this.text = text;
        this.axisLine = axisLine;
        this.gridLine = gridLine;
        this.xGrid = xGrid;
        this.yGrid = yGrid;
        this.yLabelAngle = 0;
        this.palette = palette;
        this.symbols = symbols;
        this.patterns = patterns;
        this.ciFill = ciFill;
        this.stripFill = stripFill;
        this.legendFill = legendFill;
        this.legendOutline = legendOutline;
        this.legendPosition = legendPosition;
        this.legendCols = legendCols;
    }

    public static final String DEFAULT = "s2color";

    /** The names {@link #named} knows, for error messages. */
    public static final List<String> NAMES = List.of("s2color", "stcolor", "s1mono", "plotplain", "s2mono", "s1color");

    /** The scheme with this name (case-insensitive), or null when unknown. */
    public static Scheme named(String name) {
        String n = name == null ? DEFAULT : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "s2color" -> S2COLOR;
            case "stcolor" -> STCOLOR;
            case "s1mono", "s2mono" -> S1MONO;
            case "plotplain" -> PLOTPLAIN;
            case "s1color" -> S1COLOR;
            default -> null;
        };
    }

    /** Plot number i's (0-based) colour, cycling through the palette. */
    public Rgb color(int i) {
        return palette.get(Math.floorMod(i, palette.size()));
    }

    /** Plot number i's marker: the scheme's symbol, colour and size. */
    public MarkerStyle marker(int i) {
        Rgb c = color(i);
        return new MarkerStyle(symbols.get(Math.floorMod(i, symbols.size())), c, c, markerSize);
    }

    /** Plot number i's line: colour, width and pattern. */
    public LineStyle line(int i) {
        return new LineStyle(color(i), lineWidth, patterns.get(Math.floorMod(i, patterns.size())));
    }

    /** Plot number i's area/bar fill (outlined in the same colour). */
    public FillStyle fill(int i) {
        Rgb c = color(i);
        return new FillStyle(c, new LineStyle(c, lineWidth * 0.6, LinePattern.SOLID));
    }

    /** The fill of a confidence band (lfitci/qfitci). */
    public FillStyle ciBand() {
        return new FillStyle(ciFill, new LineStyle(Rgb.NONE, 0, LinePattern.SOLID));
    }

    /** A reference line (xline/yline): thin, in the text colour. */
    public LineStyle refLine() {
        return new LineStyle(text, lineWidth * 0.6, LinePattern.SOLID);
    }

    private static Rgb c(String name) {
        return StataColors.named(name);
    }

    private static List<Rgb> colors(String... names) {
        return java.util.Arrays.stream(names).map(Scheme::c).toList();
    }

    private static final List<Symbol> ALL_CIRCLES = List.of(Symbol.CIRCLE);
    private static final List<LinePattern> ALL_SOLID = List.of(LinePattern.SOLID);
    private static final List<Symbol> MONO_SYMBOLS = List.of(Symbol.CIRCLE, Symbol.DIAMOND, Symbol.SQUARE,
        Symbol.TRIANGLE, Symbol.X, Symbol.PLUS, Symbol.CIRCLE_HOLLOW, Symbol.DIAMOND_HOLLOW, Symbol.SQUARE_HOLLOW,
        Symbol.TRIANGLE_HOLLOW);
    private static final List<LinePattern> MONO_PATTERNS = List.of(LinePattern.SOLID, LinePattern.DASH,
        LinePattern.SHORTDASH, LinePattern.LONGDASH_DOT, LinePattern.LONGDASH, LinePattern.DASH_DOT,
        LinePattern.SHORTDASH_DOT, LinePattern.DOT);

    private static final LineStyle THIN_BLACK = new LineStyle(Rgb.BLACK, 0.12, LinePattern.SOLID);

    static final Scheme S2COLOR = new Scheme("s2color", c("ltbluishgray"), Rgb.WHITE, null, Rgb.BLACK,
        THIN_BLACK, new LineStyle(c("ltbluishgray"), 0.12, LinePattern.SOLID), false, true,
        colors("navy", "maroon", "forest_green", "dkorange", "teal", "cranberry", "lavender", "khaki", "sienna",
            "emidblue", "emerald", "brown", "erose", "gold", "bluishgray"),
        ALL_CIRCLES, ALL_SOLID, c("gs13"), c("bluishgray"), Rgb.WHITE, THIN_BLACK, 6, 2);

    static final Scheme S1COLOR = new Scheme("s1color", Rgb.WHITE, Rgb.WHITE, THIN_BLACK, Rgb.BLACK,
        THIN_BLACK, new LineStyle(c("gs14"), 0.12, LinePattern.SOLID), false, true,
        colors("navy", "maroon", "forest_green", "dkorange", "teal", "cranberry", "lavender", "khaki", "sienna",
            "emidblue", "emerald", "brown", "erose", "gold", "bluishgray"),
        ALL_CIRCLES, ALL_SOLID, c("gs13"), c("gs14"), Rgb.WHITE, THIN_BLACK, 6, 2);

    static final Scheme STCOLOR = new Scheme("stcolor", Rgb.WHITE, Rgb.WHITE, null, Rgb.BLACK,
        new LineStyle(c("gs6"), 0.12, LinePattern.SOLID), new LineStyle(c("gs14"), 0.12, LinePattern.SOLID),
        false, true,
        colors("stc1", "stc2", "stc3", "stc4", "stc5", "stc6", "stc7", "stc8", "stc9", "stc10", "stc11", "stc12",
            "stc13", "stc14", "stc15"),
        ALL_CIRCLES, ALL_SOLID, c("gs13").opacity(60), c("gs14"), Rgb.WHITE, null, 6, 2);

    static final Scheme S1MONO = new Scheme("s1mono", Rgb.WHITE, Rgb.WHITE, THIN_BLACK, Rgb.BLACK,
        THIN_BLACK, new LineStyle(c("gs14"), 0.12, LinePattern.SOLID), false, true,
        colors("gs0", "gs8", "gs4", "gs10", "gs2", "gs12", "gs6", "gs9", "gs3", "gs11"),
        MONO_SYMBOLS, MONO_PATTERNS, c("gs13"), c("gs14"), Rgb.WHITE, THIN_BLACK, 6, 2);

    static final Scheme PLOTPLAIN = new Scheme("plotplain", Rgb.WHITE, Rgb.WHITE, THIN_BLACK, Rgb.BLACK,
        THIN_BLACK, new LineStyle(c("gs14"), 0.12, LinePattern.SOLID), false, false,
        colors("gs0", "gs8", "gs4", "gs10", "gs2", "gs12", "gs6", "gs9", "gs3", "gs11"),
        MONO_SYMBOLS, MONO_PATTERNS, c("gs13"), null, Rgb.WHITE, null, 3, 1);
}
