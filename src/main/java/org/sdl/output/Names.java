package org.sdl.output;

/** Variable names shortened for a column, as Stata's abbrev() shortens them. */
public final class Names {
    private Names() {}

    /**
     * name in at most n characters: unchanged when it fits, else its first n-2 characters, a
     * tilde and its last character ("displacement" in 8 is "displa~t"), so that names sharing a
     * stem stay apart by their endings. As in Stata, n is at least 5, and at least 8 when the
     * name holds a period (a factor or time-series operator).
     */
    public static String abbreviate(String name, int n) {
        int width = Math.max(n, name.indexOf('.') >= 0 ? 8 : 5);
        if (name.length() <= width) {
            return name;
        }
        return name.substring(0, width - 2) + "~" + name.charAt(name.length() - 1);
    }
}
