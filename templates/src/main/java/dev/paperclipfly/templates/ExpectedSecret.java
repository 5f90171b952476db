package dev.paperclipfly.templates;

/**
 * A secret the deployment reads at run time, by name only; its value is set with
 * {@code flyctl secrets import} and never appears in a rendered file.
 *
 * @param name the environment variable name, e.g. {@code BETTER_AUTH_SECRET}
 * @param generated true when a random value will do ({@code openssl rand -hex 32}); false when the
 *     user must obtain it (a Tailscale auth key, an OAuth token, a connection string)
 */
public record ExpectedSecret(String name, boolean generated) {}
