package cn.deltalink.casework.internal.assistance;

import org.jspecify.annotations.Nullable;

/** A file sent with a request or a reply (through the JSON API, or a page form's file turned into one): name, type and content in Base64. */
public record Attachment(@Nullable String name, @Nullable String contentType, @Nullable String contentBase64) {

  /** How many files a request or a reply carries at most (each at most {@code CaseFiles.MAX_BYTES}). */
  public static final int MAX_FILES = 5;

  /** A file a page form sent (multipart), in the API's form, so that both go through the same checks and services. */
  public static Attachment of(String name, String contentType, byte[] content) {
    return new Attachment(name, contentType, java.util.Base64.getEncoder().encodeToString(content));
  }
}
