#!/usr/bin/env python3
"""Generates the large benchmark graph as fact bundles for POST /bundles, plus the ids the query mix rotates over.

    python3 src/bench/generate.py OUT_DIR [--scale 1.0] [--seed 8]

Writes OUT_DIR/bundle-NN-<what>.json (in import order: each bundle refers only to entities of earlier bundles or
of itself, and the seed the server loads at start) and OUT_DIR/samples/*.txt (one id or word a line):

  delegations.txt   delegation ids for Q5            persons.txt   person ids for Q8 (some with roles)
  search.txt        words for Q6                     paths.txt     "from<TAB>to" pairs 2-3 hops apart for Q7

At scale 1: 2,000 states, 4,000 talks, 20,000 disputed assets, 10,000 delegations, 100,000 persons, 500
positions and 500 statements (136,520 entities, about 175,000 facts; with one or two REPORTED_BY links per
entity, about 137k nodes and 318k relationships in Neo4j once the server has loaded them). Deterministic for a
given seed. Every name is made of capitalised words, so ordering by name and by the lower-cased name agree.
"""
import argparse
import datetime
import json
import os
import random

FORMAT = "accord-graph/fact-bundle@1"
MAX_ENTITIES_PER_BUNDLE = 10_000

SYLLABLES = ["val", "dor", "mar", "ken", "tu", "lis", "bra", "no", "vi", "sar", "mon", "te", "gal", "ri", "sten",
             "qua", "ber", "lo", "zan", "fe", "kor", "al", "ist", "ran", "pel", "os", "tra", "ven", "ul", "mir"]
ENDINGS = ["ia", "land", "stan", "ova", "aria", "eth", "or", "ica", "enia", "ar"]
FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas", "Katya", "Lars",
         "Maria", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Sergei", "Tamara", "Ulrich", "Vera", "Wojciech",
         "Xenia", "Yusuf", "Zofia", "Amir", "Bianca", "Carlos", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivan",
         "Jana", "Karim", "Lena", "Marek", "Nadia", "Oskar", "Petra", "Rahul", "Sofia", "Tomas", "Uma", "Viktor",
         "Wanda", "Yara", "Zoran"]
LAST = ["Petrova", "Novak", "Kowalski", "Ivanova", "Horvat", "Lindqvist", "Moreau", "Schmidt", "Rossi", "Garcia",
        "Nielsen", "Jansen", "Popescu", "Nagy", "Dvorak", "Kovalenko", "Melnyk", "Shevchenko", "Bondarenko", "Tkachenko",
        "Sokolov", "Volkov", "Lebedev", "Kuznetsov", "Morozov", "Orlov", "Andersen", "Berg", "Dahl", "Eriksen",
        "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Keller", "Richter", "Klein", "Wolf", "Neumann",
        "Dubois", "Laurent", "Lefebvre", "Mercier", "Fontaine", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
        "Santos", "Pereira", "Costa", "Ferreira", "Almeida", "Yilmaz", "Kaya", "Demir", "Celik", "Aydin",
        "Haddad", "Khalil", "Nasser", "Rahman", "Karimi", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito",
        "Kim", "Park", "Chen", "Wang", "Zhang", "Singh", "Patel", "Sharma", "Gupta", "Mehta",
        "Okafor", "Mensah", "Diallo", "Traore", "Kamau", "Otieno", "Abebe", "Tesfaye", "Banda", "Phiri",
        "Walsh", "Byrne", "Murphy", "Kelly", "Lynch", "Evans", "Hughes", "Lewis", "Price", "Morgan"]
CITIES = ["Lausanne", "Vienna", "Helsinki", "Oslo", "Doha", "Istanbul", "Riyadh", "Muscat", "Astana", "Baku",
          "Minsk", "Warsaw", "Prague", "Budapest", "Bratislava", "Ljubljana", "Zagreb", "Belgrade", "Sofia", "Bucharest",
          "Athens", "Valletta", "Rome", "Madrid", "Lisbon", "Dublin", "Reykjavik", "Copenhagen", "Stockholm", "Tallinn",
          "Riga", "Vilnius", "Tbilisi", "Yerevan", "Cairo", "Nairobi", "Addis Ababa", "Dakar", "Rabat", "Tunis"]
