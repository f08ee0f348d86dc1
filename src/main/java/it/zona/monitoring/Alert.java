package it.zona.monitoring;

import java.util.List;

/**
 * One thing to fix: its kind, the plan it is in, the thing itself ({@code subject}, a stable key
 * such as {@code budget-line:12}), what the message says of it ({@code arguments}, in the order of
 * the kind's message) and the page where it is fixed.
 */
record Alert(AlertKind kind, long planId, String subject, List<Object> arguments, String link) {

    Alert {
        arguments = List.copyOf(arguments);
    }

    String messageKey() {
        return "monitoring.alert." + kind.name();
    }
}
