"""Converts the European Social Forum network (nodes.csv, edges.csv) into NetworkGraph's import tables.

    python3 data/samples/esf/convert.py <folder with nodes.csv and edges.csv>

Writes records.csv and ties.csv beside this script. README.md says how each column is mapped.
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNTRIES = HERE.parent.parent / "Reference" / "countries.csv"

ORGANISATION_KINDS = {
    "NGO or Association": "NGO",
    "Trade Union": "TRADE_UNION",
    "Network or federation": "NETWORK",
    "Affinity group or collective": "GRASSROOTS",
    "Political party": "GRASSROOTS",
    "Media": "MEDIA",
    "Publisher": "MEDIA",
    "Local authority/ local government body": "NGO",
    "Project or campaign of several organisations": "NETWORK",
    "Professional group in action": "GRASSROOTS",
    "Foundation or trust": "FUNDER",
    "Youth organization": "GRASSROOTS",
    "Social Forum Local/Regional/Thematic": "NETWORK",
    "Social Forum preparatory working group": "NETWORK",
    "Research or documentation entity": "ACADEMIC",
    "Co-operative": "GRASSROOTS",
    "Religious or spiritual group": "NGO",
    "Autonomous space connected to an ESF": "GRASSROOTS",
    "Other - Women legal aid": "LEGAL_AID",
    "Other - Local safety children project": "NGO",
    "Other - public school": "ACADEMIC",
    "Other confluence space - annual conference": "NETWORK",
}

EVENT_KINDS = {"Plenary Session": "CONFERENCE", "Seminary": "JOINT_SESSION", "Workshop": "TRAINING"}

COALITION_TYPE = "Network+"

# The forum each session belongs to, with the forum's city, country and days.
FORUMS = {
    "Firenze": ("IT", "2002-11-06", "2002-11-10"),
    "Paris": ("FR", "2003-11-12", "2003-11-15"),
    "London": ("GB", "2004-10-14", "2004-10-17"),
}

# Country names in the source that are not the ISO 3166 English short names of data/Reference/countries.csv.
COUNTRY_ALIASES = {
    "England": "GB", "United Kingdom": "GB", "USA": "US", "Russia": "RU", "Palestine": "PS", "Palestina": "PS",
    "Congo Republic": "CG", "Cameroun": "CM", "Maroc": "MA", "Cote d'Ivoire": "CI", "Pais Vasco": "ES",
    "Italia": "IT", "Republic of Ireland": "IE", "Czech Republic": "CZ", "Turkey": "TR", "Venezuela": "VE",
    "Netherlands": "NL",
}

# Source themes that fit a theme of the taxonomy (data/Seeding/ThemeCatalogue.cs); the others are left out.
THEMES = {
    "Labour, precarity and unemployment": "labour-rights",
    "Democracy and politics": "democracy",
    "Migrations and antiracism": "migration",
    "War, conflict resolutions  and peace": "peacebuilding",
    "Ecology and sustainability": "environmental-rights",
    "Economy": "economic-social-rights",
    "Human and civil rights": "civic-space",
    "Gender, sexuality, feminism": "womens-rights",
    "Health": "economic-social-rights",
    "Media and publications": "media-freedom",
    "Social exclusion and poverty": "economic-social-rights",
    "Housing": "economic-social-rights",
    "Cultural and linguistic diversity": "minority-rights",
    "Communication technologies": "digital-rights",
}

RECORD_COLUMNS = ["id", "type", "label", "acronym", "kind", "countries", "themes", "website", "city", "startsOn", "endsOn", "description"]
TIE_COLUMNS = ["kind", "from", "to", "role"]


def country_codes():
    with open(COUNTRIES, newline="", encoding="utf-8") as file:
        codes = {row["name"]: row["iso2"] for row in csv.DictReader(file)}
    return codes | COUNTRY_ALIASES


def text(value):
    return "" if value in ("", "na") else value.strip()


def record(node, codes):
    country = codes[node["country"]] if node["country"] else ""
    base = {"id": f"esf-{node['node_id']}", "label": text(node["name"]), "description": text(node["description"])}
    kind = node["type"]
    if kind == COALITION_TYPE:
        return base | {"type": "Coalition"}
    if kind in EVENT_KINDS:
        forum = next(node[column] for column in ("esf1", "esf2", "esf3") if node[column])
        _, starts, ends = FORUMS[forum]
        return base | {"type": "Event", "kind": EVENT_KINDS[kind], "countries": country, "city": text(node["location"]),
                       "startsOn": starts, "endsOn": ends}
    acronym = text(node["acronym"])
    return base | {"type": "Organisation", "kind": ORGANISATION_KINDS[kind], "countries": country, "themes": THEMES.get(node["theme"], ""),
                   "acronym": acronym if acronym != base["label"] else "", "website": text(node["website"]), "city": text(node["location"])}


def tie(edge, types):
    source, target = f"esf-{edge['source']}", f"esf-{edge['target']}"
    if edge["type"] == "Is Part Of" and types[source] == "Coalition" and types[target] == "Organisation":
        return {"kind": "Membership", "from": source, "to": target, "role": "MEMBER"}
    if edge["type"] == "Participated To" and types[source] == "Event" and types[target] == "Organisation":
        return {"kind": "Participation", "from": source, "to": target, "role": "PARTICIPANT"}
    raise ValueError(f"unexpected edge {edge}")


def main(source):
    codes = country_codes()
    with open(source / "nodes.csv", newline="", encoding="utf-8") as file:
        records = [record(node, codes) for node in csv.DictReader(file)]
    types = {r["id"]: r["type"] for r in records}
    with open(source / "edges.csv", newline="", encoding="utf-8") as file:
        ties = [tie(edge, types) for edge in csv.DictReader(file)]
    # The source repeats five edges; a tie is written once.
    unique = list({(t["kind"], t["from"], t["to"]): t for t in ties}.values())
    write(HERE / "records.csv", RECORD_COLUMNS, records)
    write(HERE / "ties.csv", TIE_COLUMNS, unique)
    print(f"{len(records)} records, {len(unique)} ties ({len(ties) - len(unique)} repeated edges written once)")


def write(path, columns, rows):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, columns, restval="", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
