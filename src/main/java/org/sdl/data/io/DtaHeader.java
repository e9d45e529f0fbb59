package org.sdl.data.io;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdl.data.DataException;

/**
 * Everything in a .dta file before the data: release, byte order, dimensions, dataset label,
 * variable descriptors and characteristics (notes). Reading leaves the input at the first data
 * byte, so data, strLs and value labels follow in file order without seeking.
 */
final class DtaHeader {
    int release;
    ByteOrder order;
    int k;
    int n;
    String label = "";
    int[] types;
    final List<String> names = new ArrayList<>();
    final List<Integer> sortList = new ArrayList<>();
    final List<String> formats = new ArrayList<>();
    final List<String> valueLabelNames = new ArrayList<>();
    final List<String> varLabels = new ArrayList<>();
    /** Notes per variable ("_dta" for the dataset), ordered by their number (note1, note2, ...). */
    final Map<String, TreeMap<Integer, String>> notes = new java.util.LinkedHashMap<>();
    DtaText text;

    /** Name width in the file: 33 bytes up to 117, 129 (32 UTF-8 characters) from 118. */
    int nameWidth() {
        return release >= 118 ? 129 : 33;
    }

    static DtaHeader read(DtaInput in) {
        DtaHeader h = new DtaHeader();
        if (!in.tryEnsure(4)) {
            throw in.atEnd() && in.position() == 0 ? in.corrupt("empty file") : in.truncated();
        }
        if (in.peek("<stata_dta>")) {
            h.readTagged(in);
        } else {
            int first = in.window().get(in.window().position()) & 0xff;
            if (first < 113 || first > 115) {
                throw new DataException(610, "file " + in.file() + " not Stata format");
            }
            h.readOld(in);
        }
        return h;
    }

    private void readTagged(DtaInput in) {
        in.expect("<stata_dta><header><release>");
        String rel = new String(in.bytes(3), StandardCharsets.US_ASCII);
        if (!rel.matches("11[789]")) {
            throw new DataException(610, "file " + in.file() + " is .dta format " + rel
                + "; sdl reads formats 114, 115, 117, 118 and 119");
        }
        release = Integer.parseInt(rel);
        text = new DtaText(release);
        in.expect("</release><byteorder>");
        String bo = new String(in.bytes(3), StandardCharsets.US_ASCII);
        if (!bo.equals("MSF") && !bo.equals("LSF")) {
            throw in.corrupt("byte order " + bo);
        }
        order = bo.equals("MSF") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        in.order(order);
        in.expect("</byteorder><K>");
        k = release == 119 ? in.i32() : in.u16();
        in.expect("</K><N>");
        n = observations(in, release == 117 ? in.u32() : in.i64());
        in.expect("</N><label>");
        int ll = release == 117 ? in.u8() : in.u16();
        label = text.decode(in.bytes(ll));
        in.expect("</label><timestamp>");
        in.skip(in.u8());
        in.expect("</timestamp></header><map>");
        in.skip(14 * 8); // offsets; the sections are read in order, so they are not needed
        in.expect("</map><variable_types>");
        types = new int[checkK(in)];
        for (int j = 0; j < k; j++) {
            types[j] = in.u16();
            DtaTypes.check(types[j], in.file());
        }
        in.expect("</variable_types><varnames>");
        readFixed(in, names, nameWidth());
        in.expect("</varnames><sortlist>");
        readSortList(in, release == 119);
        in.expect("</sortlist><formats>");
        readFixed(in, formats, release == 117 ? 49 : 57);
        in.expect("</formats><value_label_names>");
        readFixed(in, valueLabelNames, nameWidth());
        in.expect("</value_label_names><variable_labels>");
        readFixed(in, varLabels, release == 117 ? 81 : 321);
        in.expect("</variable_labels><characteristics>");
        while (in.peek("<ch>")) {
            in.expect("<ch>");
            int len = in.i32();
            if (len < 2 * nameWidth()) {
                throw in.corrupt("characteristic of " + len + " bytes");
            }
            String var = in.fixed(nameWidth(), text);
            String name = in.fixed(nameWidth(), text);
            byte[] contents = in.bytes(len - 2 * nameWidth());
            characteristic(var, name, contents);
            in.expect("</ch>");
        }
        in.expect("</characteristics><data>");
    }

    private void readOld(DtaInput in) {
        release = in.u8();
        text = new DtaText(release);
        int bo = in.u8();
        if (bo != 1 && bo != 2) {
            throw new DataException(610, "file " + in.file() + " not Stata format");
        }
        order = bo == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        in.order(order);
        in.skip(2); // filetype, unused
        k = in.u16();
        n = observations(in, in.u32());
        label = in.fixed(81, text);
        in.skip(18); // time stamp
        types = new int[checkK(in)];
        for (int j = 0; j < k; j++) {
            types[j] = DtaTypes.fromOld(in.u8(), in.file());
        }
        readFixed(in, names, 33);
        readSortList(in, false);
        readFixed(in, formats, release == 113 ? 12 : 49);
        readFixed(in, valueLabelNames, 33);
        readFixed(in, varLabels, 81);
        // expansion fields: type byte, 4-byte length, contents; type 0 length 0 ends them
        while (true) {
            int type = in.u8();
            int len = in.i32();
            if (type == 0 && len == 0) {
                break;
            }
            byte[] b = in.bytes(len);
            if (type == 1 && len >= 66) {
                String var = text.decode(b, 0, DtaText.cstrlen(b, 0, 33));
                String name = text.decode(b, 33, DtaText.cstrlen(b, 33, 33));
                characteristic(var, name, java.util.Arrays.copyOfRange(b, 66, len));
            }
        }
    }

    private int checkK(DtaInput in) {
        if (k < 0 || k > 1 << 20) {
            throw in.corrupt(k + " variables");
        }
        return k;
    }

    private static int observations(DtaInput in, long n) {
        if (n < 0) {
            throw in.corrupt(n + " observations");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new DataException(900, "file " + in.file() + " has " + n + " observations; sdl holds at most "
                + (Integer.MAX_VALUE - 8));
        }
        return (int) n;
    }

    private void readFixed(DtaInput in, List<String> into, int width) {
        for (int j = 0; j < k; j++) {
            into.add(in.fixed(width, text));
        }
    }

    private void readSortList(DtaInput in, boolean wide) {
        boolean ended = false;
        for (int j = 0; j <= k; j++) {
            int s = wide ? in.i32() : in.u16();
            ended |= s == 0;
            if (!ended && s >= 1 && s <= k) {
                sortList.add(s - 1);
            }
        }
    }

    /**
     * Stata keeps notes as characteristics note0 (the count) and note1..noteN. Other
     * characteristics have no home in the dataset yet and are dropped (docs/formats.md).
     */
    private void characteristic(String var, String name, byte[] contents) {
        if (name.startsWith("note") && name.length() > 4 && name.substring(4).matches("[0-9]+")) {
            int number = Integer.parseInt(name.substring(4));
            if (number > 0) {
                int len = DtaText.cstrlen(contents, 0, contents.length);
                notes.computeIfAbsent(var, x -> new TreeMap<>()).put(number, text.decode(contents, 0, len));
            }
        }
    }
}
