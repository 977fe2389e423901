/**
 * Shared wanted alerts (通缉通报 / 布控): persons, vehicles and documents that a province publishes to the
 * region. Every node keeps a replica of every alert addressed to it (through the shared register) and
 * answers checks from it alone. The types in this package are what the checkpoint module reads:
 * {@link cn.deltalink.alert.WantedAlert} with its rules, {@link cn.deltalink.alert.AlertsOnRecord},
 * and the {@link cn.deltalink.alert.AlertChanged} event.
 */
@org.jspecify.annotations.NullMarked
package cn.deltalink.alert;
