package it.zona.demo;

import it.zona.district.DistrictRegistry;
import it.zona.identity.AccountRegistry;
import it.zona.shared.NotFoundException;
import it.zona.shared.StartUpStep;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo at start-up when demo mode is on and the demo District is not there yet. It goes
 * through the same services as a user would, signed in as the demo platform admin, so the demo
 * obeys every rule and shows up in the audit log. All or nothing: one transaction.
 *
 * <p>It runs in the phase just before the web server's start, so the server takes its first
 * request with the demo in (an application runner would run after the server had started, and a
 * new user would see an empty platform for a while); readiness goes UP only after it, too.
 */
@Component
class DemoData extends StartUpStep {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String ADMIN = "admin";

    private final DemoMode mode;
    private final AccountRegistry accounts;
    private final DistrictRegistry districts;
    private final PoggiardoDemo poggiardo;
    private final PoggiardoBudgetDemo budget;
    private final PoggiardoSpendingDemo spending;
    private final PoggiardoExportsDemo exports;
    private final PoggiardoServicesDemo services;
    private final PoggiardoCriteriaDemo criteria;
    private final PoggiardoIndicatorsDemo indicators;
    private final PoggiardoProgressDemo progress;
    private final PoggiardoMonitoringDemo monitoring;
    private final PoggiardoOpenDataDemo openData;
    private final PoggiardoMailDemo mail;
    private final TransactionTemplate transactions;
    private final String password;

    DemoData(
            DemoMode mode,
            AccountRegistry accounts,
            DistrictRegistry districts,
            PoggiardoDemo poggiardo,
            PoggiardoBudgetDemo budget,
            PoggiardoSpendingDemo spending,
            PoggiardoExportsDemo exports,
            PoggiardoServicesDemo services,
            PoggiardoCriteriaDemo criteria,
            PoggiardoIndicatorsDemo indicators,
            PoggiardoProgressDemo progress,
            PoggiardoMonitoringDemo monitoring,
            PoggiardoOpenDataDemo openData,
            PoggiardoMailDemo mail,
            TransactionTemplate transactions,
            @Value("${zona.demo.password:zona-demo}") String password) {
        // Before the first platform admin is looked for (BootstrapAdmin), which the demo provides.
        super(3);
        this.mode = mode;
        this.accounts = accounts;
        this.districts = districts;
        this.poggiardo = poggiardo;
        this.budget = budget;
        this.spending = spending;
        this.exports = exports;
        this.services = services;
        this.criteria = criteria;
        this.indicators = indicators;
        this.progress = progress;
        this.monitoring = monitoring;
        this.openData = openData;
        this.mail = mail;
        this.transactions = transactions;
        this.password = password;
    }

    @Override
    protected void run() {
        if (!mode.enabled() || exists(PoggiardoDemo.SLUG)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            accounts.provisionDemoAccount(ADMIN, "Amministratore della piattaforma (demo)", password, true);
            for (String username : List.of(PoggiardoDemo.ADMIN, PoggiardoDemo.EDITOR, PoggiardoDemo.VIEWER)) {
                accounts.provisionDemoAccount(username, PoggiardoDemo.displayName(username), password, false);
            }
            accounts.provisionDemoRepresentative(
                    PoggiardoDemo.REPRESENTATIVE,
                    "Giorgio Carluccio (persona fittizia)",
                    PoggiardoDemo.REPRESENTATIVE_EMAIL,
                    password);
            signInAs(ADMIN);
            try {
                poggiardo.load();
                budget.load();
                spending.load();
                exports.load();
                services.load();
                criteria.load();
                indicators.load();
                progress.load();
                monitoring.load();
                openData.load();
                mail.load();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        log.info(
                "Demo mode: loaded the Ambito di Poggiardo. Demo accounts: {}, {}, {}, {}, {} (password from zona.demo.password).",
                ADMIN,
                PoggiardoDemo.ADMIN,
                PoggiardoDemo.EDITOR,
                PoggiardoDemo.VIEWER,
                PoggiardoDemo.REPRESENTATIVE);
    }

    private boolean exists(String slug) {
        try {
            districts.ref(slug);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void signInAs(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
