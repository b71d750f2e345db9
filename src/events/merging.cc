// Within-document merging: when two candidate records tell the same event
// (same type family, same sides, compatible dates), they become one record
// holding the evidence of both.

#include "events/internal.h"

namespace parley::events {

std::string family(const std::string& cameo) { return cameo == "036" ? "036" : cameo.substr(0, 2); }

namespace {

bool dates_compatible(const Date& a, const Date& b) {
  if (!a.known() || !b.known()) return true;
  if (a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  return true;
}

}  // namespace

// Two mentions name the same side when they are the same actor, or when one
// is a state (or its government, unnamed) and the other a person or body of
// that state: "met with Russia's ambassador" ... "met with Anatoly Antonov".
bool same_side(const std::string& key_a, const Actor& a, const std::string& key_b, const Actor& b) {
  if (key_a == key_b) return true;
  if (a.country.empty() || a.country != b.country) return false;
  return actors::speaks_for_state(a) || actors::speaks_for_state(b);
}

namespace {

// "Tillerson met with Russia's ambassador ... On Tuesday, Tillerson met with
// Anatoly Antonov": in neighbouring sentences, an unnamed office holder of a
// known country and a named person of no known country are one person, the
// name saying who and the title saying what.
bool introduces(const Actor& titled, const Actor& named) {
  return titled.name.empty() && !titled.country.empty() && !titled.role.empty() && !named.name.empty() &&
         named.country.empty();
}

bool same_side_near(const std::string& key_a, const Actor& a, const std::string& key_b, const Actor& b, bool near) {
  return same_side(key_a, a, key_b, b) || (near && (introduces(a, b) || introduces(b, a)));
}

// "Insurgents bombarded Aleppo overnight, killing at least eight people":
// in one sentence, force by one actor told twice, once with the place or
// actor it hit and once without, is one act.
bool one_act_of_force(const Candidate& a, const Candidate& b) {
  if (a.sentence != b.sentence || a.target_key.empty() == b.target_key.empty() || a.source_key.empty() ||
      a.source_key != b.source_key)
    return false;
  const std::string& code = a.event.cameo;
  if (code.size() < 2) return false;
  return code[0] == '1' ? code[1] == '8' || code[1] == '9' : code.compare(0, 2, "20") == 0;
}

}  // namespace

bool same_event(const Candidate& a, const Candidate& b) {
  if (family(a.event.cameo) != family(b.event.cameo) || a.event.status != b.event.status) return false;
  const Actor &as = a.event.source.actor, &at = a.event.target.actor;
  const Actor &bs = b.event.source.actor, &bt = b.event.target.actor;
  // At least one side must be the very same actor: a visit to Moscow and a
  // visit to Washington are two events even though their states match.
  bool near = (a.sentence > b.sentence ? a.sentence - b.sentence : b.sentence - a.sentence) <= 2;
  bool direct = (a.source_key == b.source_key || a.target_key == b.target_key) &&
                same_side_near(a.source_key, as, b.source_key, bs, near) &&
                same_side_near(a.target_key, at, b.target_key, bt, near);
  // Words against another (demands, disapproval, rejection, threats, 10-13)
  // have a direction: "Trump mocked McCain, while McCain criticized Trump"
  // are two acts.  So has praise: "Jackson admired Blair" and "Blair said
  // Jackson was a decent man" are two.
  std::string root = family(a.event.cameo);
  bool directed = root == "10" || root == "11" || root == "12" || root == "13" ||
                  (a.event.cameo == "051" && b.event.cameo == "051");
  bool mirrored = !directed && (a.source_key == b.target_key || a.target_key == b.source_key) &&
                  same_side_near(a.source_key, as, b.target_key, bt, near) &&
                  same_side_near(a.target_key, at, b.source_key, bs, near);
  bool same_pair = direct || mirrored;
  if (one_act_of_force(a, b)) return dates_compatible(a.event.date, b.event.date);
  // A state standing for one of its people only within one kind of act (a
  // visit to Moscow is not the talks in Washington).
  bool exact = (a.source_key == b.source_key && a.target_key == b.target_key) ||
               (a.source_key == b.target_key && a.target_key == b.source_key);
  if (!exact && a.event.cameo != b.event.cameo) return false;
  return same_pair && dates_compatible(a.event.date, b.event.date);
}

void merge_into(Candidate& into, Candidate&& from) {
  // Of one act of force told twice, the telling that names what it hit
  // (and says how) is the record.
  bool one_act = one_act_of_force(into, from);
  if (one_act && into.target_key.empty()) std::swap(into, from);
  Event& e = into.event;
  // "tank shelling killed five civilians", "killed in an air strike": the
  // shelling (194) or the air strike (195) says how the killing (190) was done.
  const Event& how = from.event;
  // Only a weapon says how: taking or blockading land (191, 192) is another act.
  bool weapon = how.cameo == "193" || how.cameo == "194" || how.cameo == "195" || how.cameo.rfind("183", 0) == 0;
  if (weapon && e.cameo.size() == 3 && e.cameo[2] == '0' && how.cameo != e.cameo && family(how.cameo) == family(e.cameo)) {
    e.cameo = how.cameo;
    e.plover = how.plover;
    e.plover_mode = how.plover_mode;
    e.goldstein = how.goldstein;
    e.quad_class = how.quad_class;
  }
  // A named person or body is more precise than their state.
  auto refine = [](EventActor& side, std::string& key, const EventActor& other, const std::string& other_key) {
    if (introduces(other.actor, side.actor)) {  // the name is known; the title says who they are
      side.actor.country = other.actor.country;
      side.actor.sector = other.actor.sector;
      side.actor.role = other.actor.role;
      side.actor.code = other.actor.code;
    } else if (introduces(side.actor, other.actor)) {
      Actor titled = side.actor;
      side = other;
      key = other_key;
      side.actor.country = titled.country;
      side.actor.sector = titled.sector;
      side.actor.role = titled.role;
      side.actor.code = titled.code;
    } else if (side.actor.name.empty() && !other.actor.name.empty() && side.actor.country == other.actor.country) {
      side = other;
      key = other_key;
    }
  };
  bool direct = same_side_near(into.source_key, e.source.actor, from.source_key, from.event.source.actor, true);
  refine(e.source, into.source_key, direct ? from.event.source : from.event.target,
         direct ? from.source_key : from.target_key);
  refine(e.target, into.target_key, direct ? from.event.target : from.event.source,
         direct ? from.target_key : from.source_key);
  if (!e.date.known() && from.event.date.known()) {
    e.date = from.event.date;
    e.date_basis = from.event.date_basis;
    e.date_text = from.event.date_text;
    e.background = from.event.background;  // the flag goes with the date: "arrested in January 2015" is old
  }
  if (e.place.empty()) e.place = from.event.place;
  e.mutual |= from.event.mutual;
  // A general consultation takes the more specific code of a later mention.
  if (e.cameo == "040" && from.event.cameo != "040" && family(from.event.cameo) == "04") e.cameo = from.event.cameo;
  if (e.intended_code.empty() && from.event.cameo == e.cameo) e.intended_code = from.event.intended_code;
  // A plain criticism takes the code of an accusation told of the same act
  // ("Netanyahu disparages the deal" ... "Iran lied", 112): the more specific.
  if (e.cameo == "111" && from.event.cameo.compare(0, 3, "112") == 0) e.cameo = from.event.cameo;
  for (auto& t : from.event.topics)
    if (std::find(e.topics.begin(), e.topics.end(), t) == e.topics.end()) e.topics.push_back(std::move(t));
  for (auto& ev : from.event.evidence) e.evidence.push_back(std::move(ev));
}

}  // namespace parley::events