ASSET_WORDS = ["Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Old", "New", "Great", "Little",
               "Red", "White", "Black", "Green", "Silver", "Golden", "High", "Deep", "Far", "Near"]
ASSET_NOUNS = {"TERRITORY": ["Territory", "Lands", "Strip"], "REGION": ["Region", "Province", "Valley"],
               "CITY": ["City", "Town", "Harbour"], "FACILITY": ["Plant", "Port", "Base"],
               "INFRASTRUCTURE": ["Bridge", "Pipeline", "Dam"], "RESOURCE": ["Field", "Mine", "Reserve"],
               "OTHER": ["Site", "Zone", "Corridor"]}
TITLES = ["Foreign Minister", "Deputy Foreign Minister", "Ambassador", "Special Envoy", "Chief Negotiator",
          "Defence Minister", "Presidential Adviser", "Head Of Intelligence", "Legal Adviser", "Security Adviser"]
STANCES = ["DEMANDS", "REJECTS", "PROPOSES", "SUPPORTS", "OPPOSES", "SEEKS", "ACCEPTS"]
SOURCE_COUNT = 20
SEARCH_WORDS = ["Petrova", "Kowalski", "Medinsky", "Shevchenko", "Anna Novak", "Tanaka", "Yusuf Haddad", "Kyiv"]


