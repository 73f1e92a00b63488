package org.contractfirst.server.runtime;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.contractfirst.server.runtime.pipeline.Stage;
import org.contractfirst.server.runtime.pipeline.Steps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
        List<Integer> request = filters(ContainerRequestFilter.class).stream().map(Map.Entry::getKey).toList();
        List<Integer> response = filters(ContainerResponseFilter.class).stream().map(Map.Entry::getKey)
                .filter(priority -> priority > 1).toList();
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
        assertEquals(List.of("CurrentOperation", "Refusals", "BodyLimit", "UnknownPaths", "FormBodies", "ParameterStyles",
                "IgnoreAccept", "RequiredInput"), names(filters(ContainerRequestFilter.class)));
        // JAX-RS runs response filters from the highest priority.
        List<String> response = new ArrayList<>(names(filters(ContainerResponseFilter.class)));
        Collections.reverse(response);
        assertEquals(List.of("MediaTypeNegotiation", "XmlResponses", "CurrentOperation"), response);
    }

    /** The pipeline's filters of one contract, each by the class of its instance, from the lowest priority. */
    private List<Map.Entry<Integer, String>> filters(Class<?> contract) {
        var resources = pipeline.resources();
        List<Map.Entry<Integer, String>> filters = new ArrayList<>();
        for (Object instance : resources.getInstances()) {
            Integer priority = resources.getConfiguration().getContracts(instance.getClass()).get(contract);
            if (priority != null) {
                filters.add(Map.entry(priority, instance.getClass().getSimpleName()));
            }
        }
        filters.sort(Map.Entry.comparingByKey());
        return filters;
    }

    private static List<String> names(List<Map.Entry<Integer, String>> filters) {
        return filters.stream().map(Map.Entry::getValue).toList();
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
