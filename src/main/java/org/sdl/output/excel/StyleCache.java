package org.sdl.output.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Applies a {@link CellFormat} to cells through shared styles: the style made for (a cell's
 * current style, a format) is remembered, so formatting 10,000 cells alike adds one style to the
 * workbook, not 10,000 (Excel refuses workbooks with more than about 64,000 styles).
 */
public final class StyleCache {
    private final Workbook wb;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    public StyleCache(Workbook wb) {
        this.wb = wb;
    }

    /** Sets cell's style to its current style (or the default, with overwritefmt) changed by f. */
    public void apply(Cell cell, CellFormat f, String formatKey) {
        CellStyle base = f.overwrite ? wb.getCellStyleAt(0) : cell.getCellStyle();
        String key = base.getIndex() + "#" + formatKey;
        CellStyle style = styles.get(key);
        if (style == null) {
            style = build(base, f);
            styles.put(key, style);
        }
        cell.setCellStyle(style);
    }

    private CellStyle build(CellStyle base, CellFormat f) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        if (f.numberFormat != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(f.numberFormat));
        }
        if (f.touchesFont()) {
            s.setFont(font(wb.getFontAt(base.getFontIndex()), f));
        }
        if (f.halign != null) {
            s.setAlignment(f.halign);
        }
        if (f.valign != null) {
            s.setVerticalAlignment(f.valign);
        }
        if (f.wrap != null) {
            s.setWrapText(f.wrap);
        }
        if (f.shrink != null) {
            s.setShrinkToFit(f.shrink);
        }
        if (f.rotation != null) {
            s.setRotation(f.rotation.shortValue());
        }
        if (f.indent != null) {
            s.setIndention(f.indent.shortValue());
        }
        for (CellFormat.Border b : f.borders) {
            border(s, b);
        }
        if (f.fillPattern != null || f.fillForeground != null) {
            s.setFillPattern(f.fillPattern != null ? f.fillPattern : FillPatternType.SOLID_FOREGROUND);
        }
        if (f.fillForeground != null) {
            if (s instanceof XSSFCellStyle xs) {
                xs.setFillForegroundColor(new XSSFColor(f.fillForeground, null));
            } else {
                s.setFillForegroundColor(indexed(f.fillForeground));
            }
        }
        if (f.fillBackground != null) {
            if (s instanceof XSSFCellStyle xs) {
                xs.setFillBackgroundColor(new XSSFColor(f.fillBackground, null));
            } else {
                s.setFillBackgroundColor(indexed(f.fillBackground));
            }
        }
        return s;
    }

    private void border(CellStyle s, CellFormat.Border b) {
        XSSFCellStyle xs = s instanceof XSSFCellStyle x ? x : null;
        XSSFColor xc = b.color() == null || xs == null ? null : new XSSFColor(b.color(), null);
        short ic = b.color() == null || xs != null ? -1 : indexed(b.color());
        if (b.top()) {
            s.setBorderTop(b.style());
            if (xc != null) {
                xs.setTopBorderColor(xc);
            } else if (ic >= 0) {
                s.setTopBorderColor(ic);
            }
        }
        if (b.bottom()) {
            s.setBorderBottom(b.style());
            if (xc != null) {
                xs.setBottomBorderColor(xc);
            } else if (ic >= 0) {
                s.setBottomBorderColor(ic);
            }
        }
        if (b.left()) {
            s.setBorderLeft(b.style());
            if (xc != null) {
                xs.setLeftBorderColor(xc);
            } else if (ic >= 0) {
                s.setLeftBorderColor(ic);
            }
        }
        if (b.right()) {
            s.setBorderRight(b.style());
            if (xc != null) {
                xs.setRightBorderColor(xc);
            } else if (ic >= 0) {
                s.setRightBorderColor(ic);
            }
        }
    }

    private Font font(Font base, CellFormat f) {
        String key = base.getIndex() + "#" + f.fontKey();
        Font font = fonts.get(key);
        if (font != null) {
            return font;
        }
        font = wb.createFont();
        font.setFontName(f.fontName != null ? f.fontName : base.getFontName());
        font.setFontHeight(f.fontSize != null ? (short) Math.round(f.fontSize * 20) : base.getFontHeight());
        font.setBold(f.bold != null ? f.bold : base.getBold());
        font.setItalic(f.italic != null ? f.italic : base.getItalic());
        font.setStrikeout(f.strikeout != null ? f.strikeout : base.getStrikeout());
        font.setUnderline(f.underline != null ? (f.underline ? Font.U_SINGLE : Font.U_NONE) : base.getUnderline());
        font.setTypeOffset(f.script == null ? base.getTypeOffset()
            : f.script.equals("sub") ? Font.SS_SUB : f.script.equals("super") ? Font.SS_SUPER : Font.SS_NONE);
        if (f.fontColor != null) {
            if (font instanceof XSSFFont xf) {
                xf.setColor(new XSSFColor(f.fontColor, null));
            } else {
                font.setColor(indexed(f.fontColor));
            }
        } else if (font instanceof XSSFFont xf && base instanceof XSSFFont xb && xb.getXSSFColor() != null) {
            xf.setColor(xb.getXSSFColor());
        } else {
            font.setColor(base.getColor());
        }
        fonts.put(key, font);
        return font;
    }

    /** .xls has a palette of indexed colours: the nearest one. */
    private short indexed(byte[] rgb) {
        HSSFWorkbook h = (HSSFWorkbook) wb;
        return h.getCustomPalette().findSimilarColor(rgb[0], rgb[1], rgb[2]).getIndex();
    }
}
