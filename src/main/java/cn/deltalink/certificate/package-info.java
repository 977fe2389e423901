/**
 * Electronic certificates (电子证明): PDF documents with an embedded Chinese font and a QR code, signed
 * with the issuing node's SM2 key. Every node keeps a replica of the region's certificate index
 * (code, issuer, SM3 digest of the PDF, signature, status) through the shared registers, so that
 * anyone can verify a certificate at any node without logging in, even while its issuer is down
 * (ADR 030).
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.certificate;
