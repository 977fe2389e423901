-- The kind of an audit entry's outcome (issue 8), so that figures and searches match it exactly
-- instead of by the text's prefix. The kind is not part of the entry's hash: the outcome text, which
-- is hashed, begins with the same word for every entry written from now on.
alter table audit_entry add column outcome_kind varchar(8);

-- Entries written before the kind existed are classified once by their text.
update audit_entry set outcome_kind = case
    when outcome like 'denied%' then 'denied'
    when outcome like 'rejected%' or outcome = 'not found' then 'rejected'
    when action in ('login.failure', 'login.lockout') then 'failed'
    else 'ok'
  end;

alter table audit_entry alter column outcome_kind set not null;
alter table audit_entry add constraint audit_entry_outcome_kind check (outcome_kind in ('ok', 'denied', 'rejected', 'failed'));
create index audit_entry_refusals on audit_entry (at) where outcome_kind = 'denied';
