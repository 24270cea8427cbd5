package dev.parley.recommend;

import java.util.stream.IntStream;

/**
 * For each item, the items most often found in the same groups, by cosine similarity of their
 * group sets. A group of n items adds 1 / log2(n + 1) to each of its pairs instead of 1, so a
 * wholesaler who bought half the catalogue does not make everything similar to everything.
 */
final class Neighbours {

    /** Groups below this many common occurrences say more about chance than taste. */
    private static final double SHRINK = 2.0;

    final int[][] items;
    final float[][] scores;

    private Neighbours(int[][] items, float[][] scores) {
        this.items = items;
        this.scores = scores;
    }

    static Neighbours of(Groups groups, int itemCount, int keep) {
        int[][] byItem = groups.groupsByItem(itemCount);
        double[] groupWeight = new double[groups.count()];
        for (int group = 0; group < groups.count(); group++) {
            groupWeight[group] = 1.0 / (Math.log(groups.size(group) + 1.0) / Math.log(2.0));
        }
        double[] norm = new double[itemCount];
        for (int item = 0; item < itemCount; item++) {
            for (int group : byItem[item]) {
                norm[item] += groupWeight[group];
            }
        }
        int[][] items = new int[itemCount][];
        float[][] scores = new float[itemCount][];
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(itemCount));
        IntStream.range(0, itemCount).parallel().forEach(item -> {
            Scratch s = scratch.get();
            s.clear();
            for (int group : byItem[item]) {
                double weight = groupWeight[group];
                for (int i = groups.start[group]; i < groups.start[group + 1]; i++) {
                    int other = groups.items[i];
                    if (other != item) {
                        s.add(other, weight);
                    }
                }
            }
            for (int t = 0; t < s.touchedCount; t++) {
                int other = s.touched[t];
                double common = s.sums[other];
                s.sums[other] = common / Math.sqrt(norm[item] * norm[other]) * (common / (common + SHRINK));
            }
            int[] best = s.best(keep);
            float[] bestScores = new float[best.length];
            for (int i = 0; i < best.length; i++) {
                bestScores[i] = (float) s.sums[best[i]];
            }
            items[item] = best;
            scores[item] = bestScores;
        });
        return new Neighbours(items, scores);
    }

    /** One thread's dense accumulator, cleared through the list of touched entries. */
    private static final class Scratch {
        final double[] sums;
        final int[] touched;
        int touchedCount;

        Scratch(int itemCount) {
            sums = new double[itemCount];
            touched = new int[itemCount];
        }

        void add(int item, double weight) {
            if (sums[item] == 0) {
                touched[touchedCount++] = item;
            }
            sums[item] += weight;
        }

        void clear() {
            for (int t = 0; t < touchedCount; t++) {
                sums[touched[t]] = 0;
            }
            touchedCount = 0;
        }

        /** The {@code keep} best touched items, best first, through a min-heap of that size: no boxing, no full sort. */
        int[] best(int keep) {
            int size = Math.min(keep, touchedCount);
            int[] heap = new int[size];
            int filled = 0;
            for (int t = 0; t < touchedCount; t++) {
                int item = touched[t];
                if (filled < size) {
                    heap[filled++] = item;
                    siftUp(heap, filled - 1);
                } else if (better(item, heap[0])) {
                    heap[0] = item;
                    siftDown(heap, size);
                }
            }
            int[] best = new int[size];
            for (int n = size; n > 0; n--) {
                best[n - 1] = heap[0];
                heap[0] = heap[n - 1];
                siftDown(heap, n - 1);
            }
            return best;
        }

        /** Higher sum first; the lower id breaks ties, so training is deterministic. */
        private boolean better(int a, int b) {
            return sums[a] != sums[b] ? sums[a] > sums[b] : a < b;
        }

        private void siftUp(int[] heap, int index) {
            while (index > 0) {
                int parent = (index - 1) / 2;
                if (!better(heap[parent], heap[index])) {
                    return;
                }
                swap(heap, parent, index);
                index = parent;
            }
        }

        private void siftDown(int[] heap, int size) {
            int index = 0;
            while (true) {
                int child = 2 * index + 1;
                if (child >= size) {
                    return;
                }
                if (child + 1 < size && better(heap[child], heap[child + 1])) {
                    child++;
                }
                if (!better(heap[index], heap[child])) {
                    return;
                }
                swap(heap, index, child);
                index = child;
            }
        }

        private static void swap(int[] heap, int i, int j) {
            int kept = heap[i];
            heap[i] = heap[j];
            heap[j] = kept;
        }
    }
}
