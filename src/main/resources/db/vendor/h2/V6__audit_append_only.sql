-- The audit trail is append-only, whoever connects: no UPDATE, no DELETE (see AppendOnlyTrigger).
create trigger audit_event_no_change before update, delete on audit_event
    for each row call "vn.giaoviec.audit.AppendOnlyTrigger";
