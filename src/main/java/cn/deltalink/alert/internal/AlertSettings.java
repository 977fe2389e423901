package cn.deltalink.alert.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alert module's settings ({@code deltalink.alert.*}), region configuration.
 *
 * @param withdrawOnArrest whether the issuing node withdraws an alert by itself when a checkpoint
 *     reports the arrest (reason "arrested"); off, the duty desk withdraws it with one click
 */
@ConfigurationProperties("deltalink.alert")
record AlertSettings(@DefaultValue("true") boolean withdrawOnArrest) {}
