package org.contractfirst.server.runtime;

import org.contractfirst.server.runtime.spec.ServedSpec;
import org.contractfirst.server.runtime.binding.MultipartBinder;
import java.util.List;

/**
 * One API as generated from its spec: its name (the spec's file name), its spec on the classpath, the interface its
 * implementation writes and the JAX-RS resources that serve it. Generated for every spec, and listed for
 * {@link java.util.ServiceLoader}, so that code can find every API the build generated.
 */
public interface ApiDefinition {

    String name();

    /** The spec as a classpath resource, such as {@code specs/bird.yaml}. */
    String specResource();

    /** The spec, read once, from the class loader that loaded this generated code. */
    default ServedSpec spec() {
        return ServedSpec.of(specResource(), getClass().getClassLoader());
    }

    /** The generated interface an implementation of this API implements: every operation, and {@link ApiImplementation}. */
    Class<? extends ApiImplementation> implementationType();

    /** The resources that serve {@code implementation}, which must be an {@link #implementationType()}. */
    List<Object> resources(ApiImplementation implementation, MultipartBinder multipartBinder);
}
