/*
 * Linked into the published binary (publish.sh) ahead of OpenSSL's static libssl.a, so that libssl stays out of it.
 *
 * .NET's crypto shim initialises OpenSSL with OPENSSL_init_ssl(), whose only definition in the static libraries is in
 * libssl; that one reference pulled about 0.5 MB of TLS code (record layer, handshake state machines, cipher lists)
 * into a binary that never opens a TLS connection: RomCurator uses OpenSSL only for MD5, SHA-1 and the AES of
 * encrypted archives, all in libcrypto. This definition does what OPENSSL_init_ssl() does for libcrypto (the same
 * OPENSSL_init_crypto() call with the same options) and leaves out the TLS-only part (TLS error strings, cipher list).
 * If the product ever needs TLS (HttpClient over https, SslStream), delete this file: libssl's real OPENSSL_init_ssl()
 * must then be linked.
 */
#include <openssl/crypto.h>
#include <openssl/ssl.h>

int OPENSSL_init_ssl(uint64_t opts, const OPENSSL_INIT_SETTINGS *settings)
{
    /* libssl's version adds these two (OpenSSL 3, ssl/ssl_init.c) before calling OPENSSL_init_crypto(). */
    opts |= OPENSSL_INIT_ADD_ALL_CIPHERS | OPENSSL_INIT_ADD_ALL_DIGESTS;
    opts &= ~(uint64_t)(OPENSSL_INIT_NO_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_SSL_STRINGS);
    return OPENSSL_init_crypto(opts, settings);
}
