package org.contractfirst.server.runtime;

import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    private final Pipeline pipeline = Pipeline.of(new ItemsApi.Definition(), new ItemsApi.Items());

    @Test
    void theStagesRunInTheOrderARequestMeetsThem() {
        assertEquals(List.of("gate", "routing", "security", "binding", "validation", "implementation", "result", "errors"),
                pipeline.stages().stream().map(Stage::name).toList());
    }

    @Test
    void eachStageIsAClassInThePackageOfItsName() {
        for (Stage stage : pipeline.stages()) {
            String name = stage.name();
            String expectedPackage = name.equals("implementation") ? Pipeline.class.getPackageName()
                    : Pipeline.class.getPackageName() + "." + name;
            assertEquals(expectedPackage, stage.getClass().getPackageName(), name);
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            assertTrue(stage.getClass().getSimpleName().startsWith(capitalised.replaceAll("s$", "")),
                    stage.getClass().getSimpleName());
        }
    }

    /** The filters take their priorities from their place in the pipeline: the first after the operation is noted. */
    @Test
    void requestFiltersArePrioritisedInPipelineOrderAndResponseFiltersInReverse() {
        var resources = pipeline.resources();
        List<Integer> request = new ArrayList<>();
        List<Integer> response = new ArrayList<>();
        for (Object instance : resources.getInstances()) {
            resources.getConfiguration().getContracts(instance.getClass()).forEach((contract, priority) -> {
                if (contract == jakarta.ws.rs.container.ContainerRequestFilter.class) {
                    request.add(priority);
                } else if (contract == jakarta.ws.rs.container.ContainerResponseFilter.class && priority > 1) {
                    response.add(priority);
                }
            });
        }
        assertTrue(request.stream().allMatch(priority -> priority >= 1 && priority < 100), request.toString());
        assertEquals(request.size(), request.stream().distinct().count(), "two filters share a place: " + request);
        assertTrue(response.stream().allMatch(priority -> priority <= Steps.FIRST_RESPONSE_FILTER
                && priority > Steps.FIRST_RESPONSE_FILTER - 100), response.toString());
    }

    /**
     * The order the filters ran in before the pipeline listed them, when it lived in their annotations: pinned, so
     * that a stage listed in another place cannot reorder them unseen.
     */
    @Test
    void theFiltersRunInTheOrderTheyAlwaysRan() {
        var resources = pipeline.resources();
        Map<Integer, String> request = new TreeMap<>();
        Map<Integer, String> response = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Object instance : resources.getInstances()) {
            resources.getConfiguration().getContracts(instance.getClass()).forEach((contract, priority) -> {
                if (contract == jakarta.ws.rs.container.ContainerRequestFilter.class) {
                    request.put(priority, instance.getClass().getSimpleName());
                } else if (contract == jakarta.ws.rs.container.ContainerResponseFilter.class) {
                    response.put(priority, instance.getClass().getSimpleName());
                }
            });
        }
        assertEquals(List.of("CurrentOperation", "Refusals", "BodyLimit", "UnknownPaths", "FormBodies", "ParameterStyles",
                "IgnoreAccept", "RequiredInput"), List.copyOf(request.values()));
        assertEquals(List.of("MediaTypeNegotiation", "XmlResponses", "CurrentOperation"), List.copyOf(response.values()));
    }

    @Test
    void theReadmeTableIsTheStagesOwnList() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher table = Pattern.compile("<!-- pipeline-table -->\n(.*?)<!-- /pipeline-table -->", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(table.find(), "README has no pipeline table");
        assertEquals(table(pipeline.stages()), table.group(1));
    }

    private static String table(List<Stage> stages) {
        StringBuilder table = new StringBuilder("| stage | what it refuses | error kind (usual status) |\n|---|---|---|\n");
        for (Stage stage : stages) {
            if (stage.refusals().isEmpty()) {
                table.append("| ").append(stage.name()).append(" | — | |\n");
            }
            String name = stage.name();
            for (Stage.Refusal refusal : stage.refusals()) {
                table.append("| ").append(name).append(name.isEmpty() ? "" : " ").append("| ").append(refusal.what())
                        .append(" | `").append(refusal.kind()).append("` (").append(refusal.kind().usualStatus())
                        .append(") |\n");
                name = "";
            }
        }
        return table.toString();
    }
}
