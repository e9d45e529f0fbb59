package org.sdl.interp.commands;

import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * recast type varlist [, force]: changes the storage type. As in Stata, a numeric variable is
 * left as it is, with a note, when some value would change (a fraction into an integer type, a
 * value out of range, digits a float cannot keep), unless force; str# and strL change the
 * declared width of string variables, and a width shorter than the longest value needs force
 * (the values are then cut).
 */
public final class RecastCommand extends Command {
    public RecastCommand() {
        super("recast", 6, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        int comma = Words.optionsComma(text);
        boolean force = comma >= 0 && Words.split(text.substring(comma + 1)).contains("force");
        List<String> words = Words.split(comma < 0 ? text : text.substring(0, comma));
        if (words.size() < 2) {
            throw new SdlError(198, "recast: a type and a varlist are required");
        }
        String typeName = words.get(0);
        StorageType type = StorageType.parse(typeName);
        if (type == null) {
            throw new SdlError(198, "recast: " + typeName + " is not a storage type");
        }
        Dataset d = inv.session().data();
        VariableMatcher vm = new VariableMatcher(d);
        for (String w : words.subList(1, words.size())) {
            for (String v : vm.expand(w)) {
                recast(inv, d, d.column(v), typeName, type, force);
            }
        }
    }

    private static void recast(Invocation inv, Dataset d, Column c, String typeName, StorageType type, boolean force) {
        if (c instanceof StringColumn s) {
            if (type != StorageType.STR && type != StorageType.STRL) {
                throw new SdlError(109, c.name() + " is a string variable; recast to " + typeName + " not possible");
            }
            if (type == StorageType.STRL) {
                s.setStrL(true);
                return;
            }
            int width = Integer.parseInt(typeName.substring(3));
            int longest = 0;
            for (int i = 0; i < s.size(); i++) {
                longest = Math.max(longest, s.get(i).length());
            }
            if (longest > width && !force) {
                inv.out().println(c.name() + ":  values longer than " + width + " characters; not changed");
                return;
            }
            if (longest > width) {
                for (int i = 0; i < s.size(); i++) {
                    if (s.get(i).length() > width) {
                        s.set(i, s.get(i).substring(0, width));
                    }
                }
            }
            s.setStrL(false);
            s.setWidth(width);
            return;
        }
        if (type == StorageType.STR || type == StorageType.STRL) {
            throw new SdlError(109, c.name() + " is numeric; recast to " + typeName + " not possible (use tostring)");
        }
        NumericColumn n = (NumericColumn) c;
        int changed = 0;
        for (int i = 0; i < n.size(); i++) {
            double x = n.get(i);
            if (!Missing.isMissing(x) && !exact(type, x)) {
                changed++;
            }
        }
        String values = changed + " value" + (changed == 1 ? "" : "s");
        if (changed > 0 && !force) {
            inv.out().println(c.name() + ":  " + values + " would be changed; not changed");
            return;
        }
        NumericColumn recast = n.convertTo(type);
        recast.setFormat(n.format()); // recast keeps the display format, as in Stata
        d.replace(recast);
        if (changed > 0) {
            inv.out().println(c.name() + ":  " + values + " changed");
        }
    }

    /** Whether x is kept exactly by the type (holds() accepts any float-range value for float). */
    private static boolean exact(StorageType type, double x) {
        return type == StorageType.FLOAT ? (double) (float) x == x : type.holds(x);
    }
}
