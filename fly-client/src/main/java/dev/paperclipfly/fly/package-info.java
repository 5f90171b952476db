/**
 * A client of the Fly Machines API: start with {@link dev.paperclipfly.fly.FlyClient#builder()}.
 *
 * <p>Errors are unchecked: {@link dev.paperclipfly.fly.FlyApiException} and its nested subclasses when
 * the API answered with an error, {@link dev.paperclipfly.fly.FlyConnectionException} when no answer
 * came. Request and response types are in {@link dev.paperclipfly.fly.model}; the {@code internal}
 * package is not part of the API.
 */
package dev.paperclipfly.fly;
