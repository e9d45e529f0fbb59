package org.sdl.output.graph;

import java.util.List;
import java.util.TreeMap;

/**
 * The legend of a graph: which keys (numbered over the layers that have a legend text, in layer
 * order), relabelled how, arranged in how many rows/columns, and where (Stata's clock
 * {@code position()}, {@code ring(0)} = inside the plot region). Unset fields take the scheme's.
 */
public final class Legend {
    /** true = on, false = {@code legend(off)}, null = on when two or more keys exist (Stata's rule). */
    public Boolean show;
    /** Key numbers in display order ({@code order(2 1)}); null = all in layer order. */
    public List<Integer> order;
    /** Replacement texts by key number ({@code label(1 "Men")}). */
    public TreeMap<Integer, String> labels = new TreeMap<>();
    /** Texts given inside {@code order(1 "Men" 2 "Women")} replace the key's text too (kept in labels). */
    public int rows;
    public int cols;
    /** Clock position 0-12 (6 = below the plot); -1 = scheme default. */
    public int position = -1;
    /** 0 = inside the plot region; -1 = scheme default (outside). */
    public int ring = -1;
    /** Legend title ({@code legend(title())}), or null. */
    public TextBlock title;
    /** Key text size in relative units; NaN = the scheme's. */
    public double size = Double.NaN;
}
