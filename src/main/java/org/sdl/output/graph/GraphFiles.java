package org.sdl.output.graph;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;
import org.sdl.data.io.AtomicFiles;

/**
 * Writes a scene as .png (Java2D raster, antialiased, width x height pixels), .svg (JFreeSVG) or
 * .pdf (PDFBox + pdfbox-graphics2d, vector, page xsize x ysize inches), each atomically through
 * {@link AtomicFiles}: an existing file without replace is r(602) and stays untouched.
 */
public final class GraphFiles {
    private GraphFiles() {}

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** The formats by file extension. */
    public enum Format {
        PNG, SVG, PDF;

        /** The format for a file name, or null when its extension is none of png, svg, pdf. */
        public static Format of(Path p) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = n.lastIndexOf('.');
            String ext = dot < 0 ? "" : n.substring(dot + 1);
            return switch (ext) {
                case "png" -> PNG;
                case "svg" -> SVG;
                case "pdf" -> PDF;
                default -> null;
            };
        }
    }

    /** Extensions graph export writes, for messages. */
    public static final List<String> EXTENSIONS = List.of(".png", ".svg", ".pdf");

    /** Pixel size: given width and/or height (0 = not given), else the graph's inches at 150 px per inch. */
    public static int[] pixels(Graph g, int width, int height, double perInch) {
        double ratio = g.ysize / g.xsize;
        if (width > 0 && height > 0) {
            return new int[] {width, height};
        }
        if (width > 0) {
            return new int[] {width, (int) Math.max(1, Math.round(width * ratio))};
        }
        if (height > 0) {
            return new int[] {(int) Math.max(1, Math.round(height / ratio)), height};
        }
        return new int[] {(int) Math.round(g.xsize * perInch), (int) Math.round(g.ysize * perInch)};
    }

    /** Writes the graph in the format of the file's extension (the caller checked it is known). */
    public static void write(Graph g, Path target, int width, int height, boolean replace, String scheme) {
        Format f = Format.of(target);
        AtomicFiles.write(target, replace, out -> {
            switch (f) {
                case PNG -> png(g, out, width, height, scheme);
                case SVG -> svg(g, out, width, height, scheme);
                case PDF -> pdf(g, out, width, height, scheme);
            }
        });
    }

    public static BufferedImage image(Graph g, int width, int height, String scheme) {
        int[] px = pixels(g, width, height, 150);
        BufferedImage img = new BufferedImage(px[0], px[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            GraphPainter.paint(g, g2, px[0], px[1], scheme, false);
        } finally {
            g2.dispose();
        }
        return img;
    }

    public static void png(Graph g, OutputStream out, int width, int height, String scheme) throws IOException {
        ImageIO.write(image(g, width, height, scheme), "png", out);
    }

    /** The SVG document text (width x height px, default 100 px per inch). */
    public static String svgText(Graph g, int width, int height, String scheme) {
        int[] px = pixels(g, width, height, 100);
        SVGGraphics2D g2 = new SVGGraphics2D(px[0], px[1]);
        GraphPainter.paint(g, g2, px[0], px[1], scheme, true);
        return g2.getSVGDocument();
    }

    public static void svg(Graph g, OutputStream out, int width, int height, String scheme) throws IOException {
        out.write(svgText(g, width, height, scheme).getBytes(StandardCharsets.UTF_8));
    }

    /** A one-page vector PDF; width/height in pixels are taken as points (1/72 in) when given. */
    public static void pdf(Graph g, OutputStream out, int width, int height, String scheme) throws IOException {
        int[] pt = pixels(g, width, height, 72);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(pt[0], pt[1]));
            doc.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, pt[0], pt[1]);
            GraphPainter.paint(g, g2, pt[0], pt[1], scheme, true);
            g2.dispose();
            PDFormXObject form = g2.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            doc.save(out);
        }
    }
}
