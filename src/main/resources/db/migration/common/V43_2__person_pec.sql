-- A person's certified e-mail (PEC): where formal acts such as a convocation go, before the e-mail.
alter table person add column pec varchar(254);
