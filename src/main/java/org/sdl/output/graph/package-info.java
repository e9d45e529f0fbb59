/**
 * Graphs as data: a scene model built from a command's options, then drawn by renderers.
 *
 * <h2>The scene</h2>
 * A {@link org.sdl.output.graph.Graph} is the root: titles ({@code title}, {@code subtitle},
 * {@code note}, {@code caption} as {@link org.sdl.output.graph.TextBlock}), a
 * {@link org.sdl.output.graph.Legend}, region colours, aspect ratio, size, and either one
 * {@link org.sdl.output.graph.Plot} (a plot region: x and y {@link org.sdl.output.graph.Axis} plus
 * {@link org.sdl.output.graph.Layer}s) or a grid of sub-graphs in {@code panels} (by() small
 * multiples, graph combine). Layers are data records in data coordinates:
 * {@code Points} (markers), {@code Line} (polyline, optional markers = connected), {@code Band}
 * (filled between lo and hi: area, rarea, CIs), {@code Bars}, {@code Spikes} (rspike, rcap with
 * caps), {@code Text}, {@code RefLine} (xline/yline). {@code horizontal} on Band/Bars/Spikes swaps
 * the axes (graph hbar, horizontal CIs in coefplot).
 *
 * <h2>Defaults: the scheme</h2>
 * {@link org.sdl.output.graph.Scheme#named} gives s2color (default), stcolor, s1mono, plotplain.
 * Commands take layer styles from it: {@code scheme.marker(i)}, {@code scheme.line(i)},
 * {@code scheme.fill(i)}, {@code scheme.ciBand()}, {@code scheme.refLine()} for plot number i
 * (0-based); the painter takes region colours, fonts, grid and legend defaults from it. Colours
 * parse with {@link org.sdl.output.graph.StataColors#parse}, sizes with
 * {@link org.sdl.output.graph.Sizes}, symbols and patterns with {@code Symbol.parse} /
 * {@code LinePattern.parse}.
 *
 * <h2>Axes</h2>
 * Leave {@code Axis.ticks} null for Stata's automatic "about 5 nice values"
 * ({@link org.sdl.output.graph.AxisTicks}); set explicit {@link org.sdl.output.graph.Tick}s for
 * categories (a bar chart puts one tick per category with the value label as text). Axis titles
 * are not filled in automatically: a command sets {@code plot.x.title(...)} (Stata uses the
 * variable label, else the name).
 *
 * <h2>Drawing</h2>
 * {@code GraphPainter.paint(graph, graphics2d, widthPx, heightPx)} draws with Java2D;
 * {@code GraphFiles.write(graph, path, widthPx, heightPx, replace)} writes .png, .svg or .pdf
 * (chosen by extension, atomically, r(602) without replace when the file exists).
 * {@code GraphJson} saves and reads a scene ({@code graph save}/{@code graph use}).
 * Nothing here reads a dataset: commands in {@code interp} build scenes; statistics (bins,
 * densities, fits) come from {@code stats} and are only placed here.
 */
package org.sdl.output.graph;
