package org.sdl.data;

import java.util.Arrays;
import java.util.List;

/**
 * Assigns each selected observation the index of its key-value group, groups numbered in the
 * sort order of the keys (as egen group() and collapse order them). Unselected rows get -1.
 * The rows are not sorted: {@link KeyRanks} numbers the key values by direct indexing or
 * hashing and sorts only the distinct values.
 */
public final class Grouping {
    private final int[] id;
    private final int count;
    private final int[] firstRow;

    private Grouping(int[] id, int count, int[] firstRow) {
        this.id = id;
        this.count = count;
        this.firstRow = firstRow;
    }

    public static Grouping of(Dataset data, List<String> keys, boolean[] selected) {
        int n = data.nObs();
        KeyRanks ranks = KeyRanks.of(data, keys);
        int[] rank = ranks.ranks();
        int k = ranks.count();
        // renumber the ranks present among the selected rows 0..g-1, keeping their order
        int[] firstOfRank = new int[k];
        Arrays.fill(firstOfRank, -1);
        for (int i = 0; i < n; i++) {
            if ((selected == null || selected[i]) && firstOfRank[rank[i]] < 0) {
                firstOfRank[rank[i]] = i;
            }
        }
        int[] idOfRank = new int[k];
        int g = 0;
        int[] first = new int[k];
        for (int r = 0; r < k; r++) {
            if (firstOfRank[r] >= 0) {
                first[g] = firstOfRank[r];
                idOfRank[r] = g++;
            }
        }
        int[] id = g == k && allSelected(selected) ? rank : new int[n]; // then ids are the ranks
        if (id != rank) {
            for (int i = 0; i < n; i++) {
                id[i] = selected == null || selected[i] ? idOfRank[rank[i]] : -1;
            }
        }
        return new Grouping(id, g, Arrays.copyOf(first, g));
    }

    private static boolean allSelected(boolean[] selected) {
        if (selected != null) {
            for (boolean s : selected) {
                if (!s) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Group of a row, or -1 when the row was not selected. */
    public int id(int row) {
        return id[row];
    }

    public int[] ids() {
        return id;
    }

    public int count() {
        return count;
    }

    /** Whether row is the first of its group in the data's current order (egen tag). */
    public boolean firstRowInDataOrder(int row) {
        if (firstInData == null) {
            firstInData = new int[count];
            java.util.Arrays.fill(firstInData, Integer.MAX_VALUE);
            for (int i = 0; i < id.length; i++) {
                if (id[i] >= 0 && i < firstInData[id[i]]) {
                    firstInData[id[i]] = i;
                }
            }
        }
        return id[row] >= 0 && firstInData[id[row]] == row;
    }

    private int[] firstInData;

    /** The first row of group g in data order (a stable sort by the keys puts it first). */
    public int firstRow(int g) {
        return firstRow[g];
    }
}
