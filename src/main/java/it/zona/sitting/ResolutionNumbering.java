package it.zona.sitting;

import java.util.Locale;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides agenda items. A resolution takes the highest number of its body and year plus one, and the
 * database's unique constraint refuses a number another node took meanwhile: then the decision is
 * tried again, in a new transaction, with the next number. Numbers come only from committed
 * resolutions, which are never deleted, so they stay unique and without gaps.
 */
@Service
public class ResolutionNumbering {

    private static final int ATTEMPTS = 8;

    private final SittingRegistry sittings;
    private final TransactionTemplate transactions;

    ResolutionNumbering(SittingRegistry sittings, TransactionTemplate transactions) {
        this.sittings = sittings;
        this.transactions = transactions;
    }

    public SittingView.ItemView decide(long sittingId, int number, long expectedVersion) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Inside a caller's transaction (the demo): nothing to retry in, and no one to race.
            return sittings.decideOnce(sittingId, number, expectedVersion);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> sittings.decideOnce(sittingId, number, expectedVersion));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException taken) {
                if (attempt == ATTEMPTS || !isNumberTaken(taken)) {
                    throw taken;
                }
            }
        }
    }

    private static boolean isNumberTaken(DataAccessException e) {
        if (e instanceof PessimisticLockingFailureException) {
            return true;
        }
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("resolution_number_uq");
    }
}
