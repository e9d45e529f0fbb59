package org.sdl.stats.design;

import java.util.List;

/**
 * One term of a factor-variable varlist: a product of components, each a variable that is either
 * continuous ({@code c.x}) or categorical ({@code i.x}, {@code ib2.x}, ...). A plain variable is a
 * one-component continuous term; in an interaction a bare variable is categorical.
 */
public record Term(List<Component> components) {

    /** A variable within a term. base: "" (lowest), a level number, "last", "freq" or "first". */
    public record Component(String var, boolean factor, String base, boolean omitPrefix) {}

    public boolean isInteraction() {
        return components.size() > 1;
    }

    public boolean hasFactor() {
        return components.stream().anyMatch(Component::factor);
    }
}
