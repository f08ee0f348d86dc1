/**
 * The sittings of a District's governing bodies (Coordinamento istituzionale, Conferenza dei
 * Sindaci, assembly, board): convocation with a numbered agenda, mailed to the members
 * ({@code convocation}), attendance and quorum by the body's rules, votes by name, the resolutions
 * an approved item becomes, numbered without gaps per body and year, and the minutes ({@code minutes}).
 */
@ApplicationModule(
        allowedDependencies = {
            "district",
            "document",
            "governance",
            "identity",
            "mail",
            "municipality",
            "opendata",
            "organization",
            "plan",
            "shared"
        })
package it.zona.sitting;

import org.springframework.modulith.ApplicationModule;
