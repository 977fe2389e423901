package cn.deltalink.casework.internal.cases;

import java.util.UUID;

/** An agency served by another node joined a case this node leads: its node needs the evidence so far. */
public record ParticipantJoined(UUID caseId, String node, String actingAgency) {}
