/**
 * The Piano di Zona: the plan a District adopts for (usually) three years, the stages of its iter
 * from the launch to the closing, and its content: policy areas and target groups, the needs heard,
 * general and yearly objectives, and the interventions that answer them.
 */
package it.zona.plan;
