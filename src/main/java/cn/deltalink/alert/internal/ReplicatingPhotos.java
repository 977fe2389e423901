package cn.deltalink.alert.internal;

import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.RegisterReplica;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps this node's copies of other nodes' alert photos ({@value AttachingPhotos#REGISTER}): a newer
 * version replaces the photo or, without content, removes it. A photo whose bytes are not the JPEG or
 * PNG its entry names, or not the ones its SM3 digest names, refuses the message.
 */
@Component
class ReplicatingPhotos implements RegisterReplica {

  private final AlertPhotos photos;
  private final JsonMapper json;

  ReplicatingPhotos(AlertPhotos photos, JsonMapper json) {
    this.photos = photos;
    this.json = json;
  }

  @Override
  public String register() {
    return AttachingPhotos.REGISTER;
  }

  @Override
  public void apply(List<RegisterEntry> newer) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    for (RegisterEntry entry : newer) {
      AttachingPhotos.PhotoEntry content;
      try {
        content = json.readValue(entry.payloadJson(), AttachingPhotos.PhotoEntry.class);
      } catch (JacksonException e) {
        throw new IllegalArgumentException("Photo entry " + entry.id() + " is not a photo: " + e.getOriginalMessage(), e);
      }
      if (!entry.id().equals(content.alertId())) {
        throw new IllegalArgumentException("Photo entry " + entry.id() + " names another alert");
      }
      if (content.base64() == null) {
        photos.remove(entry.id());
        continue;
      }
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(content.base64());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Photo entry " + entry.id() + " is not valid base64");
      }
      if (bytes.length > AlertPhoto.MAX_BYTES || content.contentType() == null || content.sm3() == null) {
        throw new IllegalArgumentException("Photo entry " + entry.id() + " is over the size limit or lacks its type or digest");
      }
      photos.store(new AlertPhoto(entry.id(), entry.version(), content.contentType(), bytes, content.sm3()), entry.ownerNode(), at);
    }
  }
}
