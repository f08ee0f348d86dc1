package it.zona.demo;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Lets go of the entities a long generating transaction has written. A generated District is one
 * transaction of thousands of rows; Hibernate keeps every entity it wrote and, before each query,
 * checks them all for changes to flush, so without this each step would cost more than the one
 * before. The services hand out views, never entities, so nothing held by the caller goes stale.
 */
@Component
class WrittenEntities {

    private final EntityManager entityManager;

    WrittenEntities(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Writes what is pending to the database (still in the transaction) and forgets the entities. */
    void release() {
        entityManager.flush();
        entityManager.clear();
    }
}
