package it.zona.catalogue;

import org.springframework.data.domain.Sort;

/** How the catalogue is sorted: by title, or the latest changed first. */
public enum ServiceOrder {
    TITLE(Sort.by(Sort.Order.asc("title"), Sort.Order.asc("id"))),
    UPDATED(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));

    private final Sort sort;

    ServiceOrder(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }
}
