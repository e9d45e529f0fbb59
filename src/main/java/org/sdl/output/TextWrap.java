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

    /**
     * The heading lines of a table with a stub, as Stata's tabulate draws them: stubTitle broken
     * into lines of the stub's width and right-aligned in it; columnsTitle (null for none) broken
     * into lines of the columns' width and centred over them. Both end on the last line, which
     * holds only the stub part ("   title |") for the caller to finish with column headings.
     */
    public static List<String> heading(String stubTitle, int stub, String columnsTitle, int columns) {
        List<String> left = lines(stubTitle, stub);
        List<String> right = columnsTitle == null ? List.of() : lines(columnsTitle, columns);
        int count = Math.max(left.size(), right.size() + 1);
        List<String> out = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            int li = t - (count - left.size());
            int ri = t - (count - 1 - right.size());
            String r = t < count - 1 && ri >= 0 ? centred(right.get(ri), columns) : "";
            out.add(String.format("%" + stub + "s |%s", li >= 0 ? left.get(li) : "", r));
        }
        return out;
    }

    /** s centred in width columns (the odd space goes to the left), or s itself when wider. */
    public static String centred(String s, int width) {
        return " ".repeat(Math.max(0, (width - s.length() + 1) / 2)) + s;
    }
}
