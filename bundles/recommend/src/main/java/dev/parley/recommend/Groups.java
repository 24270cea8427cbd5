package dev.parley.recommend;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The distinct items of each group (a customer's history or one basket), in compressed rows: the
 * items of group {@code g} are {@code items[start[g] .. start[g + 1])}, each with the time it was
 * last bought. Built by counting, in time linear in the number of purchases.
 */
final class Groups {

    final int[] start;
    final int[] items;
    final long[] lastTimes;

    private Groups(int[] start, int[] items, long[] lastTimes) {
        this.start = start;
        this.items = items;
        this.lastTimes = lastTimes;
    }

    int count() {
        return start.length - 1;
    }

    int size(int group) {
        return start[group + 1] - start[group];
    }

    /** Groups the log's rows by {@code groupOf(row)}, keeping each item once per group. */
    static Groups of(PurchaseLog log, int groupCount, IntUnaryOperator groupOf) {
        int rows = log.size();
        int[] rowStart = new int[groupCount + 1];
        for (int row = 0; row < rows; row++) {
            rowStart[groupOf.applyAsInt(row) + 1]++;
        }
        for (int group = 0; group < groupCount; group++) {
            rowStart[group + 1] += rowStart[group];
        }
        int[] rowsByGroup = new int[rows];
        int[] fill = rowStart.clone();
        for (int row = 0; row < rows; row++) {
            rowsByGroup[fill[groupOf.applyAsInt(row)]++] = row;
        }

        // Second pass: drop repeats of an item within a group, remembering its latest time.
        int[] seenInGroup = new int[log.itemCount()];
        Arrays.fill(seenInGroup, -1);
        int[] positionOf = new int[log.itemCount()];
        int[] start = new int[groupCount + 1];
        int[] items = new int[rows];
        long[] lastTimes = new long[rows];
        int size = 0;
        for (int group = 0; group < groupCount; group++) {
            start[group] = size;
            for (int i = rowStart[group]; i < rowStart[group + 1]; i++) {
                int row = rowsByGroup[i];
                int item = log.itemAt(row);
                long time = log.timeAt(row);
                if (seenInGroup[item] != group) {
                    seenInGroup[item] = group;
                    positionOf[item] = size;
                    items[size] = item;
                    lastTimes[size] = time;
                    size++;
                } else if (time > lastTimes[positionOf[item]]) {
                    lastTimes[positionOf[item]] = time;
                }
            }
        }
        start[groupCount] = size;
        return new Groups(start, Arrays.copyOf(items, size), Arrays.copyOf(lastTimes, size));
    }

    /** The transpose: for each item, the groups that hold it. */
    int[][] groupsByItem(int itemCount) {
        int[] counts = new int[itemCount];
        for (int item : items) {
            counts[item]++;
        }
        int[][] byItem = new int[itemCount][];
        for (int item = 0; item < itemCount; item++) {
            byItem[item] = new int[counts[item]];
        }
        int[] fill = new int[itemCount];
        for (int group = 0; group < count(); group++) {
            for (int i = start[group]; i < start[group + 1]; i++) {
                byItem[items[i]][fill[items[i]]++] = group;
            }
        }
        return byItem;
    }
}
