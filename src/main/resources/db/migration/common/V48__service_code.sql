-- The classification code of a service, from the installation's list (zona.catalogue.service-codes).
alter table social_service add column service_code varchar(40);
