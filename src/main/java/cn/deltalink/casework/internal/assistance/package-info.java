/** Assistance requests (协查请求) between agencies of different provinces, their clocks, reminders, escalation and breaches. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.casework.internal.assistance;
