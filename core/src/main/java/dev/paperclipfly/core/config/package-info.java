/**
 * Paperclip's config.json (paperclipai 2026.916.1) as typed, immutable values with a validator
 * that agrees with Paperclip's own schema and is stricter in a few documented ways.
 *
 * <ul>
 *   <li>{@link dev.paperclipfly.core.config.PaperclipConfig} and its sections: build with
 *       {@code PaperclipConfig.builder()}, copy with {@code withX(...)}. Raw accessors return what
 *       the file says; {@code ...OrDefault()} returns what Paperclip uses.
 *   <li>{@link dev.paperclipfly.core.config.PaperclipConfigJson}: read and write the file, keeping
 *       unknown keys and writing in Paperclip's key order.
 *   <li>{@link dev.paperclipfly.core.config.PaperclipConfigValidator} and
 *       {@link dev.paperclipfly.core.config.PaperclipConfigs}: every problem at once, with paths.
 * </ul>
 *
 * <p>Types in {@code dev.paperclipfly.core.config.internal} are not part of the API.
 */
package dev.paperclipfly.core.config;
