/**
 * Requests and answers of the Fly Machines API, named and shaped after its OpenAPI spec. Every type is
 * immutable; build requests with {@code Type.builder()}. Absent fields are empty {@code Optional}s or
 * empty collections, never null. Config types keep fields this SDK does not model in {@code extra()},
 * so reading a Machine's config, changing it and sending it back does not drop anything.
 */
package dev.paperclipfly.fly.model;
