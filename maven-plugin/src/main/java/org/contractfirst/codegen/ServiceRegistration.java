package org.contractfirst.codegen;

/**
 * A service file for {@link java.util.ServiceLoader}: the service interface, and the provider class each API's code
 * holds, with {@code {package}} and {@code {Api}} standing for the API's package and class-name prefix.
 */
public record ServiceRegistration(String service, String provider) {
}
