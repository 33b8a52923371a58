package org.quanze;

import java.util.Objects;

/** Someone who could take the action a check denied: a post and the person holding it (or acting). A plain copy. */
public final class Candidate {
  private final String post;
  private final String postName;
  private final String person;
  private final String name;

  Candidate(String post, String postName, String person, String name) {
    this.post = post;
    this.postName = postName;
    this.person = person;
    this.name = name;
  }

  /** The post (or body) through which the candidate could act. */
  public String getPost() {
    return post;
  }

  /** The post's name in the organisation (e.g. 县长), or null. */
  public String getPostName() {
    return postName;
  }

  /** The person's id, or null for a body. */
  public String getPerson() {
    return person;
  }

  /** The person's name, or null. */
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Candidate)) {
      return false;
    }
    Candidate o = (Candidate) other;
    return Objects.equals(post, o.post) && Objects.equals(postName, o.postName) && Objects.equals(person, o.person)
        && Objects.equals(name, o.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(post, person);
  }

  /** e.g. {@code 高永胜 [county-head]}. */
  @Override
  public String toString() {
    return (name != null ? name : person != null ? person : post) + " [" + post + "]";
  }
}
