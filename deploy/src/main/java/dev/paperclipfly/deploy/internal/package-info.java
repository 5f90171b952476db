/** Implementation of plan and apply. Not part of the public API: do not use directly. */
package dev.paperclipfly.deploy.internal;
