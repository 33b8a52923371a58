/*
 * java_layer.i: the idiomatic Java surface added to SWIG's proxy classes:
 * loading from a Path or bytes, java.util.List views, query overloads,
 * close(), and readable toString().
 */


/* ------------------------------------------------------------------ */
/* Work calendar                                                       */
/* ------------------------------------------------------------------ */

%typemap(javacode) qzb_calendar %{
  /** Releases the native object now; later calls throw IllegalStateException. Safe to call twice. */
  @Override
  public void close() {
    delete();
  }

  /** Loads a calendar from an XML file in the format of calendar.xsd. */
  public static WorkCalendar load(java.nio.file.Path path) {
    return loadFile(path.toString());
  }

  /** Loads a calendar from XML bytes; {@code name} names them in error messages. */
  public static WorkCalendar load(byte[] xml, String name) {
    return loadMemory(xml, name);
  }

  /** A new calendar: this one with the XML file at {@code path} laid over it. */
  public WorkCalendar overlay(java.nio.file.Path path) {
    return overlayFile(path.toString());
  }

  /** A new calendar: this one with XML bytes laid over it. */
  public WorkCalendar overlay(byte[] xml, String name) {
    return overlayMemory(xml, name);
  }

  /**
   * A calendar with the same data that answers for a year with no
   * arrangement from the statutory holidays and weekends (days marked
   * assumed) instead of throwing OutOfCalendarException.
   */
  public WorkCalendar provisional() {
    return withOptions(true);
  }

  /** Deprecated name of {@link #provisional()}. */
  @Deprecated
  public WorkCalendar assumingWeekends() {
    return provisional();
  }

  /** Writes the calendar as XML to {@code path}. */
  public void save(java.nio.file.Path path) {
    saveFile(path.toString());
  }

  /** The listed days (holidays, make-up working days) of year {@code year}'s arrangement. */
  public java.util.List<Day> arrangement(int year) {
    return Day.decodeList(arrangementList(year));
  }

  /** addWorkdays(d, n) for every date, looping in native code: the batch form. */
  public java.time.LocalDate[] addWorkdays(java.time.LocalDate[] dates, int n) {
    int[] days = Dates.toDays(dates);
    addWorkdaysArray(days, n);
    return Dates.fromDays(days);
  }

  /** addWorkdays over epoch days (LocalDate.toEpochDay()), returning a new array. */
  public int[] addWorkdays(int[] epochDays, int n) {
    int[] days = epochDays.clone();
    addWorkdaysArray(days, n);
    return days;
  }

  /** workdaysBetween(from[i], to[i]) for every pair, looping in native code. */
  public int[] workdaysBetween(java.time.LocalDate[] from, java.time.LocalDate[] to) {
    int[] counts = Dates.toDays(to);
    workdaysBetweenArray(Dates.toDays(from), counts);
    return counts;
  }

  @Override
  public String toString() {
    return "WorkCalendar " + getRegion() + " " + getFirstYear() + "-" + getLastYear();
  }
%}

/* ------------------------------------------------------------------ */
/* Organisation                                                        */
/* ------------------------------------------------------------------ */

