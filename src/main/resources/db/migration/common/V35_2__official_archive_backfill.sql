-- The archive starts with the official documents Zona already held: resolutions, frozen plan
-- documents, the frozen agreements and their passed signed files, with the digests they were kept
-- with. (Table minutes were printed on request until now, with no bytes kept: they enter the
-- archive from their next approval.)
insert into archived_document (district_id, kind, series, version, title, governing_body_id, plan_id,
        public_with_plan, issued_on, issued_year, page, file_name, media_type, sha256, size_bytes, archived_at)
select r.district_id, 'RESOLUTION', 'resolution:' || cast(r.id as varchar(20)), 1,
       'Delibera n. ' || cast(r.act_number as varchar(10)) || ' del ' || to_char(r.adopted_on, 'DD/MM/YYYY')
           || ' (' || b.name || ') – ' || r.title,
       r.governing_body_id, null, false, r.adopted_on, extract(year from r.adopted_on),
       '/resolutions/' || cast(r.id as varchar(20)),
       'delibera-' || cast(r.act_number as varchar(10)) || '-' || cast(r.act_year as varchar(10)) || '.pdf',
       'application/pdf', d.sha256, d.size_bytes, r.created_at
from resolution r
join resolution_document d on d.resolution_id = r.id
join governing_body b on b.id = r.governing_body_id;

insert into archived_document (district_id, kind, series, version, title, governing_body_id, plan_id,
        public_with_plan, issued_on, issued_year, act, page, file_name, media_type, sha256, size_bytes,
        archived_at, archived_by)
select o.district_id, 'PLAN_DOCUMENT',
       'plan-document:' || cast(o.plan_id as varchar(20)) || ':' || o.kind,
       row_number() over (partition by o.plan_id, o.kind order by o.id),
       o.title, null, o.plan_id, true, o.frozen_on, extract(year from o.frozen_on), o.act,
       '/documents/' || cast(o.id as varchar(20)), o.file_name, 'application/pdf', o.sha256, o.size_bytes,
       o.frozen_at, o.frozen_by
from official_document o;

insert into archived_document (district_id, kind, series, version, title, governing_body_id, plan_id,
        public_with_plan, issued_on, issued_year, page, file_name, media_type, sha256, size_bytes, archived_at)
select a.district_id, 'AGREEMENT', 'agreement:' || cast(a.id as varchar(20)), 1,
       'Accordo di Programma – ' || a.title, null, a.plan_id, true, cast(a.frozen_at as date),
       extract(year from a.frozen_at), '/plans/' || cast(a.plan_id as varchar(20)) || '/agreement',
       'accordo-di-programma-' || cast(a.plan_id as varchar(20)) || '.pdf', 'application/pdf',
       f.sha256, f.size_bytes, a.frozen_at
from program_agreement a
join agreement_file f on f.id = a.frozen_file_id;

insert into archived_document (district_id, kind, series, version, title, governing_body_id, plan_id,
        public_with_plan, issued_on, issued_year, page, file_name, media_type, sha256, size_bytes,
        archived_at, archived_by)
select a.district_id, 'SIGNED_AGREEMENT',
       'agreement:' || cast(a.id as varchar(20)) || ':party:' || cast(s.party_id as varchar(20)),
       row_number() over (partition by s.party_id order by s.id),
       'Accordo di Programma – ' || a.title || ' – firmato da ' || o.name, null, a.plan_id, true,
       cast(s.uploaded_at as date), extract(year from s.uploaded_at),
       '/plans/' || cast(a.plan_id as varchar(20)) || '/agreement', s.file_name,
       case s.format when 'PADES' then 'application/pdf' else 'application/pkcs7-mime' end,
       f.sha256, f.size_bytes, s.uploaded_at, s.uploaded_by
from agreement_signature s
join program_agreement a on a.id = s.agreement_id
join agreement_party p on p.id = s.party_id
join organization o on o.id = p.organization_id
join agreement_file f on f.id = s.file_id
where s.indication = 'PASSED';

insert into archived_file (document_id, content)
select d.id, r.content
from archived_document d
join resolution_document r on d.series = 'resolution:' || cast(r.resolution_id as varchar(20));

insert into archived_file (document_id, content)
select d.id, o.content
from archived_document d
join official_document o on d.page = '/documents/' || cast(o.id as varchar(20)) and d.kind = 'PLAN_DOCUMENT';

insert into archived_file (document_id, content)
select d.id, f.content
from archived_document d
join program_agreement a on d.series = 'agreement:' || cast(a.id as varchar(20))
join agreement_file f on f.id = a.frozen_file_id;

insert into archived_file (document_id, content)
select d.id, f.content
from archived_document d
join (select s.file_id, s.agreement_id, s.party_id,
             row_number() over (partition by s.party_id order by s.id) as version
      from agreement_signature s where s.indication = 'PASSED') s
  on d.series = 'agreement:' || cast(s.agreement_id as varchar(20)) || ':party:' || cast(s.party_id as varchar(20))
 and d.version = s.version
join agreement_file f on f.id = s.file_id;
