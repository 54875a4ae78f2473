-- An API request sent with an Idempotency-Key, kept for a day so that the same request sent again
-- (a client that retries after a timeout) is answered as the first was and not done twice. The
-- key is a digest of the account, the method, the path and the client's key; the body is kept as
-- a digest only, to tell the same request from another one under the same key; the answer is
-- sealed. A row without a status is a request still being handled.
create table api_idempotency (
    request_key       text                     not null primary key,
    body_digest       text                     not null,
    received_at       timestamp with time zone not null,
    status            integer,
    content_type      text,
    location          text,
    answer_ciphertext bytea,
    constraint api_idempotency_key_is_a_digest check (request_key ~ '^[0-9a-f]{64}$'),
    constraint api_idempotency_body_is_a_digest check (body_digest ~ '^[0-9a-f]{64}$'),
    constraint api_idempotency_status_is_success check (status between 200 and 299),
    constraint api_idempotency_content_type_length check (length(content_type) <= 200),
    constraint api_idempotency_location_length check (length(location) <= 2000)
);
create index api_idempotency_by_received_at on api_idempotency (received_at);
