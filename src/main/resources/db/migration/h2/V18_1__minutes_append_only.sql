-- Approved minutes are never changed, whoever runs the SQL (PostgreSQL has the same in PL/pgSQL).
create trigger meeting_minutes_approved_frozen before update, delete on meeting_minutes
    for each row call 'it.zona.participation.H2ApprovedMinutesTrigger';
create trigger meeting_minutes_decision_frozen before update, delete on meeting_minutes_decision
    for each row call 'it.zona.participation.H2ApprovedMinutesTrigger';
create trigger meeting_minutes_attendance_frozen before update, delete on meeting_minutes_attendance
    for each row call 'it.zona.participation.H2ApprovedMinutesTrigger';
