-- The classification code of a service, from the installation's list (zona.catalogue.service-codes).
alter table social_service add column service_code varchar(40);
-- How the stems of search_terms were made (catalogue.SearchTerms.VERSION): rows below today's are
-- stemmed again at start-up.
alter table social_service add column search_terms_version integer not null default 1;
