package cn.deltalink.access;

/** The roles of DOMAIN.md. A user holds one or more; each grants the authority {@code ROLE_<name>}. */
public enum Role {
  /** 窗口民警: takes cross-province applications at a window. */
  WINDOW_CLERK,
  /** 审核民警: decides applications that belong to their own province. */
  REVIEWING_OFFICER,
  /** 办案民警: runs cases, asks and answers assistance requests. */
  INVESTIGATOR,
  /** 反诈中心: works the shared fraud-risk database. */
  FRAUD_ANALYST,
  /** 查控民警: receives checkpoint hits and records interceptions. */
  CHECKPOINT_OFFICER,
  /** 指挥中心: confirms hits on own alerts, watches deadlines. */
  DUTY_OFFICER,
  /** 护企民警: enterprise reporting appointments and green channel. */
  ENTERPRISE_LIAISON,
  /** 社区民警: joint mediation and patrols at the border. */
  COMMUNITY_OFFICER,
  /** Leadership: dashboards, statistics, approvals. */
  SUPERVISOR,
  /** 督察: reads who saw which personal data and why. */
  AUDITOR,
  /** Runs the node: users, agencies, configuration. */
  ADMINISTRATOR,
  /**
   * 合作机构: a partner bank or telecom that screens its customers' phones and accounts against the
   * fraud-risk database through an API token, and may do nothing else.
   */
  PARTNER;

  public String authority() {
    return "ROLE_" + name();
  }
}
