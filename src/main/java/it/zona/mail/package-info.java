/**
 * E-mail to staff and members: other modules hand a {@link it.zona.mail.Mail} to the {@link
 * it.zona.mail.Mailer}, which keeps it in an outbox and sends it over SMTP once their change commits.
 */
@ApplicationModule(allowedDependencies = {"identity", "shared"})
package it.zona.mail;

import org.springframework.modulith.ApplicationModule;
