package it.zona.identity;

import it.zona.shared.StartUpStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode no account exists with a known password. The first platform admin is created
 * at start-up from {@code zona.admin.username} and {@code zona.admin.password} (for example the
 * environment variables ZONA_ADMIN_USERNAME and ZONA_ADMIN_PASSWORD), and only while no platform
 * admin exists: the settings can then be removed. It runs just before the web server opens its
 * port, so nobody meets a platform without its admin.
 */
@Component
class BootstrapAdmin extends StartUpStep {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final AccountRegistry directory;
    private final String username;
    private final String password;
    private final TransactionTemplate transactions;

    BootstrapAdmin(
            Accounts accounts,
            AccountRegistry directory,
            TransactionTemplate transactions,
            @Value("${zona.admin.username:}") String username,
            @Value("${zona.admin.password:}") String password) {
        // After the demo, which may provide the first platform admin; before the national data set,
        // which writes as the admin created here.
        super(2);
        this.accounts = accounts;
        this.directory = directory;
        this.username = username;
        this.password = password;
        this.transactions = transactions;
    }

    @Override
    protected void run() {
        transactions.executeWithoutResult(status -> createFirstAdmin());
    }

    private void createFirstAdmin() {
        if (accounts.existsByPlatformAdminTrue()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No platform admin exists. Set zona.admin.username and zona.admin.password (or "
                    + "ZONA_ADMIN_USERNAME and ZONA_ADMIN_PASSWORD) and restart to create the first one.");
            return;
        }
        directory.provision(username, "Platform admin", password, true);
        log.info("Created the first platform admin '{}'.", username);
    }
}
