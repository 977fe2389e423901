/**
 * Regional bulletins (协查通报): an officer writes a bulletin to other provinces (or all of them), it
 * travels as one exchange message, each reader's acknowledgement travels back, and the sender sees
 * per target whether it was delivered and who there has read it. Handling codes are enforced where
 * the bulletin is received. The module offers no Java API to other modules; its interface is the JSON
 * API under {@code /api/v1/bulletins} and the pages under {@code /bulletins}.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.bulletin;
