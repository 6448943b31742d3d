/**
 * What every endpoint shares about HTTP requests: the paths the app serves ({@link
 * dev.mrt.api.http.HttpPaths}), query parameters checked into typed values (time ranges, limits,
 * cursors) with a 400 naming the parameter for anything malformed ({@link
 * dev.mrt.api.http.QueryParameters}), and errors as a status plus a JSON body ({@link
 * dev.mrt.api.http.ApiError}).
 *
 * <p>May use: the JDK only. The bottom of {@code api}: {@code query}, {@code live} and the server
 * use it, never the other way round.
 */
package dev.mrt.api.http;
