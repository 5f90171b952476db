/** Implementation of the test kit's fakes. Not part of the public API: do not use directly. */
package dev.paperclipfly.testkit.internal;
