package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlTransient;
import java.util.List;

/** A set of name/value pairs (instance, meta, utilization or cluster property set), optionally guarded by rules; {@code id-ref} makes it a reference to another set. */
@XmlTransient
public abstract class NvSet extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public NvSet setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The id-ref attribute as written, or null when absent. */
    public String getIdRef() {
        return attribute("id-ref");
    }

    /** Sets the id-ref attribute; null removes it. */
    public NvSet setIdRef(String idRef) {
        putAttribute("id-ref", idRef);
        return this;
    }

    /** The score attribute as written, or null when absent. */
    public String getScore() {
        return attribute("score");
    }

    /** Sets the score attribute; null removes it. */
    public NvSet setScore(String score) {
        putAttribute("score", score);
        return this;
    }

    /** The nvpairs in document order. */
    public List<Nvpair> nvpairs() {
        return childrenOf(Nvpair.class);
    }

    /** The rules that decide whether this set applies, in document order. */
    public List<Rule> rules() {
        return childrenOf(Rule.class);
    }

    /** The value of the first nvpair with this name, or null when there is none. */
    public String value(String name) {
        for (Nvpair pair : nvpairs()) {
            if (name.equals(pair.getName())) {
                return pair.getValue();
            }
        }
        return null;
    }

    /** Appends an nvpair with the given id, name and value and returns it. */
    public Nvpair addNvpair(String id, String name, String value) {
        return add(new Nvpair().setId(id).setName(name).setValue(value));
    }
}
