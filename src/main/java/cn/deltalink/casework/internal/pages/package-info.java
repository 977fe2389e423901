/** The pages of case work, the home tiles and the demo cases. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.casework.internal.pages;
