package org.contractfirst.variants;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A holder reads the variant a value belongs to: by its discriminator, named or implied, else by its fields. */
class AnyOfValueTest {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(@JsonProperty(value = "fullName", required = true) String fullName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Company(@JsonProperty(value = "companyName", required = true) String companyName) {
    }

    @JsonTypeName("Car")
    record Car(@JsonProperty("kind") String kind, @JsonProperty("seats") Integer seats) {
    }

    @JsonTypeName("Truck")
    record Truck(@JsonProperty("kind") String kind, @JsonProperty("payloadKg") Integer payloadKg) {
    }

    @JsonDeserialize(using = Hit.Reader.class)
    record Hit(Object value) implements AnyOfValue {
        static final class Reader extends AnyOfValue.Deserializer<Hit> {
            Reader() {
                super(Hit.class, List.of(Person.class, Company.class), null, Hit::new);
            }
        }
    }

    @JsonDeserialize(using = Vehicle.Reader.class)
    record Vehicle(Object value) implements AnyOfValue {
        static final class Reader extends AnyOfValue.Deserializer<Vehicle> {
            Reader() {
                super(Vehicle.class, List.of(Car.class, Truck.class),
                        new AnyOfValue.Discriminator("kind", Map.of("lorry", Truck.class)), Vehicle::new);
            }
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aValueOfSeveralOpenVariantsIsReadAsTheFirstWhoseRequiredFieldsAreThere() throws Exception {
        assertInstanceOf(Person.class, json.readValue("{\"fullName\":\"Ola\"}", Hit.class).value());
        assertInstanceOf(Company.class, json.readValue("{\"companyName\":\"Berg AS\"}", Hit.class).value());
        assertInstanceOf(Person.class, json.readValue("{\"fullName\":\"Ola\",\"companyName\":\"Berg AS\"}", Hit.class).value());
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"name\":\"neither\"}", Hit.class));
    }

    @Test
    void aDiscriminatorValueNamesAVariantByTheMappingElseByItsSchemaName() throws Exception {
        assertInstanceOf(Truck.class, json.readValue("{\"kind\":\"lorry\",\"payloadKg\":9}", Vehicle.class).value());
        assertEquals(new Car("Car", 5), json.readValue("{\"kind\":\"Car\",\"seats\":5}", Vehicle.class).value());
        assertInstanceOf(Truck.class, json.readValue("{\"kind\":\"Truck\",\"payloadKg\":9}", Vehicle.class).value());
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"kind\":\"Bus\"}", Vehicle.class));
    }
}
