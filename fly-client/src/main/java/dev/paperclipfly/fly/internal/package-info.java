/** Implementation of the Fly client. Not part of the API: it may change in any release. */
package dev.paperclipfly.fly.internal;
