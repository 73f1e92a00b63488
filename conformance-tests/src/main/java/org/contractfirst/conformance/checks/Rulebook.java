package org.contractfirst.conformance.checks;

/**
 * The text a check's rule comes from, which decides what its verdict is: a behaviour the OpenAPI document forbids is
 * a <em>failure</em> and fails the run; a rule of HTTP itself (RFC 9110: a 405 names its {@code Allow}, HEAD answers
 * as GET does, OPTIONS lists the methods) that no OpenAPI document states is an <em>HTTP finding</em>, which fails
 * only a {@code --strict} run.
 */
public enum Rulebook {
    OPENAPI,
    HTTP
}
