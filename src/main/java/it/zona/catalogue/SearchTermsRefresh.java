package it.zona.catalogue;

import it.zona.shared.StartUpStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes again, before the first search, the stems a service kept under an older way of making them
 * ({@link SearchTerms#VERSION}): the database cannot, since the stems are Java's. Nothing else of a
 * service changes, so neither its version nor its history.
 */
@Component
class SearchTermsRefresh extends StartUpStep {

    private static final Logger log = LoggerFactory.getLogger(SearchTermsRefresh.class);

    private final SocialServices services;
    private final TransactionTemplate transaction;

    SearchTermsRefresh(SocialServices services, TransactionTemplate transaction) {
        // Before the demo (3 phases from the server), which writes its services with today's stems.
        super(4);
        this.services = services;
        this.transaction = transaction;
    }

    @Override
    protected void run() {
        int refreshed = transaction.execute(status -> {
            var stale = services.findBySearchTermsVersionLessThan(SearchTerms.VERSION);
            // Once per change of SearchTerms, at start-up: a statement per service is no burden.
            stale.forEach(service -> services.restem(service.id(), service.stems(), SearchTerms.VERSION));
            return stale.size();
        });
        if (refreshed > 0) {
            log.info("Search terms made again for {} services", refreshed);
        }
    }
}
