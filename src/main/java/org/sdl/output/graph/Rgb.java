package org.sdl.output.graph;

/**
 * A colour of the scene: red, green, blue and opacity (0-255). Plain data so that a scene saves to
 * JSON and every renderer reads the same value; {@link StataColors} parses Stata's colour words.
 */
public record Rgb(int r, int g, int b, int a) {
    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);
    /** Stata's {@code none}: nothing is drawn. */
    public static final Rgb NONE = new Rgb(0, 0, 0, 0);

    public Rgb(int r, int g, int b) {
        this(r, g, b, 255);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean invisible() {
        return a == 0;
    }

    /** This colour at an opacity in percent (Stata's {@code color%50}). */
    public Rgb opacity(double percent) {
        return new Rgb(r, g, b, (int) Math.round(Math.max(0, Math.min(100, percent)) * 2.55));
    }

    /** Stata's intensity {@code color*0.5}: below 1 mixes towards white, above 1 darkens. */
    public Rgb intensity(double k) {
        if (k <= 1) {
            return new Rgb(mix(r, k), mix(g, k), mix(b, k), a);
        }
        return new Rgb(clamp(r / k), clamp(g / k), clamp(b / k), a);
    }

    private static int mix(int c, double k) {
        return clamp(255 - (255 - c) * k);
    }

    private static int clamp(double v) {
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }

    public java.awt.Color awt() {
        return new java.awt.Color(r, g, b, a);
    }

    @Override
    public String toString() {
        return a == 255 ? r + " " + g + " " + b : r + " " + g + " " + b + " %" + Math.round(a / 2.55);
    }
}
