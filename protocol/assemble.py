"""The answers and the editors' section templates together make the `Draft`.

Sections whose condition does not hold are left out and the rest are numbered in order, so the
numbers never skip. A subheading starts a subsection (2.1, 2.2, ...); what comes before the first
subheading belongs to the section itself. A subsection left without text (all of it depends on
answers that were not given) is left out too.

Annexes (model letters, a form, house rules) are drafts of their own: their text before the
first subheading comes right under the title, and each subheading starts a numbered section.
"""

from .draft import BulletList, Draft, Paragraph, Section, Table
from .ladder import LADDER_HEADER
from .placeholders import Facts

ROLES_HEADER = ("Rol", "Naam in de organisatie", "Taak")


def build_draft(sections, cleaned, *, today, title, subtitle="", annex_titles=()):
    """sections: the page's StreamValue of section blocks; cleaned: validated answers per step;
    annex_titles: the annexes that come with it (for a list of them in the draft)."""
    facts = Facts(cleaned, today, annex_titles)
    values = facts.placeholders()
    built = []
    for child in sections:
        section = child.value
        if not facts.holds(section.get("condition")):
            continue
        number = str(len(built) + 1)
        own_blocks, subsections = build_content(section["content"], facts, values)
        built.append(
            Section(
                number=number,
                heading=facts.fill(section["heading"], values),
                blocks=own_blocks,
                subsections=numbered(subsections, prefix=f"{number}."),
            )
        )
    return Draft(
        title=title,
        organisation=facts.organisation,
        created=today,
        sections=tuple(built),
        subtitle=facts.fill(subtitle, values),
    )


def build_annexes(annexes, cleaned, *, today, subtitle=""):
    """annexes: the page's StreamValue of annex blocks. One draft per annex whose condition
    holds, in the editors' order."""
    facts = Facts(cleaned, today)
    values = facts.placeholders()
    built = []
    for child in annexes:
        annex = child.value
        if not facts.holds(annex.get("condition")):
            continue
        preface, subsections = build_content(annex["content"], facts, values)
        built.append(
            Draft(
                title=facts.fill(annex["title"], values),
                organisation=facts.organisation,
                created=today,
                subtitle=facts.fill(subtitle, values),
                preface=preface,
                sections=numbered(subsections, prefix=""),
            )
        )
    return tuple(built)


def build_content(content, facts, values):
    """(the blocks before the first subheading, [(subheading, blocks), ...]) of a content stream."""
    own_blocks = []
    subsections = []  # [heading, [blocks]]
    for child in content:
        if child.block_type == "subheading":
            subsections.append((facts.fill(child.value, values), []))
            continue
        blocks = build_blocks(child.block_type, child.value, facts, values)
        (subsections[-1][1] if subsections else own_blocks).extend(blocks)
    return tuple(own_blocks), [(heading, blocks) for heading, blocks in subsections if blocks]


def numbered(subsections, prefix):
    return tuple(
        Section(number=f"{prefix}{index}", heading=heading, blocks=tuple(blocks))
        for index, (heading, blocks) in enumerate(subsections, start=1)
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
    if block_type == "ladder_table":
        return [Table(caption=value["caption"], header=LADDER_HEADER, rows=facts.ladder_rows())]
    raise ValueError(f"unknown block type {block_type!r}")