%typemap(javacode) qzb_org %{
  /** Releases the native object now; later calls throw IllegalStateException. Safe to call twice. */
  @Override
  public void close() {
    delete();
  }

  /** Loads an organisation from an XML file in the format of org.xsd. */
  public static Org load(java.nio.file.Path path) {
    return loadFile(path.toString());
  }

  /** Loads an organisation from XML bytes; {@code name} names them in error messages. */
  public static Org load(byte[] xml, String name) {
    return loadMemory(xml, name);
  }

  /** Writes the canonical XML to {@code path}. */
  public void save(java.nio.file.Path path) {
    saveFile(path.toString());
  }

  /** The ids of all units, sorted. */
  public java.util.List<String> getUnits() {
    return Lists.of(unitCount(), this::unitAt);
  }

  /** The functional tags of a unit. */
  public java.util.List<String> unitTags(String unit) {
    return Lists.of(unitTagCount(unit), i -> unitTagAt(unit, i));
  }

  /** The units carrying {@code tag}. */
  public java.util.List<String> taggedUnits(String tag) {
    return Lists.of(taggedUnitCount(tag), i -> taggedUnitAt(tag, i));
  }

  /** The posts of a unit. */
  public java.util.List<String> unitPosts(String unit) {
    return Lists.of(unitPostCount(unit), i -> unitPostAt(unit, i));
  }

  /** The ids of all named areas of work, sorted. */
  public java.util.List<String> getAreas() {
    return Lists.of(areaCount(), this::areaAt);
  }

  /** The ids of all posts, sorted. */
  public java.util.List<String> getPosts() {
    return Lists.of(postCount(), this::postAt);
  }

  /** The posts that have {@code role} on {@code date}. */
  public java.util.List<String> rolePosts(String role, java.time.LocalDate date) {
    return Lists.of(rolePostCount(role, date), i -> rolePostAt(role, date, i));
  }

  /** The ids of all people, sorted. */
  public java.util.List<String> getPeople() {
    return Lists.of(personCount(), this::personAt);
  }

  /** The people holding {@code post} on {@code date}. */
  public java.util.List<String> holders(String post, java.time.LocalDate date) {
    return Lists.of(holderCount(post, date), i -> holderAt(post, date, i));
  }

  /** The posts {@code person} holds on {@code date}. */
  public java.util.List<String> personPosts(String person, java.time.LocalDate date) {
    return Lists.of(personPostCount(person, date), i -> personPostAt(person, date, i));
  }

  /** The whole history of {@code post}, oldest first. */
  public java.util.List<Tenure> tenures(String post) {
    return Tenure.decodeList(tenureList(post));
  }

  /** The absences of {@code person} (of everyone when null). */
  public java.util.List<Absence> absences(String person) {
    return Absence.decodeList(absenceList(person));
  }

  /** The units and areas {@code post} is in charge of (分管) on {@code date}. */
  public java.util.List<String> portfolio(String post, java.time.LocalDate date) {
    return Lists.of(portfolioCount(post, date), i -> portfolioAt(post, date, i));
  }

  /** The party group's member posts on {@code date} (the secretary included). */
  public java.util.List<String> partyGroupMembers(java.time.LocalDate date) {
    return Lists.of(partyGroupMemberCount(date), i -> partyGroupMemberAt(date, i));
  }

  /** Every entrustment (all dates). */
  public java.util.List<Entrustment> getEntrustments() {
    return Entrustment.decodeList(entrustmentList());
  }

  /** The entrustments made by post {@code by} in force on {@code date}. */
  public java.util.List<Entrustment> entrusted(String by, java.time.LocalDate date) {
    return Entrustment.decodeList(entrustedList(by, date));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Org && isSameAs((Org) other);
  }

  @Override
  public int hashCode() {
    return getId().hashCode();
  }

  @Override
  public String toString() {
    return "Org " + getId() + " " + getName();
  }
%}

/* ------------------------------------------------------------------ */
/* Rules                                                               */
/* ------------------------------------------------------------------ */

%typemap(javacode) qzb_rules %{
  /** Releases the native object now; later calls throw IllegalStateException. Safe to call twice. */
  @Override
  public void close() {
    delete();
  }

  /** Loads a rule set from an XML file in the format of rules.xsd. */
  public static Rules load(java.nio.file.Path path) {
    return loadFile(path.toString());
  }

  /** Loads a rule set from XML bytes; {@code name} names them in error messages. */
  public static Rules load(byte[] xml, String name) {
    return loadMemory(xml, name);
  }

  /** Writes the rule set as XML to {@code path}. */
  public void save(java.nio.file.Path path) {
    saveFile(path.toString());
  }

  /** The entries of {@code section}. */
  public java.util.List<Entry> entries(Section section) {
    return Entry.decodeList(entryList(section));
  }

  /** The ids of the entries of {@code section}. */
  public java.util.List<String> ids(Section section) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (Entry e : entries(section)) {
      ids.add(e.getId());
    }
    return java.util.Collections.unmodifiableList(ids);
  }

  @Override
  public String toString() {
    String number = getDocumentNumber();
    return "Rules " + getId() + " " + getTitle() + (number != null ? " " + number : "");
  }
%}


/* ------------------------------------------------------------------ */
/* Model                                                               */
/* ------------------------------------------------------------------ */