def day(rng, start_year, end_year):
    start = datetime.date(start_year, 1, 1).toordinal()
    end = datetime.date(end_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


class Generator:
    def __init__(self, scale, seed):
        self.rng = random.Random(seed)
        n = lambda count: max(2, int(count * scale))
        self.states, self.talks, self.assets = n(2_000), n(4_000), n(20_000)
        self.delegations, self.persons = n(10_000), n(100_000)
        self.positions, self.statements = n(500), n(500)
        self.sources = [f"bench-source-{i}" for i in range(1, SOURCE_COUNT + 1)]

    def cite(self, count=1):
        return self.rng.sample(self.sources, count)

    def fact_sources(self):
        return self.cite(self.rng.choice((1, 1, 2)))

    def state_names(self):
        names, seen = [], {"Russia", "Ukraine", "United States"}
        while len(names) < self.states:
            parts = self.rng.sample(SYLLABLES, self.rng.choice((2, 2, 3)))
            name = ("".join(parts) + self.rng.choice(ENDINGS)).capitalize()
            if name not in seen:
                seen.add(name)
                names.append(name)
        return names

    def bundles(self):
        rng = self.rng
        # Bundle 1: sources, states, talks and which states are party to each talks.
        sources = [{"id": sid, "name": f"Bench Report {i + 1}", "publishedAt": str(day(rng, 2000, 2026)),
                    "publisher": rng.choice(["Wire Agency", "Daily Gazette", "Foreign Desk", "Policy Review"])}
                   for i, sid in enumerate(self.sources)]
        self.state_name = self.state_names()
        states = [{"type": "State", "id": f"state-{i + 1}", "name": name, "sources": self.cite(2)}
                  for i, name in enumerate(self.state_name)]
        talks, party_to = [], []
        self.talks_of_state = {}
        for i in range(self.talks):
            start = day(rng, 2000, 2026)
            city = rng.choice(CITIES)
            talks.append({"type": "Talks", "id": f"talks-{i + 1}", "name": f"{city} Round {i + 1}",
                          "properties": {"location": city, "startDate": str(start),
                                         "endDate": str(start + datetime.timedelta(days=rng.randint(0, 3)))},
                          "sources": self.cite(2)})
            for s in rng.sample(range(self.states), 2):
                party_to.append({"type": "PARTY_TO", "from": f"state-{s + 1}", "to": f"talks-{i + 1}",
                                 "sources": self.fact_sources()})
        yield "states-talks", {"format": FORMAT, "sources": sources, "entities": states + talks,
                               "relationships": party_to}

        # Disputed assets: controlled by one state, a quarter of them also claimed by another.
        self.assets_of_state = {}
        for chunk_start in range(0, self.assets, MAX_ENTITIES_PER_BUNDLE):
            entities, facts = [], []
            for i in range(chunk_start, min(self.assets, chunk_start + MAX_ENTITIES_PER_BUNDLE)):
                kind = rng.choice(list(ASSET_NOUNS))
                aid = f"asset-{i + 1}"
                entities.append({"type": "DisputedAsset", "id": aid,
                                 "name": f"{rng.choice(ASSET_WORDS)} {rng.choice(ASSET_NOUNS[kind])} {i + 1}",
                                 "properties": {"kind": kind}, "sources": self.cite()})
                controller, claimant = rng.sample(range(self.states), 2)
                self.assets_of_state.setdefault(controller, []).append(aid)
                facts.append({"type": "CONTROLS", "from": f"state-{controller + 1}", "to": aid,
                              "properties": {"extent": rng.choice(["FULL", "PARTIAL"])},
                              "since": str(day(rng, 1990, 2025)), "sources": self.fact_sources()})
                if i % 4 == 0:
                    facts.append({"type": "CLAIMS", "from": f"state-{claimant + 1}", "to": aid,
                                  "properties": {"basis": "Historical title"}, "sources": self.fact_sources()})
            yield f"assets-{chunk_start // MAX_ENTITIES_PER_BUNDLE + 1}", \
                {"format": FORMAT, "sources": [], "entities": entities, "relationships": facts}

        # Delegations: each represents one state and takes part in one or two talks.
        self.state_of_delegation = []
        entities, facts = [], []
        for j in range(self.delegations):
            state = j % self.states
            self.state_of_delegation.append(state)
            did = f"delegation-{j + 1}"
            entities.append({"type": "Delegation", "id": did,
                             "name": f"{self.state_name[state]} Delegation {j // self.states + 1}",
                             "sources": self.cite()})
            facts.append({"type": "REPRESENTS", "from": did, "to": f"state-{state + 1}",
                          "sources": self.fact_sources()})
            for t in rng.sample(range(self.talks), rng.choice((1, 2))):
                facts.append({"type": "PARTICIPATES_IN", "from": did, "to": f"talks-{t + 1}",
                              "sources": self.fact_sources()})
        yield "delegations", {"format": FORMAT, "sources": [], "entities": entities, "relationships": facts}

        # Persons: each a member of one delegation (about ten a delegation), the first member its head; one in
        # twenty serves the delegation's state with a title.
        per_delegation = max(1, self.persons // self.delegations)
        self.serving = set()
        for chunk_start in range(0, self.persons, MAX_ENTITIES_PER_BUNDLE):
            entities, facts = [], []
            for i in range(chunk_start, min(self.persons, chunk_start + MAX_ENTITIES_PER_BUNDLE)):
                pid = f"person-{i + 1}"
                d = min(i // per_delegation, self.delegations - 1)
                entities.append({"type": "Person", "id": pid, "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                                 "sources": self.cite()})
                facts.append({"type": "MEMBER_OF", "from": pid, "to": f"delegation-{d + 1}",
                              "since": str(day(rng, 2015, 2026)), "sources": self.fact_sources()})
                if i % per_delegation == 0 and i // per_delegation < self.delegations:
                    facts.append({"type": "HEADS", "from": pid, "to": f"delegation-{d + 1}",
                                  "sources": self.fact_sources()})
                if i % 20 == 7:
                    self.serving.add(i)
                    facts.append({"type": "SERVES", "from": pid, "to": f"state-{self.state_of_delegation[d] + 1}",
                                  "properties": {"title": rng.choice(TITLES)}, "since": str(day(rng, 2010, 2026)),
                                  "sources": self.fact_sources()})
            yield f"persons-{chunk_start // MAX_ENTITIES_PER_BUNDLE + 1}", \
                {"format": FORMAT, "sources": [], "entities": entities, "relationships": facts}

        # Positions (taken by a state or a person, about an asset) and statements (made by a person, about a
        # state, an asset or a person).
        entities, facts = [], []
        for i in range(self.positions):
            stance = rng.choice(STANCES)
            asset = rng.randrange(self.assets)
            holder = f"state-{rng.randrange(self.states) + 1}" if i % 2 else f"person-{rng.randrange(self.persons) + 1}"
            pid = f"position-{i + 1}"
            entities.append({"type": "Position", "id": pid, "name": f"Position {i + 1} {stance.capitalize()}",
                             "properties": {"stance": stance, "date": str(day(rng, 2010, 2026)),
                                            "summary": f"{stance.capitalize()} a settlement on asset {asset + 1}"},
                             "sources": self.cite()})
            facts.append({"type": "TAKES", "from": holder, "to": pid, "sources": self.fact_sources()})
            facts.append({"type": "CONCERNS", "from": pid, "to": f"asset-{asset + 1}", "sources": self.fact_sources()})
        for i in range(self.statements):
            speaker = rng.randrange(self.persons)
            about = rng.choice([f"state-{rng.randrange(self.states) + 1}", f"asset-{rng.randrange(self.assets) + 1}",
                                f"person-{rng.randrange(self.persons) + 1}"])
            sid = f"statement-{i + 1}"
            entities.append({"type": "Statement", "id": sid, "name": f"Statement {i + 1}",
                             "properties": {"kind": rng.choice(["REMARK", "ACCUSATION"]),
                                            "date": str(day(rng, 2010, 2026)), "quoted": rng.random() < 0.5,
                                            "text": f"The talks in {rng.choice(CITIES)} made progress on point "
                                                    f"{rng.randint(1, 40)}, said a delegate."},
                             "sources": self.cite()})
            facts.append({"type": "MADE", "from": f"person-{speaker + 1}", "to": sid, "sources": self.fact_sources()})
            facts.append({"type": "ABOUT", "from": sid, "to": about, "sources": self.fact_sources()})
        yield "positions-statements", {"format": FORMAT, "sources": [], "entities": entities, "relationships": facts}

    def samples(self):
        rng = random.Random(1008)
        delegations = [f"delegation-{rng.randrange(self.delegations) + 1}" for _ in range(1000)]
        serving = sorted(self.serving)
        persons = []
        for k in range(1000):
            i = rng.choice(serving) if k % 3 == 0 and serving else rng.randrange(self.persons)
            persons.append(f"person-{i + 1}")
        per_delegation = max(1, self.persons // self.delegations)
        paths = []
        while len(paths) < 200:
            i = rng.randrange(self.persons)
            d = min(i // per_delegation, self.delegations - 1)
            if i in self.serving or i % per_delegation == 0:
                continue  # a role or the head's second link would make another or a shorter path
            state = self.state_of_delegation[d]
            if len(paths) % 2 == 0:
                paths.append((f"person-{i + 1}", f"state-{state + 1}"))                       # 2 hops
            elif self.assets_of_state.get(state):
                paths.append((f"person-{i + 1}", rng.choice(self.assets_of_state[state])))  # 3 hops
        return {"delegations.txt": delegations, "persons.txt": persons, "search.txt": SEARCH_WORDS,
                "paths.txt": [f"{a}\t{b}" for a, b in paths]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every count (default 1)")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    os.makedirs(os.path.join(args.out, "samples"), exist_ok=True)
    gen = Generator(args.scale, args.seed)
    entities = facts = 0
    for n, (name, bundle) in enumerate(gen.bundles(), start=1):
        with open(os.path.join(args.out, f"bundle-{n:02d}-{name}.json"), "w") as f:
            json.dump(bundle, f, separators=(",", ":"))
        entities += len(bundle["entities"]) + len(bundle["sources"])
        facts += len(bundle["relationships"])
    for name, lines in gen.samples().items():
        with open(os.path.join(args.out, "samples", name), "w") as f:
            f.write("\n".join(lines) + "\n")
    print(f"{entities} entities and {facts} facts in {n} bundles")


if __name__ == "__main__":
    main()
