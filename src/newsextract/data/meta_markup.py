"""Markup vocabularies for metadata: schema.org types and <meta> keys, in order of trust.

Keys are lower case, as `metadata/page.py` stores every name, property, itemprop and
http-equiv (Dublin Core's "DC:" prefix is read as "dc."). Written for newsextract from the
OpenGraph, schema.org, Dublin Core and publishers' documented tags.
"""

from __future__ import annotations


def _keys(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a block of text, in order."""
    return tuple(text.split())


#: schema.org types of an article (lower case), whose JSON-LD object describes the story.
ARTICLE_TYPES = frozenset(
    _keys(
        """
    advertisercontentarticle analysisnewsarticle article backgroundnewsarticle
    blogposting discussionforumposting liveblogposting newsarticle opinionnewsarticle
    posting report reportagenewsarticle reviewnewsarticle satiricalarticle
    scholarlyarticle socialmediaposting techarticle
    """
    )
)

#: schema.org types of a web page around the story.
PAGE_TYPES = frozenset(
    _keys(
        """
    aboutpage collectionpage itempage medicalwebpage webpage
    """
    )
)

#: schema.org types of a site or an organisation: names, never authors.
SITE_TYPES = frozenset(
    _keys(
        """
    corporation newsmediaorganization organization website
    """
    )
)

#: What a breadcrumb trail's markup is named by, in an attribute's name or value (lower
#: case): `class="breadcrumb__item"`, `data-breadcrumb-headline`, `aria-label="Breadcrumb"`,
#: `itemtype="https://schema.org/BreadcrumbList"`, `id="newsbreadcrumb"`.
BREADCRUMB_WORDS = ("crumb",)

#: <meta> keys (name, property or itemprop, lower case) of the title, most trusted first.
TITLE_KEYS = _keys(
    """
    og:title twitter:title parsely-title sailthru.title dc.title dcterms.title title
    headline
    """
)

#: <meta> keys of the site name, most trusted first.
SITE_KEYS = _keys(
    """
    og:site_name application-name apple-mobile-web-app-title dc.publisher
    dcterms.publisher publisher
    """
)

#: <meta> keys of the authors, most trusted first.
AUTHOR_KEYS = _keys(
    """
    author article:author parsely-author sailthru.author dc.creator dcterms.creator byl
    citation_author cxenseparse:author article:author_name author_name
    """
)

#: <meta> keys of the publication date, most trusted first.
PUBLISHED_KEYS = _keys(
    """
    article:published_time og:published_time published_time article:published
    datepublished parsely-pub-date sailthru.date pubdate publishdate publish-date
    publish_date publication_date article.published original-publish-date dc.date.issued
    dcterms.issued dc.date dcterms.date dc.date.created dcterms.created
    citation_publication_date citation_date date datecreated
    cxenseparse:recs:publishtime article_date_original displaydate
    """
)

#: <meta> keys of the modification date, most trusted first.
MODIFIED_KEYS = _keys(
    """
    article:modified_time og:updated_time modified_time datemodified dc.date.modified
    dcterms.modified last-modified article.updated lastmod article_date_updated
    """
)

#: <meta> keys of the language (http-equiv included), most trusted first.
LANGUAGE_KEYS = _keys(
    """
    content-language dc.language dcterms.language language og:locale inlanguage
    """
)

#: <meta> keys of the standfirst, most trusted first.
DESCRIPTION_KEYS = _keys(
    """
    og:description twitter:description description dc.description
    """
)

#: <meta> keys of the section, most trusted first.
SECTION_KEYS = _keys(
    """
    article:section parsely-section section articlesection category sailthru.section
    """
)

#: <meta> keys of the tags, most trusted first.
TAG_KEYS = _keys(
    """
    article:tag news_keywords keywords parsely-tags sailthru.tags
    """
)

#: <meta> keys of the lead image, most trusted first.
IMAGE_KEYS = _keys(
    """
    og:image og:image:url og:image:secure_url twitter:image twitter:image:src
    thumbnailurl image thumbnail
    """
)

#: <meta> keys of the canonical URL (after <link rel=canonical>).
CANONICAL_KEYS = _keys(
    """
    og:url twitter:url
    """
)

#: <meta> keys saying whether the article is free to read.
FREE_KEYS = _keys(
    """
    isaccessibleforfree article:content_tier
    """
)
