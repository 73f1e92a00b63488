package org.contractfirst.codegen;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An API's names come from its spec's file name. */
class ApiTest {

    @Test
    void aSimpleNameIsItsOwnPackageAndCapitalisedPrefix() {
        Api bird = Api.of(Path.of("specs/bird.yaml"));

        assertEquals("bird", bird.name());
        assertEquals("bird", bird.packageSegment());
        assertEquals("Bird", bird.classPrefix());
    }

    @Test
    void wordsAreJoinedAndALeadingDigitIsPrefixed() {
        Api history = Api.of(Path.of("order-history.v2.json"));
        Api numbered = Api.of(Path.of("3d_models.yml"));

        assertEquals("order-history.v2", history.name());
        assertEquals("orderhistoryv2", history.packageSegment());
        assertEquals("OrderHistoryV2", history.classPrefix());
        assertEquals("api3dmodels", numbered.packageSegment());
        assertEquals("Api3dModels", numbered.classPrefix());
    }

    @Test
    void aJavaKeywordIsNoPackageSegment() {
        Api fresh = Api.of(Path.of("new.yaml"));
        assertEquals("apinew", fresh.packageSegment());
        assertEquals("New", fresh.classPrefix());
        assertEquals("switchboard", Api.of(Path.of("switchboard.yaml")).packageSegment());
    }

    @Test
    void placeholdersAreTheApis() {
        assertEquals("java/org/example/orderhistory/OrderHistoryDefinition.java in org.example.orderhistory (order-history)",
                Api.of(Path.of("order-history.yaml")).expand("java/{packagePath}/{Api}Definition.java in {package} ({api})",
                        "org.example"));
    }
}
