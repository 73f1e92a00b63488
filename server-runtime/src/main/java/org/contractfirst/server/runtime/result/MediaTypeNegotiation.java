package org.contractfirst.server.runtime.result;

import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An API whose answers come in several media types answers each in the one the request's Accept weighs highest
 * among those its spec documents for that answer (RFC 9110 §12.5.1: the most specific range that matches a type
 * gives it its weight, and a weight of 0 is "not acceptable"). Jersey picks by the ranges alone, so that
 * {@code application/json;q=0, *}{@code /*;q=0.5} gets JSON; and the error shapes build JSON whatever was asked.
 * An answer with no documented types is judged among JSON and XML. A 406 stays as it is: it is sent because nothing
 * acceptable can be served. Runs before {@link XmlResponses} (response filters run from the highest priority down),
 * so that an answer switched to XML is written by its schema.
 */
public final class MediaTypeNegotiation implements ContainerResponseFilter {

    private static final List<MediaType> JSON_AND_XML = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_XML_TYPE);

    private final ServedSpec spec;

    public MediaTypeNegotiation(ServedSpec spec) {
        this.spec = spec;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || response.getStatus() == 406 || !response.hasEntity()) {
            return;
        }
        List<MediaType> documented = CurrentOperation.id().map(id -> spec.responseMediaTypes(id, response.getStatus()))
                .filter(types -> !types.isEmpty()).orElse(JSON_AND_XML);
        List<MediaType> preferred = preferred(ranges(accept), documented);
        MediaType served = response.getMediaType();
        if (preferred.isEmpty() || served != null && preferred.stream().anyMatch(type -> type.isCompatible(served)
                && !served.isWildcardType() && !served.isWildcardSubtype())) {
            return;
        }
        // Wrapped with its generic type, which the entity alone has lost: a List of users must stay a list of users.
        response.setEntity(new GenericEntity<>(response.getEntity(), response.getEntityType()), response.getEntityAnnotations(),
                preferred.get(0));
    }

    /** The documented types of the highest weight above 0, in the spec's order. */
    private static List<MediaType> preferred(List<MediaType> ranges, List<MediaType> documented) {
        List<MediaType> preferred = new ArrayList<>();
        BigDecimal best = BigDecimal.ZERO;
        for (MediaType type : documented) {
            BigDecimal weight = weight(ranges, type);
            int order = weight.compareTo(best);
            if (order > 0) {
                preferred.clear();
                best = weight;
            }
            if (order >= 0 && weight.signum() > 0) {
                preferred.add(type);
            }
        }
        return preferred;
    }

    /** The header's ranges, read once; one that cannot be read is left out. */
    private static List<MediaType> ranges(String accept) {
        List<MediaType> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            try {
                ranges.add(MediaType.valueOf(element.trim()));
            } catch (IllegalArgumentException unreadable) {
                // Not a range: it weighs nothing.
            }
        }
        return ranges;
    }

    /** The weight of the most specific range that matches {@code type}; 0 where none does. */
    private static BigDecimal weight(List<MediaType> ranges, MediaType type) {
        int specificity = -1;
        BigDecimal weight = BigDecimal.ZERO;
        for (MediaType range : ranges) {
            int matched = !range.isCompatible(type) ? -1 : range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (matched > specificity) {
                specificity = matched;
                weight = quality(range);
            }
        }
        return weight;
    }

    private static BigDecimal quality(MediaType range) {
        try {
            return new BigDecimal(range.getParameters().getOrDefault("q", "1").trim());
        } catch (NumberFormatException unreadable) {
            return BigDecimal.ONE;
        }
    }
}
