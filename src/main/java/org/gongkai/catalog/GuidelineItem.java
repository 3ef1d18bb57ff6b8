package org.gongkai.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of a national guideline. */
@Entity
@Table(schema = "catalog", name = "guideline_item")
public class GuidelineItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Embedded
    private ElementColumns elements;

    protected GuidelineItem() {} // for JPA

    GuidelineItem(int position, ItemElements elements) {
        this.position = position;
        this.elements = ElementColumns.of(elements);
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public ItemElements elements() {
        return elements.toElements();
    }
}
