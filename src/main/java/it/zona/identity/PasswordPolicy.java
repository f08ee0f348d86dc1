package it.zona.identity;

import it.zona.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/** Length over composition rules (NIST SP 800-63B): 12 to 128 characters, not the username. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw RuleViolationException.invalid(field, "validation.password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw RuleViolationException.invalid(field, "validation.password.username");
        }
    }
}
