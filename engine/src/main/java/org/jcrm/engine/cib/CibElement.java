package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * Base of every CIB element class. It keeps all child elements in ONE list in document order:
 * elements the model knows are instances of the model classes, any other element is kept as a DOM
 * {@link Element}. All attributes, typed or not, live in one ordered map
 * ({@link #getOtherAttributes()}): document order after reading, first-set order when built in code,
 * and that order is written back. Comments are children too ({@link XmlComment}). Reading and
 * writing back an element therefore loses nothing.
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class CibElement {
    // lax: a child whose name matches a model class becomes that class; anything else stays DOM.
    @XmlAnyElement(lax = true)
    private List<Object> children;

    // Alternating names and values in order (see AttributeSlots); JAXB reaches them through the
    // map view of getOtherAttributes(), which it fills in document order and writes in order.
    @XmlTransient
    private Object[] attributeSlots = AttributeSlots.NONE;

    /**
     * The live list of children in document order: model objects, {@link XmlComment}s and DOM
     * elements. Add or remove entries here to change the document.
     */
    public List<Object> getChildren() {
        if (children == null) {
            children = new ArrayList<>();
        }
        return children;
    }

    /**
     * The live map of all attributes of this element by qualified name, in the order they are
     * written. Typed accessors read and write the same map, so it holds their attributes too; use
     * it for attributes that have none. Putting an existing name keeps its position; putting a null
     * value removes it.
     */
    @XmlAnyAttribute
    public Map<QName, String> getOtherAttributes() {
        return new AttributeMap(this);
    }

    /** The value of the attribute with this name (typed or not, no namespace), or null. */
    public String getOtherAttribute(String name) {
        return attribute(name);
    }

    /** The value of an attribute without namespace, or null when absent: what typed getters return. */
    protected String attribute(String name) {
        return AttributeSlots.valueAt(attributeSlots, AttributeSlots.indexOf(attributeSlots, name));
    }

    /**
     * Sets an attribute without namespace in place, or appends it when absent; null removes it.
     * What typed setters do.
     */
    protected void putAttribute(String name, String value) {
        int index = AttributeSlots.indexOf(attributeSlots, name);
        QName key = index >= 0 || value == null ? null : AttributeSlots.plainName(name);
        attributeSlots = AttributeSlots.put(attributeSlots, index, key, value);
    }

    Object[] attributeSlots() {
        return attributeSlots;
    }

    void attributeSlots(Object[] slots) {
        attributeSlots = slots;
    }

    /** Appends a child (model element, {@link XmlComment} or DOM element) and returns it. */
    public <T> T add(T child) {
        if (!(child instanceof CibElement) && !(child instanceof Element) && !(child instanceof XmlComment)) {
            throw new IllegalArgumentException("not a CIB element: " + child);
        }
        getChildren().add(child);
        return child;
    }

    /** The children that are instances of the given model class, in document order (a snapshot). */
    public <T> List<T> childrenOf(Class<T> type) {
        if (children == null) {
            return Collections.emptyList();
        }
        List<T> found = new ArrayList<>();
        for (Object child : children) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
        }
        return found;
    }

    /** The model-class children (not DOM elements), in document order. */
    public List<CibElement> elementChildren() {
        return childrenOf(CibElement.class);
    }

    /** Calls the visitor for this element and every model element below it, depth first. */
    public void walk(Consumer<CibElement> visitor) {
        visitor.accept(this);
        if (children != null) {
            for (Object child : children) {
                if (child instanceof CibElement element) {
                    element.walk(visitor);
                }
            }
        }
    }

    /** The first child of the given model class, or null. */
    protected <T> T firstOf(Class<T> type) {
        if (children != null) {
            for (Object child : children) {
                if (type.isInstance(child)) {
                    return type.cast(child);
                }
            }
        }
        return null;
    }

    /**
     * Replaces the first child of the given class in place (keeping its position), appends the
     * value when there is none, or removes that child when the value is null.
     */
    protected <T> void setSingle(Class<T> type, T value) {
        List<Object> list = getChildren();
        for (int i = 0; i < list.size(); i++) {
            if (type.isInstance(list.get(i))) {
                if (value == null) {
                    list.remove(i);
                } else {
                    list.set(i, value);
                }
                return;
            }
        }
        if (value != null) {
            list.add(value);
        }
    }
}
