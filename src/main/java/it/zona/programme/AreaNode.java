package it.zona.programme;

import java.util.List;

/** A top-level area of a plan with the areas grouped inside it, in their order. */
public record AreaNode(PolicyAreaView area, List<PolicyAreaView> children) {}
