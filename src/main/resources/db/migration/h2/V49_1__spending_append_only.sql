-- A spending entry is never changed nor removed: a correction is a new entry naming it.
create trigger spending_entry_append_only before update, delete on spending_entry
    for each row call 'it.zona.spending.H2LedgerTrigger';
