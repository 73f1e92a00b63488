package org.contractfirst.codegen;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.languages.JavaClientCodegen;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JavaLangNamesTest {

    @Test
    void modelsNamedLikeJavaLangTypesOfTheGeneratedCodeArePrefixedAndNoOthers() {
        OpenAPI spec = new OpenAPI().components(new Components()
                .addSchemas("String", new ObjectSchema())
                .addSchemas("integer", new ObjectSchema())
                .addSchemas("Error", new ObjectSchema())
                .addSchemas("User", new ObjectSchema()));
        JavaClientCodegen config = new JavaClientCodegen();

        JavaLangNames.rename(spec, config);

        assertEquals(Map.of("String", "ModelString", "integer", "ModelInteger"), config.modelNameMapping());
    }
}
