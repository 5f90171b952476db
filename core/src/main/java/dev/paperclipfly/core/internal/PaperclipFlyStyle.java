package dev.paperclipfly.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in this SDK: {@code AbstractFoo} declares, {@code Foo} is
 * the public immutable type with {@code Foo.builder()} and {@code withX(...)} copies. Internal: users
 * see only the generated types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true),
    // No @Generated on generated classes: keeps -Xlint quiet in modules that depend on ours.
    allowedClasspathAnnotations = {Override.class})
public @interface PaperclipFlyStyle {}
