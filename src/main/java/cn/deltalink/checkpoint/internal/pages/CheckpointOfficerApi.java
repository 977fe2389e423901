package cn.deltalink.checkpoint.internal.pages;

import cn.deltalink.checkpoint.internal.stations.CheckpointAssignments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators post checkpoint officers to checkpoints (audited). */
@RestController
@Tag(name = "checkpoints")
class CheckpointOfficerApi {

  private final CheckpointAssignments assignments;

  CheckpointOfficerApi(CheckpointAssignments assignments) {
    this.assignments = assignments;
  }

  @Operation(summary = "Every checkpoint officer of this node and the checkpoint each is posted at (administrators)")
  @GetMapping("/api/v1/checkpoint-officers")
  List<CheckpointAssignments.Posting> all() {
    return assignments.postings();
  }

  @Operation(summary = "The checkpoint officers posted at a checkpoint (administrators)")
  @GetMapping("/api/v1/checkpoints/{code}/officers")
  List<CheckpointAssignments.Posting> at(@PathVariable String code) {
    return assignments.at(code);
  }

  @Operation(
      summary = "Post a checkpoint officer at this checkpoint (administrators)",
      description = "The officer must hold the checkpoint officer role; one checkpoint at a time, so this moves them from any other. From then on they see this"
          + " checkpoint's screen and hits only.")
  @PutMapping("/api/v1/checkpoints/{code}/officers/{username}")
  CheckpointAssignments.Posting assign(@PathVariable String code, @PathVariable String username) {
    return assignments.assign(code, username);
  }

  @Operation(summary = "Take a checkpoint officer off this checkpoint (administrators)")
  @DeleteMapping("/api/v1/checkpoints/{code}/officers/{username}")
  Map<String, String> unassign(@PathVariable String code, @PathVariable String username) {
    assignments.unassign(code, username);
    return Map.of("unassigned", username, "checkpoint", code);
  }
}
