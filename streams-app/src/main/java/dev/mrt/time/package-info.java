/**
 * Time as something a class is given: {@link dev.mrt.time.Sleeper}, so that waiting (the
 * registry client's backoff, the import's rate limit) can be replaced by a fake clock in tests.
 *
 * <p>May use: the JDK only.
 */
package dev.mrt.time;
