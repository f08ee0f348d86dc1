-- Indexes for the reads of the public pages that had none (a District's page, a plan's facilities,
-- what became of the needs and notes heard at the tables), and for the look-ups the pages make
-- from a row to what uses it (an objective's interventions, an organisation's partnerships, a
-- funding source's lines). At national scale each was a scan of a table of every District.
create index governing_body_district_idx on governing_body (district_id);
create index office_district_idx on office (district_id);
create index facility_plan_idx on facility (plan_id);
create index heard_need_plan_idx on heard_need (plan_id);
create index progress_note_plan_idx on progress_note (plan_id);
create index intervention_objective_idx on intervention (objective_id);
create index intervention_partner_organization_idx on intervention_partner (organization_id);
create index budget_line_source_idx on budget_line (funding_source_id);
