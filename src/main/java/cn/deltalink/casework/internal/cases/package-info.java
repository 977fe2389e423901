/** Cases, their types and states, entities validated with the identity rules, links, the timeline and joint participants. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.casework.internal.cases;
