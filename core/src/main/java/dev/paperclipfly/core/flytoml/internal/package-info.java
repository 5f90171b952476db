/**
 * Implementation of the fly.toml codec (TOML parsing, flyctl's legacy shapes, binding, writing). Not part
 * of the public API: it may change in any release.
 */
package dev.paperclipfly.core.flytoml.internal;
