package org.sdl.output.graph;

import java.util.ArrayList;
import java.util.List;

/** A plot region: its two axes and the layers drawn in it, in drawing order (later on top). */
public final class Plot {
    public Axis x = new Axis();
    public Axis y = new Axis();
    public List<Layer> layers = new ArrayList<>();

    public Plot add(Layer layer) {
        layers.add(layer);
        return this;
    }

    /** The data extent over all layers (before axis ranges and ticks widen it). */
    public Extent extent() {
        Extent e = new Extent();
        for (Layer l : layers) {
            l.extent(e);
        }
        return e;
    }
}
