package it.zona.spending;

import it.zona.budget.BudgetLineView;

/**
 * A budget line with its spending: the line as the budget plans it, the code the accounting system
 * knows it by, and its figures. {@code version} is the accounting code's.
 */
public record LineSpending(BudgetLineView line, String accountingCode, SpendingFigures figures, long version) {}
