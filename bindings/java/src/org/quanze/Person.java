package org.quanze;

import java.util.Objects;

/** A person named in an answer, in one capacity: a plain copy, nothing to close. */
public final class Person {
  private final Capacity capacity;
  private final String post;
  private final String postName;
  private final String role;
  private final String id;
  private final String name;
  private final Via via;
  private final String forPost;
  private final String forPerson;
  private final int citation;

  Person(Capacity capacity, String post, String postName, String role, String id, String name, Via via, String forPost, String forPerson, int citation) {
    this.capacity = capacity;
    this.post = post;
    this.postName = postName;
    this.role = role;
    this.id = id;
    this.name = name;
    this.via = via;
    this.forPost = forPost;
    this.forPerson = forPerson;
    this.citation = citation;
  }

  /** Signer, presider, acting.... */
  public Capacity getCapacity() {
    return capacity;
  }

  /** The id of the post through which the person qualifies. */
  public String getPost() {
    return post;
  }

  /** The post's name as the organisation gives it, or null. */
  public String getPostName() {
    return postName;
  }

  /** The role of that post. */
  public String getRole() {
    return role;
  }

  /** The person's id. */
  public String getId() {
    return id;
  }

  /** The person's name. */
  public String getName() {
    return name;
  }

  /** Holder, acting or entrusted. */
  public Via getVia() {
    return via;
  }

  /** Acting or entrusted: the post acted for, else null. */
  public String getForPost() {
    return forPost;
  }

  /** Acting or entrusted: the person acted for, else null. */
  public String getForPerson() {
    return forPerson;
  }

  /** The index of the citation that put the person here, or -1. */
  public int getCitation() {
    return citation;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Person)) {
      return false;
    }
    Person o = (Person) other;
    return capacity == o.capacity
        && Objects.equals(post, o.post)
        && Objects.equals(postName, o.postName)
        && Objects.equals(role, o.role)
        && Objects.equals(id, o.id)
        && Objects.equals(name, o.name)
        && via == o.via
        && Objects.equals(forPost, o.forPost)
        && Objects.equals(forPerson, o.forPerson)
        && citation == o.citation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity, post, postName, role, id, name, via, forPost, forPerson, citation);
  }

  @Override
  public String toString() {
    String s = capacity + ": " + name + " (" + (postName != null ? postName : post) + ", " + via;
    if (forPost != null) {
      s += " for " + forPost;
    }
    return s + ")";
  }
}
