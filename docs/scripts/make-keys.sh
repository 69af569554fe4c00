#!/usr/bin/env bash
# Key material for going live (docs/operations.md, "Key material"), with standard openssl and keytool only:
#   ca.pem, ca-key.pem        the device CA that issues customers' device certificates (R-REISSUE-3, R-UNLOCK-3)
#   crl.pem                   its CRL (empty at first; regenerate after every revocation, before next-update)
#   server.p12 (+ server.csr) the TLS key store, alias "server" (self-signed until the CSR's answer is imported)
#   mail-signing.p12          the S/MIME signing key, alias "mail-signing" (+ mail-signing.csr for a public CA)
#   device-<ID>.pem/-key.pem  with DEVICE_ID set: one device certificate, to try the certificate path with curl
#   password-center.env       the environment the app reads these files from (SERVER_SSL_* and PASSWORD_CENTER_*)
# Usage: KEY_STORE_PASSWORD=... [TLS_HOSTNAME=pc.example.com] [MAIL_FROM=no-reply@example.com]
#        [ORGANIZATION=Brokerage] [DEVICE_ID=A123456789] bash docs/scripts/make-keys.sh /etc/password-center/keys
# Existing files are kept (run it again to add what is missing), so a second run never replaces a key in use.
set -euo pipefail

out=${1:?usage: make-keys.sh OUTPUT_DIRECTORY}
: "${KEY_STORE_PASSWORD:?set KEY_STORE_PASSWORD: the password of server.p12 and mail-signing.p12}"
host=${TLS_HOSTNAME:-localhost}
mail=${MAIL_FROM:-no-reply@brokerage.example}
org=${ORGANIZATION:-Brokerage}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$out"
umask 077

# 1. The device CA: 10 years, RSA 3072, only for signing device certificates and CRLs.
if [ ! -f ca.pem ]; then
  openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes -keyout ca-key.pem -out ca.pem \
    -subj "/C=TW/O=$org/CN=$org Device CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
fi

# 2. Its CRL, made by `openssl ca` from a small CA database (ca-db/): revoke with
#    openssl ca -config ca-db/openssl.cnf -revoke device-A123456789.pem, then run step 2 again.
mkdir -p ca-db
[ -f ca-db/index.txt ] || : > ca-db/index.txt
[ -f ca-db/crlnumber ] || echo 1000 > ca-db/crlnumber
cat > ca-db/openssl.cnf <<CNF
[ca]
default_ca = device_ca
[device_ca]
dir = $out
database = \$dir/ca-db/index.txt
crlnumber = \$dir/ca-db/crlnumber
new_certs_dir = \$dir/ca-db
serial = \$dir/ca-db/serial
certificate = \$dir/ca.pem
private_key = \$dir/ca-key.pem
default_md = sha256
default_days = 825
default_crl_days = 30
policy = any
unique_subject = no
[any]
countryName = optional
organizationName = optional
serialNumber = supplied
commonName = supplied
[device]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
CNF
[ -f ca-db/serial ] || openssl rand -hex 16 > ca-db/serial
openssl ca -batch -config ca-db/openssl.cnf -gencrl -out crl.pem

# 3. The TLS key store (PKCS#12, alias server). Self-signed until a CA's answer to server.csr is imported with
#    keytool -importcert -alias server -keystore server.p12 -storetype PKCS12 -file server-signed.pem
if [ ! -f server.p12 ]; then
  keytool -genkeypair -alias server -keyalg RSA -keysize 3072 -sigalg SHA256withRSA -validity 825 \
    -dname "CN=$host, O=$org, C=TW" -ext "SAN=dns:$host" \
    -storetype PKCS12 -keystore server.p12 -storepass "$KEY_STORE_PASSWORD" -keypass "$KEY_STORE_PASSWORD"
  keytool -certreq -alias server -keystore server.p12 -storetype PKCS12 -storepass "$KEY_STORE_PASSWORD" \
    -ext "SAN=dns:$host" -file server.csr
fi
keytool -exportcert -rfc -alias server -keystore server.p12 -storetype PKCS12 -storepass "$KEY_STORE_PASSWORD" \
  -file server.pem

# 4. The S/MIME signing key (PKCS#12, alias mail-signing). mail-signing.csr goes to a public CA for S/MIME
#    (customers' mail clients must trust it); meanwhile the device CA signs it, so the chain can be checked.
if [ ! -f mail-signing.p12 ]; then
  openssl req -newkey rsa:3072 -sha256 -nodes -keyout mail-signing-key.pem -out mail-signing.csr \
    -subj "/C=TW/O=$org/CN=$org mail signing/emailAddress=$mail"
  openssl x509 -req -in mail-signing.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 825 -sha256 \
    -extfile <(printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=emailProtection\nsubjectAltName=email:%s\n' "$mail") \
    -out mail-signing.pem
  openssl pkcs12 -export -name mail-signing -inkey mail-signing-key.pem -in mail-signing.pem -certfile ca.pem \
    -out mail-signing.p12 -passout env:KEY_STORE_PASSWORD
  rm mail-signing-key.pem
fi

# 5. Optional: one device certificate (subject SERIALNUMBER = the customer's national ID or business number).
if [ -n "${DEVICE_ID:-}" ] && [ ! -f "device-$DEVICE_ID.pem" ]; then
  openssl req -newkey rsa:2048 -sha256 -nodes -keyout "device-$DEVICE_ID-key.pem" -out "device-$DEVICE_ID.csr" \
    -subj "/C=TW/O=$org/serialNumber=$DEVICE_ID/CN=${DEVICE_NAME:-$DEVICE_ID}" -utf8
  openssl ca -batch -config ca-db/openssl.cnf -extensions device -notext -in "device-$DEVICE_ID.csr" \
    -out "device-$DEVICE_ID.pem"
fi

# 6. What the app reads (docs/operations.md lists every variable).
cat > password-center.env <<ENV
SERVER_SSL_ENABLED=true
SERVER_SSL_KEY_STORE=file:$out/server.p12
SERVER_SSL_KEY_STORE_TYPE=PKCS12
SERVER_SSL_KEY_STORE_PASSWORD=$KEY_STORE_PASSWORD
SERVER_SSL_KEY_ALIAS=server
SERVER_SSL_CLIENT_AUTH=want
SERVER_SSL_TRUST_CERTIFICATE=file:$out/ca.pem
PASSWORD_CENTER_CERTIFICATE_CA=$out/ca.pem
PASSWORD_CENTER_CERTIFICATE_CRL=$out/crl.pem
PASSWORD_CENTER_MAIL_SIGNING_KEY_STORE=$out/mail-signing.p12
PASSWORD_CENTER_MAIL_SIGNING_PASSWORD=$KEY_STORE_PASSWORD
ENV
echo "key material in $out; environment in $out/password-center.env"
