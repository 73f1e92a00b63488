package org.contractfirst.spec.breaking;

import org.contractfirst.spec.breaking.rules.AdditionalProperties;
import org.contractfirst.spec.breaking.rules.Bound;
import org.contractfirst.spec.breaking.rules.Callbacks;
import org.contractfirst.spec.breaking.rules.DefaultValue;
import org.contractfirst.spec.breaking.rules.Discriminators;
import org.contractfirst.spec.breaking.rules.Enums;
import org.contractfirst.spec.breaking.rules.Formats;
import org.contractfirst.spec.breaking.rules.HeaderRequired;
import org.contractfirst.spec.breaking.rules.MediaTypePresence;
import org.contractfirst.spec.breaking.rules.MultipleOf;
import org.contractfirst.spec.breaking.rules.Nullability;
import org.contractfirst.spec.breaking.rules.OperationDeprecation;
import org.contractfirst.spec.breaking.rules.OperationIdChange;
import org.contractfirst.spec.breaking.rules.OperationPresence;
import org.contractfirst.spec.breaking.rules.ParameterPresence;
import org.contractfirst.spec.breaking.rules.ParameterRequired;
import org.contractfirst.spec.breaking.rules.ParameterSerialisation;
import org.contractfirst.spec.breaking.rules.PartMediaTypes;
import org.contractfirst.spec.breaking.rules.Patterns;
import org.contractfirst.spec.breaking.rules.PropertyDeprecation;
import org.contractfirst.spec.breaking.rules.PropertyPresence;
import org.contractfirst.spec.breaking.rules.RequestBodyPresence;
import org.contractfirst.spec.breaking.rules.RequestBodyRequired;
import org.contractfirst.spec.breaking.rules.RequiredProperties;
import org.contractfirst.spec.breaking.rules.ResponseHeaderPresence;
import org.contractfirst.spec.breaking.rules.ResponseLinks;
import org.contractfirst.spec.breaking.rules.ResponseStatusPresence;
import org.contractfirst.spec.breaking.rules.SchemaRename;
import org.contractfirst.spec.breaking.rules.SecurityRequirements;
import org.contractfirst.spec.breaking.rules.SecuritySchemeDefinitions;
import org.contractfirst.spec.breaking.rules.ServerUrls;
import org.contractfirst.spec.breaking.rules.Types;
import org.contractfirst.spec.breaking.rules.UniqueItems;
import org.contractfirst.spec.breaking.rules.Variants;
import org.contractfirst.spec.breaking.rules.Webhooks;
import org.contractfirst.spec.breaking.rules.XmlNaming;

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
