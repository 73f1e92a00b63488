package org.contractfirst.server.runtime.errors;

import org.contractfirst.server.runtime.validation.JsonSchemaConstraints;


import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A refused parameter is named as the spec names it, by its JAX-RS annotation on the generated interface, not by
 * its Java name: a team's build compiles without {@code -parameters}, where that name is {@code arg0}.
 */
class ConstraintMessagesTest {

    /** A generated interface: the spec's names are in the annotations, each unlike the Java name beside it. */
    interface Orders {
        String list(@QueryParam("page_size") @Max(100) Integer size, @HeaderParam("X-Retries") @Max(3) Integer retries);
    }

    /** Its implementation, as a team writes it: no annotation of its own. */
    static final class OrdersImplementation implements Orders {
        @Override
        public String list(Integer size, Integer retries) {
            return "";
        }
    }

    @Test
    void aParameterIsNamedByItsAnnotationWhereverTheMethodIsImplemented() throws NoSuchMethodException {
        Validator validator = JsonSchemaConstraints.validator();
        Method list = OrdersImplementation.class.getMethod("list", Integer.class, Integer.class);
        var violations = validator.forExecutables().validateParameters(new OrdersImplementation(), list, new Object[] {1000, 9});
        assertEquals("X-Retries: must be less than or equal to 3; page_size: must be less than or equal to 100",
                ErrorMappers.describe(violations));
    }
}
