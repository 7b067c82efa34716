package com.frameworkfork.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.envers.Audited;

@Entity
@Audited
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String description;

    private int position;

    protected Category() {
    }

    Category(String slug) {
        this.slug = slug;
    }

    void change(String name, String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