%typemap(javacode) qzb_model %{
  /*
   * Set on the proxy a ModelSlot hands out: every thread that calls get()
   * gets this one object, so closing it must not take the model from the
   * others. Written before the slot publishes the proxy (a volatile write),
   * so every reader sees it.
   */
  private transient boolean slotOwned;

  /** Marks this proxy as the one a slot shares; returns it. */
  Model ownedBySlot() {
    slotOwned = true;
    return this;
  }

  /**
   * Releases the native object now; later calls throw IllegalStateException.
   * Safe to call twice. Does nothing on a model obtained from
   * {@link ModelSlot#get()}: that object is shared by every caller of the
   * slot, and its native reference is released by the Cleaner once the slot
   * has moved on to another model and no one holds this one any more.
   */
  @Override
  public void close() {
    if (!slotOwned) {
      delete();
    }
  }

  /**
   * Builds a model from files; a null path means the embedded default
   * (the Yunxi rules, the demo organisation, the official calendar).
   */
  public static Model load(java.nio.file.Path rules, java.nio.file.Path org, java.nio.file.Path calendar) {
    try (Rules r = rules == null ? Rules.getDefault() : Rules.load(rules);
         Org o = org == null ? Org.getDefault() : Org.load(org);
         WorkCalendar c = calendar == null ? WorkCalendar.getDefault() : WorkCalendar.load(calendar)) {
      return create(r, o, c);
    }
  }

  /** Who convenes and presides over a meeting of {@code type} held on {@code date}, with its minutes and due date. */
  public Answer meeting(String type, java.time.LocalDate date) {
    return queryMeeting(type, date, false, null, null, 0, 0);
  }

  /** As {@link #meeting(String, java.time.LocalDate)}; {@code major}: major matters; {@code portfolio}: post or unit of the matter. */
  public Answer meeting(String type, java.time.LocalDate date, boolean major, String portfolio) {
    return queryMeeting(type, date, major, portfolio, null, 0, 0);
  }

  /**
   * As {@link #meeting(String, java.time.LocalDate, boolean, String)}, for rule sets that say who
   * approves holding a meeting and cap it: {@code invitees} (post or role ids, may be null) decide
   * the approvers ({@link Capacity#APPROVER}); {@code minutes} is the planned length (0: not stated),
   * checked against the meeting's length cap; {@code held} counts the meetings of this type the
   * convening unit already held in the period, checked against its cap per unit. A broken strict cap
   * is a finding and {@link Answer#getCompliant()} is false.
   */
  public Answer meeting(String type, java.time.LocalDate date, boolean major, String portfolio,
                        java.util.List<String> invitees, int minutes, int held) {
    return queryMeeting(type, date, major, portfolio, invitees, minutes, held);
  }

  /** Who signs and countersigns the document described by {@code request}. */
  public Answer sign(SignRequest request) {
    SignRequest.Encoded e = java.util.Objects.requireNonNull(request, "request").encoded();
    if (request.explained) {
      QuanzeJNI.explainNext();
    }
    return querySignUtf8(e.kind, request.date, e.issuer, e.recipient, request.majorPolicy,
        request.broadScope, request.decidedByExecutive, request.routine, e.portfolios, e.facts);
  }

  /** Who signs a document of {@code kind} on {@code date}; {@code portfolios}: the leaders in charge, lead first. */
  public Answer sign(String kind, java.time.LocalDate date, String... portfolios) {
    return sign(SignRequest.of(kind, date).portfolios(portfolios));
  }

  /** Who exercises the authority of {@code post} on {@code date}. */
  public Answer acting(String post, java.time.LocalDate date) {
    return queryActing(post, date, null, null, false);
  }

  /** Who exercises the authority of {@code post} on {@code date} for {@code matter} (e.g. a meeting type). */
  public Answer acting(String post, java.time.LocalDate date, String matter) {
    return queryActing(post, date, matter, null, false);
  }

  /**
   * As {@link #acting(String, java.time.LocalDate, String)} for a matter of kind {@code matterKind}
   * ({@code "temporary"}, {@code "urgent"}, {@code "routine"}, {@code "major"}, or null: not stated):
   * acting rules limited to kinds of matters act only for those; {@code instructed}: the absent
   * leader left explicit instructions on the matter (rules where they prevail then name no substitute).
   */
  public Answer acting(String post, java.time.LocalDate date, String matter, String matterKind, boolean instructed) {
    return queryActing(post, date, matter, matterKind, instructed);
  }

  /** The due date of deadline {@code name} counted from {@code from}. */
  public Answer deadline(String name, java.time.LocalDate from) {
    return queryDeadline(name, from, 0, false, from);
  }

  /** As {@link #deadline(String, java.time.LocalDate)} with the party's own {@code limit} (0: none) and today ({@code asOf}, may be null). */
  public Answer deadline(String name, java.time.LocalDate from, int limit, java.time.LocalDate asOf) {
    return queryDeadline(name, from, limit, asOf != null, asOf != null ? asOf : from);
  }

  /** The holder of {@code post} leaves the county on {@code depart}, reported on {@code notified}: late or not, and to whom. */
  public Answer leave(String post, java.time.LocalDate depart, java.time.LocalDate notified) {
    return queryLeave(post, depart, notified, 0, null);
  }

  /** As {@link #leave(String, java.time.LocalDate, java.time.LocalDate)}, for rule sets whose leave rules depend on the absence's length in {@code days} (0: not stated) and its {@code destination} (a destination id of the rule set, or null). */
  public Answer leave(String post, java.time.LocalDate depart, java.time.LocalDate notified, int days, String destination) {
    return queryLeave(post, depart, notified, days, destination);
  }

  /** Whether a meeting of {@code type} on {@code date} with the posts {@code present} reaches its quorum. */
  public Answer quorum(String type, java.time.LocalDate date, java.util.List<String> present) {
    return queryQuorum(type, date, present);
  }

  /** Whether {@code substitute} may attend in place of {@code principal}; {@code requestDate}: when the written request was sent, or null. */
  public Answer substitute(String type, String principal, String substitute, java.time.LocalDate date,
                           java.time.LocalDate requestDate, boolean presiderApproved) {
    return querySubstitute(type, principal, substitute, date, requestDate != null,
        requestDate != null ? requestDate : date, presiderApproved);
  }

  /**
   * What post {@code post} (or unit {@code unit}; both null: anyone) must do from {@code from} to
   * {@code to} under the rule set's obligations: one item per obligation and period or date.
   */
  public java.util.List<Obligation> obligations(String post, String unit, java.time.LocalDate from,
                                                java.time.LocalDate to) {
    return Obligation.decodeList(obligationList(post, unit, java.util.Objects.requireNonNull(from, "from"),
        java.util.Objects.requireNonNull(to, "to")));
  }

  /** Whether periodic obligation {@code id} was met over the period containing {@code period}. */
  public Answer periodic(String id, java.time.LocalDate period, java.util.List<java.time.LocalDate> dates) {
    return queryPeriodic(id, period, dates);
  }

  /** The violations of the normative-document checks by a document issued on {@code date}. */
  public Answer normative(java.time.LocalDate date, java.util.List<String> flags, int validityYears, String approvedBy) {
    return queryNormative(date, flags, validityYears, approvedBy);
  }

  /** The matters of the authority matrix in force on {@code date}. */
  public java.util.List<Matter> matters(java.time.LocalDate date) {
    return Matter.decodeList(matterList(date));
  }

  /** Matter {@code index} resolved on {@code date}. */
  public Answer matter(java.time.LocalDate date, long index) {
    return queryMatter(date, index);
  }

  /** The matter with id {@code id} resolved on {@code date}. */
  public Answer matter(java.time.LocalDate date, String id) {
    for (Matter m : matters(date)) {
      if (m.getId().equals(id)) {
        return queryMatter(date, m.getIndex());
      }
    }
    throw new NotFoundException("no matter '" + id + "' in the rules in force on " + date);
  }

  /** The whole authority matrix on {@code date}: one answer per matter. */
  public java.util.List<Answer> matrix(java.time.LocalDate date) {
    java.util.List<Answer> all = new java.util.ArrayList<>();
    long n = matterCount(date);
    for (long i = 0; i < n; i++) {
      all.add(queryMatter(date, i));
    }
    return java.util.Collections.unmodifiableList(all);
  }

  @Override
  public String toString() {
    try (Rules r = getRules(); Org o = getOrg()) {
      return "Model rules=" + r.getId() + " org=" + o.getId();
    }
  }
%}

