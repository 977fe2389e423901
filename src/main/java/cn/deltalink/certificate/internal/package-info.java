/** The certificate module's inside: rendering (pdf), issuing and revoking with the index replica (issuing), the public check (verifying). */
@org.jspecify.annotations.NullMarked
package cn.deltalink.certificate.internal;
