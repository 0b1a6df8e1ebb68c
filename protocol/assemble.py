"""The answers and the editors' section templates together make the `Draft`.

Sections whose condition does not hold are left out and the rest are numbered in order, so the
numbers never skip. A subheading starts a subsection (2.1, 2.2, ...); what comes before the first
subheading belongs to the section itself.
"""

from .draft import BulletList, Draft, Paragraph, Section, Table
from .placeholders import Facts

ROLES_HEADER = ("Rol", "Naam in de organisatie", "Taak")


def build_draft(sections, cleaned, *, today, title, subtitle=""):
    """sections: the page's StreamValue of section blocks; cleaned: validated answers per step."""
    facts = Facts(cleaned, today)
    values = facts.placeholders()
    built = []
    for child in sections:
        section = child.value
        if not facts.holds(section.get("condition")):
            continue
        number = str(len(built) + 1)
        built.append(build_section(number, section, facts, values))
    return Draft(
        title=title,
        organisation=facts.organisation,
        created=today,
        sections=tuple(built),
        subtitle=facts.fill(subtitle, values),
    )


def build_section(number, section, facts, values):
    own_blocks = []
    subsections = []  # [heading, [blocks]]
    for child in section["content"]:
        if child.block_type == "subheading":
            subsections.append((facts.fill(child.value, values), []))
            continue
        blocks = build_blocks(child.block_type, child.value, facts, values)
        (subsections[-1][1] if subsections else own_blocks).extend(blocks)
    return Section(
        number=number,
        heading=facts.fill(section["heading"], values),
        blocks=tuple(own_blocks),
        subsections=tuple(
            Section(number=f"{number}.{index}", heading=heading, blocks=tuple(blocks))
            for index, (heading, blocks) in enumerate(subsections, start=1)
        ),
    )


def build_blocks(block_type, value, facts, values):
    """The draft blocks of one content block; none when it has nothing to say here."""
    if block_type == "paragraph":
        if not facts.holds(value.get("condition")):
            return []
        return [Paragraph(facts.fill(value["text"], values))]
    if block_type == "bullets":
        if not facts.holds(value.get("condition")):
            return []
        return [BulletList(tuple(facts.fill(item, values) for item in value["items"] if item))]
    if block_type == "answer_list":
        items = facts.answer_list(value["answers"])
        if not items:
            return []
        intro = facts.fill(value.get("intro") or "", values)
        # The sentence above the list belongs with it: a paragraph right before the bullets.
        return [Paragraph(intro), BulletList(items)] if intro else [BulletList(items)]
    if block_type == "roles_table":
        return [Table(caption=value["caption"], header=ROLES_HEADER, rows=facts.role_rows())]
    raise ValueError(f"unknown block type {block_type!r}")
