package example;

import java.time.LocalDate;
import org.quanze.Answer;
import org.quanze.Model;

/** Prints who signs a request to the city government: the smallest quanze user. */
public final class Hello {
  public static void main(String[] args) {
    try (Model model = Model.getDefault()) {
      Answer a = model.sign("request", LocalDate.of(2026, 3, 2), "deputy-1");
      System.out.println(a.getPerson().getName() + " " + a.getPerson().getPostName());
    }
  }
}
