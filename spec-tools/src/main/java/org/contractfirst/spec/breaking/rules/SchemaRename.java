package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.List;

/**
 * A value whose schema now refers to a component of another name. The wire format is judged by the other rules
 * (the same content is no change), but generated models are named after the component, so their users see a rename.
 */
public final class SchemaRename implements ChangeRule.OfSchema {

    private static final Kind RENAMED = Kind.informational("schema-renamed");

    @Override
    public List<Kind> kinds() {
        return List.of(RENAMED);
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        String before = pair.before().name();
        String after = pair.after().name();
        if (before != null && after != null && !before.equals(after)) {
            changes.report(RENAMED, pair.where(), pair.before().node(), pair.after().node(), "the schema `" + before
                    + "` became `" + after + "`; generated models named after it are renamed");
        }
    }
}
