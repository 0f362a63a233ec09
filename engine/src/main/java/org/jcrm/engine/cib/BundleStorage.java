package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;

/** A bundle's {@code <storage>}: the storage mappings. */
@XmlRootElement(name = "storage")
public class BundleStorage extends CibElement {
    /** The StorageMapping children, in document order (a snapshot; edit through {@link #getChildren()}). */
    public List<StorageMapping> storageMappings() {
        return childrenOf(StorageMapping.class);
    }
}
