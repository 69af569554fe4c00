-- Issue 16: one slow hash per login whatever the customer's shape (docs/decisions.md#hashing).
-- customer.web_password_salt: the bcrypt salt with its cost ("$2a$10$" + 22 characters) from which the login derives
-- one key K per attempt; account.web_password_verifier: HMAC-SHA-256(K, the account) in hex. web_password_hash stays
-- for the legacy formats ({bcrypt}, {pbkdf2}, {scrypt}, {argon2}) until the next successful login re-hashes it.
alter table customer add column web_password_salt varchar(64);
alter table account add column web_password_verifier varchar(64);
alter table account alter column web_password_hash drop not null;
