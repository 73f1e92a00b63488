package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Kind;

import java.util.List;

/** The registry of the breaking-change rules, in the order of the table in specs/README.md. */
public final class ChangeRules {

    public static final List<ChangeRule> RULES = List.of(
            new OperationPresence(),
            new OperationIdChange(),
            new OperationDeprecation(),
            new ParameterPresence(),
            new ParameterRequired(),
            new ParameterSerialisation(),
            new RequestBodyPresence(),
            new RequestBodyRequired(),
            new MediaTypePresence(),
            new PartMediaTypes(),
            new ResponseStatusPresence(),
            new ResponseHeaderPresence(),
            new ResponseLinks(),
            new HeaderRequired(),
            new SecurityRequirements(),
            new SecuritySchemeDefinitions(),
            new ServerUrls(),
            new Callbacks(),
            new Webhooks(),
            new PropertyPresence(),
            new RequiredProperties(),
            new Types(),
            new Nullability(),
            new Formats(),
            new Patterns(),
            new Enums(),
            Bound.minLength(),
            Bound.maxLength(),
            Bound.minimum(),
            Bound.exclusiveMinimum(),
            Bound.maximum(),
            Bound.exclusiveMaximum(),
            new MultipleOf(),
            Bound.minItems(),
            Bound.maxItems(),
            new UniqueItems(),
            Bound.minProperties(),
            Bound.maxProperties(),
            new AdditionalProperties(),
            new Variants(),
            new Discriminators(),
            XmlNaming.name(),
            XmlNaming.wrapped(),
            XmlNaming.attribute(),
            XmlNaming.namespace(),
            new PropertyDeprecation(),
            new DefaultValue(),
            new SchemaRename());

    private ChangeRules() {
    }

    /** Every kind of change the rules report, in registry order. */
    public static List<Kind> kinds() {
        return RULES.stream().flatMap(rule -> rule.kinds().stream()).toList();
    }
}
