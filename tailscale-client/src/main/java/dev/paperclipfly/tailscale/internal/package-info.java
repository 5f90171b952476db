/**
 * Implementation of the Tailscale client: HTTP exchange, retries, token sources and JSON mapping. Not
 * an API: anything here may change in any release. Use {@code dev.paperclipfly.tailscale} instead.
 */
package dev.paperclipfly.tailscale.internal;
