/**
 * The configuration: every setting defined once, as an enum constant with its key, {@link
 * dev.mrt.config.ValueType} and meaning ({@link dev.mrt.config.Setting} for the application,
 * {@link dev.mrt.config.SerdeSetting} for the serdes' Confluent keys; see there why not Kafka's
 * {@code ConfigDef}); the layers it is read from (defaults file, profile, {@code --config} file,
 * {@code MRT_*} environment variables, options), each value traceable to the file and line it came
 * from, and errors that name them.
 *
 * <p>May use: the JDK, SLF4J and Logback (log levels). Everything else may use it.
 */
package dev.mrt.config;
