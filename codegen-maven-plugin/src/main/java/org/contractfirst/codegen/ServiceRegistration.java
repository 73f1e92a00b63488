package org.contractfirst.codegen;

/**
 * A service file for {@link java.util.ServiceLoader}: the service interface, and the provider class each API's code
 * holds, with {@code {package}} and {@code {Api}} standing for the API's package and class-name prefix.
 */
public final class ServiceRegistration {

    private String service;
    private String provider;

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }
}
