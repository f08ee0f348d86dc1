package it.zona.participation.tables;

import it.zona.programme.Named;

/** The coordinator of a plan's tables as the API reads it: the person appointed, and the version to send back. */
record CoordinatorView(Named person, long version) {}
