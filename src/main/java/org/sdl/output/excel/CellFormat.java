package org.sdl.output.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/**
 * The formatting one putexcel command asks for (its cell, format and font options). A null
 * field leaves that property of the cell as it is (Stata keeps a cell's existing format unless
 * overwritefmt is given); {@link StyleCache} turns it into shared Excel cell styles.
 */
public final class CellFormat {
    /** One border() option: which sides, the line style and an optional colour (RGB). */
    public record Border(boolean top, boolean bottom, boolean left, boolean right, BorderStyle style, byte[] color) {
        public String key() {
            return (top ? "t" : "") + (bottom ? "b" : "") + (left ? "l" : "") + (right ? "r" : "") + style
                + Arrays.toString(color);
        }
    }

    public String numberFormat;
    public Boolean bold;
    public Boolean italic;
    public Boolean underline;
    public Boolean strikeout;
    public String fontName;
    public Double fontSize;
    public byte[] fontColor;
    /** "sub", "super" or "none". */
    public String script;
    public HorizontalAlignment halign;
    public VerticalAlignment valign;
    public final List<Border> borders = new ArrayList<>();
    public Boolean wrap;
    public Boolean shrink;
    public Integer rotation;
    public Integer indent;
    public FillPatternType fillPattern;
    public byte[] fillForeground;
    public byte[] fillBackground;
    /** overwritefmt: start from the default style instead of the cell's current one. */
    public boolean overwrite;

    public boolean touchesFont() {
        return bold != null || italic != null || underline != null || strikeout != null || fontName != null
            || fontSize != null || fontColor != null || script != null;
    }

    /** Nothing to change in the cells' style. */
    public boolean isEmpty() {
        return !overwrite && numberFormat == null && !touchesFont() && halign == null && valign == null
            && borders.isEmpty() && wrap == null && shrink == null && rotation == null && indent == null
            && fillPattern == null && fillForeground == null && fillBackground == null;
    }

    String fontKey() {
        return bold + "|" + italic + "|" + underline + "|" + strikeout + "|" + fontName + "|" + fontSize + "|"
            + Arrays.toString(fontColor) + "|" + script;
    }

    /** Equal keys make equal styles from the same base, so styles are shared, not one per cell. */
    public String key() {
        StringBuilder sb = new StringBuilder(fontKey());
        sb.append('|').append(numberFormat).append('|').append(halign).append('|').append(valign);
        for (Border b : borders) {
            sb.append('|').append(b.key());
        }
        sb.append('|').append(wrap).append('|').append(shrink).append('|').append(rotation).append('|').append(indent)
            .append('|').append(fillPattern).append('|').append(Arrays.toString(fillForeground)).append('|')
            .append(Arrays.toString(fillBackground)).append('|').append(overwrite);
        return sb.toString();
    }
}
