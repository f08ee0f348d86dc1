/**
 * The planning space the tables, meetings and minutes belong to: today a District's plan. Who may run
 * them (the District's editors, the coordinator and the liaisons) and read the staff's side, what every
 * participation page shares, and the links the mail carries.
 */
@ApplicationModule(allowedDependencies = {"identity", "organization", "plan", "shared"})
package it.zona.participation.space;

import org.springframework.modulith.ApplicationModule;
