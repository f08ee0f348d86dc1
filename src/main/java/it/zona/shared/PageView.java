package it.zona.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** One page of a list, as pages and the API show it. {@code page} counts from 0. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** The largest {@code size} an API list answers; more is a 400. */
    public static final int MAX_SIZE = 100;

    /** The size asked for, or the list's own when none was. */
    public static int size(Integer asked, int listDefault) {
        return asked == null ? listDefault : asked;
    }

    /**
     * The database page to read for a page asked by a visitor: page from 0, size from 1 to {@link
     * #MAX_SIZE}. A page so far past the end that its first row is beyond what the database counts
     * (an int) is read as the last such page: as empty, rather than an error.
     */
    public static PageRequest request(int page, int size, Sort sort) {
        int rows = Math.min(Math.max(size, 1), MAX_SIZE);
        return PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / rows), rows, sort);
    }

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageView<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    /**
     * A page of a list held in memory, for lists small enough to filter and sort there. A page past
     * the end is empty, as the database's pages are: repeating the last one would make a client
     * that reads until an empty page loop for ever.
     */
    public static <T> PageView<T> slice(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int current = Math.max(page, 0);
        int from = (int) Math.min((long) current * size, all.size());
        return new PageView<>(
                List.copyOf(all.subList(from, Math.min(from + size, all.size()))), current, size, all.size(), pages);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
