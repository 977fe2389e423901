package cn.deltalink.alert.internal;

import static cn.deltalink.alert.internal.Refused.ALERT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The photo of a person alert: put by the issuing province, read (audited) wherever the alert is held. */
@RestController
@Tag(name = "alerts")
@RequestMapping("/api/v1/alerts/{id}/photo")
class PhotoApi {

  record PhotoJson(UUID alertId, long version, String contentType, int bytes, String sm3) {}

  private final AttachingPhotos attaching;
  private final ViewingPhotos viewing;

  PhotoApi(AttachingPhotos attaching, ViewingPhotos viewing) {
    this.attaching = attaching;
    this.viewing = viewing;
  }

  @Operation(
      summary = "Put a photo on a person alert of this province (replaces any earlier one)",
      description = "The body is the JPEG or PNG file itself, at most 256 KiB and 4000 pixels a side; its type is read from its content, not from the"
          + " Content-Type header. The photo travels to every node the alert is addressed to.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
          @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))}))
  @PutMapping
  PhotoJson put(@PathVariable UUID id, HttpServletRequest request) {
    AlertPhoto photo = attaching.attach(id, bounded(request));
    return new PhotoJson(photo.alertId(), photo.version(), photo.contentType(), photo.content().length, photo.sm3());
  }

  @Operation(
      summary = "The photo of an alert (audited as personal data)",
      description = "For investigators, checkpoint officers, duty officers and supervisors; purpose is recorded in the audit trail.",
      responses = @ApiResponse(responseCode = "200", content = {
          @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))}))
  @GetMapping
  ResponseEntity<byte[]> get(@PathVariable UUID id, @RequestParam(required = false) @Nullable String purpose) {
    return image(viewing.open(id, purposeOf(purpose)));
  }

  @Operation(summary = "Take the photo off an alert of this province, everywhere")
  @DeleteMapping
  ResponseEntity<Map<String, String>> delete(@PathVariable UUID id) {
    attaching.remove(id);
    return ResponseEntity.ok(Map.of("removed", id.toString()));
  }

  static String purposeOf(@Nullable String purpose) {
    return purpose == null || purpose.isBlank() ? ReadingAlerts.DEFAULT_PURPOSE : AlertForm.shorten(purpose.strip());
  }

  /** The photo as its own type, never cached and never sniffed by the browser as anything else. */
  static ResponseEntity<byte[]> image(AlertPhoto photo) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .body(photo.content());
  }

  /**
   * The body, read only up to the limit: the announced length is checked before anything is read, and
   * a body that goes on past the limit (no or a false length) is refused without being kept.
   */
  static byte[] bounded(HttpServletRequest request) {
    long announced = request.getContentLengthLong();
    if (announced > AlertPhoto.MAX_BYTES) {
      throw ALERT.tooLarge("alert.refused.photo.tooLarge", announced, AlertPhoto.MAX_BYTES);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] content = in.readNBytes(AlertPhoto.MAX_BYTES + 1);
      if (content.length > AlertPhoto.MAX_BYTES) {
        throw ALERT.tooLarge("alert.refused.photo.tooLarge", content.length, AlertPhoto.MAX_BYTES);
      }
      return content;
    } catch (IOException e) {
      throw ALERT.invalid("alert.refused.photo.unreadable");
    }
  }
}
