"""See a record: static HTML review pages of records (with gold when given) and the evaluation report."""
