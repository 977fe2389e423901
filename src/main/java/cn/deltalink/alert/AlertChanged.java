package cn.deltalink.alert;

/**
 * An alert this node holds changed: published here, or a newer version replicated from its issuer.
 * Published after the change is committed, so listeners read the new version.
 */
public record AlertChanged(WantedAlert alert) {}
