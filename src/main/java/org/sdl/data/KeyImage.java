package org.sdl.data;

/**
 * One sort key as unsigned integers whose order is the wanted row order, for {@link RadixSort}.
 *
 * <p>Numbers map to their offset from the smallest number (int storage directly, doubles through
 * their order-preserving bits, -0 folded onto 0); the 27 missing values follow in Stata's order
 * . &lt; .a &lt; ... &lt; .z, or precede in reverse for a descending key (gsort -x, mfirst), or
 * follow in reverse when a descending key keeps missing values last. Strings map to their rank
 * in byte order. Images start at 0 and stay as small as the data allow, so a key with 1,000
 * integers needs 10 bits and one radix pass.
 */
abstract class KeyImage {
    private static final int LAST_CODE = 26;

    enum Direction { ASCENDING, DESCENDING_MISSING_FIRST, DESCENDING_MISSING_LAST }

    private final Direction dir;
    private final long span;
    private final long missingSlots;

    private KeyImage(Direction dir, long span, boolean hasMissing) {
        this.dir = dir;
        this.span = span;
        this.missingSlots = hasMissing ? LAST_CODE + 1 : 0;
    }

    static KeyImage of(Column c, Direction dir) {
        if (c instanceof StringColumn s) {
            return new Ranked(s, dir != Direction.ASCENDING);
        }
        if (c instanceof LongColumn l) {
            return Ints.of(l.raw(), dir);
        }
        if (c instanceof IntColumn ic) {
            short[] raw = ic.raw();
            int[] v = new int[raw.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = raw[i] >= Missing.INT_DOT ? Missing.LONG_DOT + raw[i] - Missing.INT_DOT : raw[i];
            }
            return Ints.of(v, dir);
        }
        if (c instanceof ByteColumn bc) {
            byte[] raw = bc.raw();
            int[] v = new int[raw.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = raw[i] >= Missing.BYTE_DOT ? Missing.LONG_DOT + raw[i] - Missing.BYTE_DOT : raw[i];
            }
            return Ints.of(v, dir);
        }
        NumericColumn nc = (NumericColumn) c;
        return Doubles.of(nc instanceof DoubleColumn d ? d.raw() : nc.toDoubles(), dir);
    }

    /** The largest image any row can have (images are in [0, max()] as unsigned numbers). */
    long max() {
        // span -1 means no numbers (never a real span, which stays far below 2^64 - 1)
        return span == -1 && missingSlots == 0 ? 0 : span + missingSlots;
    }

    abstract long at(int row);

    /** dst[k] = image of rows[k] for k in [from, to). */
    abstract void fill(int[] rows, long[] dst, int from, int to);

    /**
     * The image of a number at offset off in [0, span] from the smallest, or of missing value
     * code 0..26 (., .a, ..., .z).
     */
    final long image(long off, int code) {
        switch (dir) {
            case ASCENDING:
                return code < 0 ? off : span + 1 + code;
            case DESCENDING_MISSING_FIRST:
                return code < 0 ? missingSlots + span - off : LAST_CODE - code;
            default:
                return code < 0 ? span - off : span + 1 + LAST_CODE - code;
        }
    }

    /** byte, int and long storage, read as longs' int encoding: missing codes follow the numbers. */
    private static final class Ints extends KeyImage {
        private final int[] v;
        private final int min;

        private Ints(int[] v, Direction dir, int min, long span, boolean hasMissing) {
            super(dir, span, hasMissing);
            this.v = v;
            this.min = min;
        }

        static Ints of(int[] v, Direction dir) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            boolean hasMissing = false;
            for (int x : v) {
                if (x < Missing.LONG_DOT) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                } else {
                    hasMissing = true;
                }
            }
            return new Ints(v, dir, min, min > max ? -1 : (long) max - min, hasMissing);
        }

        @Override
        long at(int row) {
            int x = v[row];
            return x < Missing.LONG_DOT ? image((long) x - min, -1) : image(0, x - Missing.LONG_DOT);
        }

        @Override
        void fill(int[] rows, long[] dst, int from, int to) {
            for (int k = from; k < to; k++) {
                int x = v[rows[k]];
                dst[k] = x < Missing.LONG_DOT ? image((long) x - min, -1) : image(0, x - Missing.LONG_DOT);
            }
        }
    }

    /** float and double storage through the bits of the double value. */
    private static final class Doubles extends KeyImage {
        private final double[] v;
        private final long min;

        private Doubles(double[] v, Direction dir, long min, long span, boolean hasMissing) {
            super(dir, span, hasMissing);
            this.v = v;
            this.min = min;
        }

        static Doubles of(double[] v, Direction dir) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            boolean hasMissing = false;
            for (double x : v) {
                if (x < Missing.DOT) {
                    long s = KeyRanks.sortable(x);
                    min = Math.min(min, s);
                    max = Math.max(max, s);
                } else {
                    hasMissing = true;
                }
            }
            return new Doubles(v, dir, min, min > max ? -1 : max - min, hasMissing);
        }

        @Override
        long at(int row) {
            double x = v[row];
            return x < Missing.DOT ? image(KeyRanks.sortable(x) - min, -1) : image(0, Missing.code(x));
        }

        @Override
        void fill(int[] rows, long[] dst, int from, int to) {
            for (int k = from; k < to; k++) {
                double x = v[rows[k]];
                dst[k] = x < Missing.DOT ? image(KeyRanks.sortable(x) - min, -1) : image(0, Missing.code(x));
            }
        }
    }

    /** Strings: rank among the distinct values in byte order, reversed when descending. */
    private static final class Ranked extends KeyImage {
        private final int[] rank;
        private final boolean descending;

        Ranked(StringColumn c, boolean descending) {
            this(c, new int[c.size()], descending);
        }

        private Ranked(StringColumn c, int[] rank, boolean descending) {
            super(Direction.ASCENDING, StringCodes.ranks(new StringColumn[] {c}, rank) - 1L, false);
            this.rank = rank;
            this.descending = descending;
        }

        @Override
        long at(int row) {
            return descending ? max() - rank[row] : rank[row];
        }

        @Override
        void fill(int[] rows, long[] dst, int from, int to) {
            long top = max();
            for (int k = from; k < to; k++) {
                int r = rank[rows[k]];
                dst[k] = descending ? top - r : r;
            }
        }
    }
}
