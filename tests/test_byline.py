"""Bylines in strings: who a byline names, and what is not a byline."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract.settings import BylineSettings
from newsextract.signals.byline import byline_parts, is_role_line, parse_byline

# --- bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe")),
        ("By JANE DOE", ("JANE DOE",)),
        ("Written by Jane Doe, Senior Correspondent", ("Jane Doe",)),
        # a company blog's byline: the role, then the team it is in (dragnet's Google blogs)
        ("Posted by Karl Schmidt, Software Engineer, Google Maps", ("Karl Schmidt",)),
        # a role right after a name is that person's, no name before a role in it
        ("Posted by Jane Doe, Product Marketing Manager, Mobile Ads", ("Jane Doe",)),
        ("By TOM KRISHER, AP Auto Writer", ("TOM KRISHER",)),
        # a numeric date's slashes part no segments ("Jane Doe/AP" still does)
        ("Posted by Jane Doe and John Roe on 11/02/2012 12:05:00 AM", ("Jane Doe", "John Roe")),
        ("By Jane Doe / 12/11/2012", ("Jane Doe",)),
        # a category after the byline's date is no author
        ("by Jane Doe on 10/18/2012 • 2 Comments | Internet Marketing", ("Jane Doe",)),
        # the outlet after a role, or by its address; an initial "A." is no article "a"
        ("Tom Gara, Reporter, The Wall Street Journal", ("Tom Gara",)),
        ("By Justin Zaremba/NJ.com", ("Justin Zaremba",)),
        ("Example.com/Weddings Sweepstakes Winner", None),  # an address is no byline's cue
        ("By Jane Doe and John A. Roe, Example.com", ("Jane Doe", "John A. Roe")),
        ("By Jane Doe, Staff Writer, and John Roe, Editor", ("Jane Doe", "John Roe")),
        # a name followed by its own role is an author, not the team of the role before it
        ("By Jane Doe, Staff Writer, John Roe, Staff Writer", ("Jane Doe", "John Roe")),
        ("Jane Doe | Staff writer", ("Jane Doe",)),
        ("By Jane Doe, John Roe and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
        ("By Jane Doe Updated 3:04 PM ET, Tue November 19, 2019", ("Jane Doe",)),
        ("By Jane Doe jane.doe@example.com", ("Jane Doe",)),
        ("Par Marie Dupont", ("Marie Dupont",)),
        ("Par Marie Dupont et Jean Martin, envoyés spéciaux", ("Marie Dupont", "Jean Martin")),
        ("Martin Durand (avec Luc Petit)", ("Martin Durand", "Luc Petit")),
        ("Von Hans Müller", ("Hans Müller",)),
        ("Von Hans Müller und Eva Schmidt, dpa", ("Hans Müller", "Eva Schmidt")),
        ("Por Ana García | 12 de mayo de 2020", ("Ana García",)),
        ("Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez")),
        ("By Jane Doe Staff Writer", ("Jane Doe",)),
        ("By Kelli Miller WebMD Health News", ("Kelli Miller",)),
        ("By Marine Le Pen", ("Marine Le Pen",)),
        ("by Jeff FoustMonday, November 18, 2019", ("Jeff Foust",)),
        ("Kevin McCoy, USA TODAY", None),  # no byline word; the outlet is unknown here
        ("Reviewed by Hansa D. Bhargava, MD", ()),
        ("(Reporting by Will Dunham; Editing by Tom Brown)", ("Will Dunham",)),
        (
            "Reporting by Ana Lee; additional reporting by Bo Kim and Cy Day; Editing by Di Orr",
            ("Ana Lee",),
        ),
        ("Editing by Tom Brown", ()),
        ("(FRANCE 24 with AFP)", None),
        ("By European Space Agency", None),
        ("Par Marie Dupont, journaliste au Monde", ("Marie Dupont",)),
        ("Written by Rachael Link, MS, RD on November 14, 2019", ("Rachael Link",)),
        ("By Sean Martin Sean Martin", ("Sean Martin",)),
        ("Climate Change News", None),
        ("By Any Means Necessary", None),
        ("By AFP", ()),
        ("By Staff", ()),
        ("By the way, this is not a byline", None),
        ("Jane Doe", None),
        ("Paris, France", None),
        ("The minister said on Monday that taxes would rise", None),
        # issue 15: links after the name, a place after it, a date before the byline word,
        # an Oxford comma, bylines in scripts without capitals
        ("By Jane Doe Email the author", ("Jane Doe",)),
        ("By Jane Doe Follow @janedoe", ("Jane Doe",)),
        ("By Jane Doe | Bio", ("Jane Doe",)),
        ("Von Seb Dumitru, Lille", ("Seb Dumitru",)),  # n-tv
        ("Von Anna Martel und Lea Wagner, Nairobi", ("Anna Martel", "Lea Wagner")),  # jW
        ("05.08.2024, 20:59 Uhr Von Seb Dumitru", ("Seb Dumitru",)),
        (
            "Stand: 12.03.2024, 10:15 Uhr Von Hans Müller und Eva Schmidt",
            ("Hans Müller", "Eva Schmidt"),
        ),
        ("By Jane Doe, John Roe, and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("作者：张三", ("张三",)),
        ("记者 李四", ("李四",)),
        ("بقلم: محمد علي", ("محمد علي",)),
        ("신현주 기자", ("신현주",)),  # Hankook Ilbo: the name, then "reporter"
        ("순천, 광양 구현모 기자 ninek@hankookilbo.com", ("구현모",)),  # places before it
        ("순천 기자", None),  # a two-syllable word is a place, no name
        ("Posted by: Toni R. at September 10, 2012 5:58 PM", None),  # a comment's stamp
        ("毎日新聞 2025/1/14", None),  # the paper and a date
        ("YOU CANNOT ESCAPE DEER HEAD.", None),
        # a role after the name, opened and closed by role words or with its desk's word
        ("Thabo Mokone Parliamentary editor", ("Thabo Mokone",)),  # TimesLive
        ("Steffan Rhys Deputy Content Hub Director", ("Steffan Rhys",)),  # The Mirror
        ("Von Robin Amberg, Volontär (Sport) 06.11.2025, 21:18 Uhr", ("Robin Amberg",)),
        # a stamp counted back from now beside the name
        ("Dylan Jones 5 hours ago", ("Dylan Jones",)),  # Evening Standard
        ("Fouzia Van Der Fort | Published 4 months ago", ("Fouzia Van Der Fort",)),
        # a photo credit names its photographer, after the slash too: no author
        ("Foto: REUTERS/Nathan Howard", ()),  # Rzeczpospolita
        ("Photo by Jane Doe | By John Roe", ("John Roe",)),
        # the outlet the author wrote for is no author (Daily Mail); a role "for" a desk stays
        ("By Dolores Chang For Dailymail.Com", ("Dolores Chang",)),
        ("By Jane Doe and John Roe for the Guardian", ("Jane Doe", "John Roe")),
        ("Por Ana García para BBC Mundo", ("Ana García",)),
        ("Von Hannah Ritzmann, Redakteurin für Finanzen 09.09.2025", ("Hannah Ritzmann",)),
        # a meta line: section labels, date stamps and the byline (The Namibian)
        (
            "Geingob’s Funeral, National, News, Top Story 1 | Published: 5 hours ago | "
            "Last Updated: 5 hours ago | Written by Eliaser Ndeyanale",
            ("Eliaser Ndeyanale",),
        ),
        ("Best Laptops, Reviews | By Jane Doe", None),  # no date: a teaser's headline
        ("By Rachel Brazil0", ("Rachel Brazil",)),  # an affiliation number glued (Nature)
        ("By Jane Doe, Top Story 1", None),  # a number after other words is no marker
        ("Copy Link | Jane Doe | 12 May 2024", None),  # a share button is no name
        ("Donald Trump For President", None),  # no byline word
    ],
)
def test_parse_byline(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names", "agencies"),
    [
        ("By Staff for Reuters", (), ("Reuters",)),
        ("By Jane Doe for The Associated Press", ("Jane Doe",), ("AP",)),
        ("Von Max Müller für dpa", ("Max Müller",), ("dpa",)),
        ("By Dolores Chang For Dailymail.Com", ("Dolores Chang",), ()),  # a site, no agency
    ],
)
def test_the_agency_an_author_wrote_for_is_the_storys(
    line: str, names: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    # the outlet after "for" is dropped from the names, but an agency there is the story's
    assert byline_parts(line, require_cue=True) == (names, agencies)


@given(st.text(max_size=200))
def test_parse_byline_names_come_from_the_text(text: str) -> None:
    names = parse_byline(text)
    if names:
        collapsed = " ".join(text.split())
        assert all(name in collapsed for name in names)


def test_byline_settings_are_read() -> None:
    line = "By Jane Doe and John Roe, Reuters"
    assert parse_byline(line, settings=BylineSettings(max_chars=20)) is None
    assert parse_byline("By Jane Doe", settings=BylineSettings(min_name_words=3)) is None


def test_a_role_alone_on_its_line_is_a_role_line() -> None:
    """A role the dump set under its name is a role line; a name with its role is not."""
    assert is_role_line("News Reporter")
    assert is_role_line("– Journalist i Paris")
    assert not is_role_line("Tim Hanlon News Reporter")
    assert not is_role_line("Vi rapporterer fra")


def test_a_desk_name_alone_is_no_role_line() -> None:
    """A desk's name alone is a menu's entry; with a job it is a role."""
    assert not is_role_line("Sports")
    assert not is_role_line("World News")
    assert is_role_line("Sports Editor")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # blog meta lines of dragnet's pages (text twins): a comment count after the name
        ("by Chris Pearson · 131 comments", ("Chris Pearson",)),
        ("August 6, 2012 by Tripp Fuller 2 Comments", ("Tripp Fuller",)),
        ("By Jane Doe | No Comments", ("Jane Doe",)),
        ("By Jane Doe | Leave a comment", ("Jane Doe",)),
        # a time with "am" glued to it in the date after the name
        ("by Paul McDonald on Thursday, December 15, 2011 at 4:30am", ("Paul McDonald",)),
    ],
)
def test_a_comment_count_after_the_name_is_no_part_of_the_byline(
    line: str, names: tuple[str, ...]
) -> None:
    assert parse_byline(line) == names


def test_a_comment_count_alone_is_no_byline() -> None:
    assert parse_byline("Jane Doe | 12 Comments") is None  # no byline word, no role or date
    assert parse_byline("12 Comments") is None
