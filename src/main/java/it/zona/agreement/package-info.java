/**
 * The Accordo di Programma that adopts a plan (art. 19 L. 328/2000, art. 34 D.Lgs 267/2000): its
 * parties and signatories, the frozen PDF they sign, and their digital signatures (PAdES or CAdES)
 * validated with the EU's DSS library against configured trust anchors; each party may upload its own
 * through a personal link the office sends it by e-mail.
 */
@ApplicationModule(
        allowedDependencies = {"archive", "district", "document", "identity", "mail", "organization", "plan", "shared"})
package it.zona.agreement;

import org.springframework.modulith.ApplicationModule;
