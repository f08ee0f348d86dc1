package it.zona.plan;

import java.time.LocalDate;

/**
 * An act Zona holds that can decide a step of a plan's iter (a resolution, the program agreement):
 * {@code link} is its page in Zona and names it in the plan's history, {@code label} says what it is
 * as the act itself says it, {@code date} is the day it was taken.
 */
public record PlanAct(String link, String label, LocalDate date) {}
