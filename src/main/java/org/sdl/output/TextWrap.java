package org.sdl.output;

import java.util.ArrayList;
import java.util.List;

/** Titles broken into lines of a table's column width, as Stata breaks variable labels. */
public final class TextWrap {
    private TextWrap() {}

    /**
     * text in lines of at most width characters: words are kept whole and joined greedily; a word
     * longer than the width is cut into width-sized pieces ("birthweight<2500g" in 10 is
     * "birthweigh", "t<2500g"). Never empty: a blank text gives one empty line.
     */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** s centred in width columns (the odd space goes to the left), or s itself when wider. */
    public static String centred(String s, int width) {
        return " ".repeat(Math.max(0, (width - s.length() + 1) / 2)) + s;
    }
}
