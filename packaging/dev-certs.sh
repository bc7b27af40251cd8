#!/usr/bin/env bash
# Makes a local development CA and a server certificate for 127.0.0.1/localhost, signed by it, and the
# Ed25519 key pair that signs offline content (the server's --signing-key, the app's --content-key).
# Usage: dev-certs.sh OUTDIR
#   -> OUTDIR/{ca.pem,ca.key,server.pem,server.key,content-signing.key,content-key.pem}
# Idempotent: existing, still-valid files are kept.
set -euo pipefail
out=${1:?usage: dev-certs.sh OUTDIR}
mkdir -p "$out"
cd "$out"
if [ ! -s content-signing.key ]; then
    (umask 077 && openssl genpkey -algorithm ed25519 -out content-signing.key)
    rm -f content-key.pem
fi
if [ ! -s content-key.pem ]; then
    openssl pkey -in content-signing.key -pubout -out content-key.pem
    chmod 644 content-key.pem
fi
if [ -s ca.pem ] && [ -s server.pem ] && [ -s server.key ] && openssl x509 -checkend 86400 -noout -in server.pem >/dev/null; then
    exit 0
fi
umask 077
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 825 \
    -subj "/O=Tek Pou Nou/CN=Tek Pou Nou development CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout ca.key -out ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -sha256 -subj "/O=Tek Pou Nou/CN=localhost" \
    -keyout server.key -out server.csr 2>/dev/null
cat > server.ext <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EXT
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -sha256 \
    -extfile server.ext -out server.pem 2>/dev/null
rm -f server.csr server.ext ca.srl
chmod 644 ca.pem server.pem
