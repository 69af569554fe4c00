-- issue 19: a sent passcode keeps the rules of the passcode table it was sent with (dmn/passcode-policy.dmn), so a
-- table deployed meanwhile changes only the next passcode; null on rows from before (the latest table applies)
alter table passcode add column max_wrong_attempts integer;
alter table passcode add column resend_allowed_at timestamp with time zone;
