package org.contractfirst.benchmarks.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.contractfirst.client.runtime.Operation;
import org.contractfirst.client.unipile.model.Education;
import org.contractfirst.client.unipile.model.EducationEdit;
import org.contractfirst.client.unipile.model.Experience;
import org.contractfirst.client.unipile.model.ExperienceAdd;
import org.contractfirst.client.unipile.model.LayoutPoint;
import org.contractfirst.client.unipile.model.Location;
import org.contractfirst.client.unipile.model.PictureLayout;
import org.contractfirst.client.unipile.model.PictureSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The Unipile edit with every field of the spec set, encoded as the client sends it (multipart, the fields the spec
 * declares deepObject in bracket notation, both pictures as file parts), beside the same values written as JSON
 * (pictures in base64).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UnipileEditEncodingBenchmark {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    private static final Set<String> DEEP_OBJECTS = Set.of("location", "picture_settings", "cover_picture_settings",
            "experience", "education");
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private File picture;
    private Map<String, Object> edit;
    private Map<String, Object> editAsJson;

    @Setup
    public void prepare() throws IOException {
        picture = Files.write(Files.createTempFile("picture", ".png"), PNG).toFile();
        PictureSettings settings = new PictureSettings().filter(PictureSettings.FilterEnum.STUDIO)
                .layout(new PictureLayout().bottomLeft(new LayoutPoint().x(new BigDecimal("1.25")).y(new BigDecimal("2")))
                        .topRight(new LayoutPoint().x(new BigDecimal("301.5")).y(new BigDecimal("300"))));
        edit = new LinkedHashMap<>();
        edit.put("type", "LINKEDIN");
        edit.put("account_id", "acc_linkedin_demo");
        edit.put("location", new Location().id("105015875"));
        edit.put("headline", "Building APIs");
        edit.put("summary", "Contract first, code second.");
        edit.put("picture", picture);
        edit.put("picture_settings", settings);
        edit.put("cover_picture", picture);
        edit.put("cover_picture_settings", settings);
        edit.put("experience", new Experience(new ExperienceAdd().role("CTO").company("Unipile")
                .skills(List.of("development", "management"))));
        edit.put("education", new Education(new EducationEdit().id("1011234567").role("Student")));
        edit.put("skills", List.of("APIs", "Java"));
        edit.put("skills_follow", true);
        editAsJson = new LinkedHashMap<>(edit);
        editAsJson.replaceAll((name, value) -> value instanceof File ? PNG : value);
    }

    @TearDown
    public void removePicture() {
        picture.delete();
    }

    @Benchmark
    public byte[] bracketNotationMultipart() {
        Operation operation = Operation.of("PATCH", "/api/v1/users/me/edit");
        edit.forEach((name, value) -> {
            if (DEEP_OBJECTS.contains(name)) {
                operation.multipartDeepObject(name, value);
            } else {
                operation.multipartField(name, value);
            }
        });
        return operation.body();
    }

    @Benchmark
    public byte[] sameValuesAsJson() throws IOException {
        return JSON.writeValueAsBytes(editAsJson);
    }
}
