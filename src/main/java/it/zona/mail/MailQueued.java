package it.zona.mail;

/** A message entered the outbox; published inside the sender's transaction. */
record MailQueued(long id) {}
