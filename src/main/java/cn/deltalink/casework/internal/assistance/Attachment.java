package cn.deltalink.casework.internal.assistance;

import org.jspecify.annotations.Nullable;

/** A file sent with a request or a reply through the JSON API: name, type and content in Base64. */
public record Attachment(@Nullable String name, @Nullable String contentType, @Nullable String contentBase64) {}
