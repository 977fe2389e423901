package cn.deltalink.checkpoint.internal.pages;

import cn.deltalink.checkpoint.internal.CheckpointRefusals;
import cn.deltalink.checkpoint.internal.stations.CheckpointAssignments;
import cn.deltalink.checkpoint.internal.stations.Checkpoints;

import cn.deltalink.platform.RequestRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page that posts checkpoint officers to checkpoints. */
@Controller
class CheckpointOfficerPages {

  private final CheckpointAssignments assignments;
  private final Checkpoints checkpoints;
  private final MessageSource messages;

  CheckpointOfficerPages(CheckpointAssignments assignments, Checkpoints checkpoints, MessageSource messages) {
    this.assignments = assignments;
    this.checkpoints = checkpoints;
    this.messages = messages;
  }

  @GetMapping("/admin/checkpoint-officers")
  String page(Model model) {
    model.addAttribute("postings", assignments.postings()).addAttribute("checkpoints", checkpoints.all());
    return "checkpoint/officers";
  }

  @PostMapping("/admin/checkpoint-officers")
  String assign(@RequestParam(required = false) @Nullable String username, @RequestParam(required = false) @Nullable String checkpoint) {
    if (username == null || checkpoint == null || checkpoint.isBlank()) {
      throw CheckpointRefusals.CHECKPOINT.invalid("checkpoint.refused.assignmentIncomplete");
    }
    assignments.assign(checkpoint, username);
    return "redirect:/admin/checkpoint-officers";
  }

  @PostMapping("/admin/checkpoint-officers/removal")
  String unassign(@RequestParam(required = false) @Nullable String username, @RequestParam(required = false) @Nullable String checkpoint) {
    if (username == null || checkpoint == null) {
      throw CheckpointRefusals.CHECKPOINT.invalid("checkpoint.refused.assignmentIncomplete");
    }
    assignments.unassign(checkpoint, username);
    return "redirect:/admin/checkpoint-officers";
  }

  @ExceptionHandler(RequestRefused.class)
  String refused(RequestRefused refused, Model model, HttpServletResponse response, Locale locale) {
    response.setStatus(refused.status().value());
    model.addAttribute("status", refused.status().value()).addAttribute("refusal", refused.in(messages, locale));
    return "error";
  }
}