%typemap(javacode) qzb_model_slot %{
  /*
   * The Model proxy of the model the slot holds: get() returns it, so that a
   * question asked through the slot allocates no proxy and registers nothing
   * with the Cleaner. It owns its own native reference (taken by set() and
   * create()), released by the Cleaner when the proxy becomes unreachable;
   * null once the slot is closed.
   */
  private volatile Model current;

  /** A slot holding {@code model} (the slot takes its own reference: the caller may close its model). */
  public static ModelSlot create(Model model) {
    ModelSlot slot = createNative(model);
    slot.current = slot.getNative().ownedBySlot();
    return slot;
  }

  /**
   * The current model. Lock-free, and allocates nothing: every caller gets
   * the same {@code Model} object until the next {@link #set(Model)}. It stays
   * usable after a later {@code set()} for as long as the caller holds it.
   * Its {@code close()} does nothing (other threads share it), so
   * {@code try (Model m = slot.get())} is harmless; its native reference is
   * released by the Cleaner once it is no longer the slot's model and no one
   * holds it.
   *
   * @throws IllegalStateException if the slot is closed
   */
  public Model get() {
    Model m = current;
    if (m == null) {
      throw new IllegalStateException("the object is closed");
    }
    return m;
  }

  /**
   * Publishes {@code model} (the slot takes its own reference: the caller may
   * close its model). Threads that got the old model keep it.
   */
  public synchronized void set(Model model) {
    setNative(model);
    current = getNative().ownedBySlot();
  }

  /**
   * Releases the slot's native object now; later calls throw
   * IllegalStateException. Safe to call twice. Models already obtained from
   * the slot stay usable.
   */
  @Override
  public synchronized void close() {
    current = null;
    delete();
  }
%}
