/** The page shell: layout, navigation per role, language (zh-CN default, en), home, login, errors. */
@org.jspecify.annotations.NullMarked
package cn.deltalink.web;
