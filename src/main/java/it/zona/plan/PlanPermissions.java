package it.zona.plan;

/** What the current user may do with a plan, for pages to show or hide their actions. */
public record PlanPermissions(boolean canEdit, boolean canMoveStage, boolean reasonRequired, boolean staff) {}
