package it.zona.programme;

import java.util.Comparator;
import java.util.List;

/** Something kept in the order the Ufficio di Piano chooses: areas, target groups, objectives. */
interface Positioned {

    int position();

    void placeAt(int position);

    enum Direction {
        UP,
        DOWN
    }

    /** The position after the last of these siblings. */
    static int after(List<? extends Positioned> siblings) {
        return siblings.stream().mapToInt(Positioned::position).max().orElse(0) + 1;
    }

    /**
     * Swaps the item with its neighbour among its siblings; at either end nothing moves. Answers
     * the neighbour that moved too, or null.
     */
    static <T extends Positioned> T move(List<T> siblings, T item, Direction direction) {
        List<T> ordered = siblings.stream()
                .sorted(Comparator.comparingInt(Positioned::position))
                .toList();
        int index = ordered.indexOf(item);
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return null;
        }
        T neighbour = ordered.get(other);
        int mine = item.position();
        item.placeAt(neighbour.position());
        neighbour.placeAt(mine);
        return neighbour;
    }
}
