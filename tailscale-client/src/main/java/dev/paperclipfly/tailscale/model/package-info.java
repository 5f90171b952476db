/**
 * Values the Tailscale API v2 returns and accepts: devices, keys, DNS, tailnet settings and the policy
 * file. Immutable; build with {@code Foo.builder()}. Timestamps the API sends as {@code ""} arrive as
 * {@link java.util.Optional#empty()}.
 */
package dev.paperclipfly.tailscale.model;
