"""HTML vocabulary as data: which tags make blocks, which are skipped, what class names mean.

Class and id names are split into lowercase word tokens ("article-body__text" -> article,
body, text); a token (or a known compound) found here marks the element and everything inside
it. Marks are hints, not verdicts: `locate.py` decides what a mark means relative to the main
content container.
"""

from __future__ import annotations

#: Elements whose whole subtree is never text of the page.
SKIP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "annotation",  # a formula's source (TeX) beside its MathML: the <math> text is read
    "annotation-xml",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "select",
    "option",
    "textarea",
    "input",
    "button",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "frameset",
    "dialog",
)

#: Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "figure",
        "figcaption",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "address",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "center",
        "hr",
        "body",
        "html",
        "menu",
        "hgroup",
        "picture",
    }
)

#: Tags that mark their subtree (tag -> mark).
TAG_MARKS = {
    "nav": "nav",
    "footer": "footer",
    "aside": "aside",
    "form": "form",
    "header": "header",
    "figure": "figure",
    "figcaption": "caption",
    "address": "byline",
    "menu": "nav",
}

#: ARIA roles that mark their subtree.
ROLE_MARKS = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "form",
    "menu": "nav",
    "menubar": "nav",
    "dialog": "popup",
    "alertdialog": "popup",
}

#: Class/id word tokens -> mark. Checked token by token, so "nav" does not fire on "canvas".
CLASS_TOKEN_MARKS = {
    # navigation and page chrome
    "nav": "nav",
    "navbar": "nav",
    "navigation": "nav",
    "menu": "nav",
    "breadcrumb": "nav",
    "breadcrumbs": "nav",
    "masthead": "header",
    "footer": "footer",
    "sidebar": "aside",
    "sidebars": "aside",
    "skip": "nav",
    "pagination": "nav",
    "pager": "nav",
    "toolbar": "share",
    # sharing and following
    "share": "share",
    "sharing": "share",
    "social": "share",
    "sharebar": "share",
    "follow": "share",
    # newsletters, subscriptions, paywall prompts
    "newsletter": "subscribe",
    "subscribe": "subscribe",
    "subscription": "subscribe",
    "signup": "subscribe",
    "paywall": "subscribe",
    "promo": "ad",
    "promotion": "ad",
    "sponsored": "ad",
    "sponsor": "ad",
    "advert": "ad",
    "advertisement": "ad",
    "advertising": "ad",
    "ad": "ad",
    "ads": "ad",
    "adslot": "ad",
    "dfp": "ad",
    # live blogs (a hint only: no stage removes or keeps text for it)
    "liveblog": "live",
    "livefeed": "live",
    "liveticker": "live",
    "liveupdate": "live",
    "liveupdates": "live",
    "outbrain": "related",
    "taboola": "related",
    # related content
    "related": "related",
    "recommended": "related",
    "recommendations": "related",
    "recirculation": "related",
    "recirc": "related",
    "trending": "related",
    "popular": "related",
    "mostread": "related",
    "more": "related",
    "teaser": "related",
    "teasers": "related",
    # comments
    "comment": "comments",
    "comments": "comments",
    "disqus": "comments",
    "respond": "comments",
    "reply": "comments",
    # consent
    "cookie": "cookie",
    "cookies": "cookie",
    "consent": "cookie",
    "gdpr": "cookie",
    "modal": "popup",
    "popup": "popup",
    "overlay": "popup",
    # figures, captions, credits, bylines
    "caption": "caption",
    "figcaption": "caption",
    "captions": "caption",
    "credit": "credit",
    "credits": "credit",
    "copyright": "credit",
    "byline": "byline",
    "author": "byline",
    "authors": "byline",
    "dateline": "byline",
    "timestamp": "byline",
    "published": "byline",
    "meta": "byline",
    "standfirst": "standfirst",
    "dek": "standfirst",
    "deck": "standfirst",
    "subtitle": "standfirst",
    "subheadline": "standfirst",
    "strapline": "standfirst",
    "chapo": "standfirst",
    "excerpt": "standfirst",
    "summary": "standfirst",
    "lede": "standfirst",
    "leadin": "standfirst",
    "intro": "standfirst",
    "abstract": "standfirst",
    "preamble": "standfirst",
    "ingress": "standfirst",
    "subheader": "standfirst",
    "hidden": "hidden",
    # a table's figure (WordPress "wp-block-table"): its caption is the table's
    "table": "table",
    # photo galleries and slideshows: their text is captions, not the story
    "gallery": "gallery",
    "slideshow": "gallery",
    "carousel": "gallery",
    "galerie": "gallery",
    "galeria": "gallery",
    "diaporama": "gallery",
    "fotogalerie": "gallery",
    "bildergalerie": "gallery",
    "fotostrecke": "gallery",
    "fotogaleria": "gallery",
}

#: Class tokens too common inside other component names to be read out of a compound word:
#: they mark an element only when they are the whole class word ("teaser", "hidden"), never
#: as one token of it (a TYPO3 lede is "teaser-text", Drupal wraps whole bodies in
#: "field--label-hidden", Bootstrap hides columns on phones with "hidden-xs", a skip link's
#: target is `<main id="skip-main">`).
WHOLE_WORD_TOKENS = frozenset({"hidden", "skip"})

#: Class tokens that name an embedded post (a tweet, an Instagram picture): in the same class
#: word a sharing token names the network the post comes from, not a share bar
#: ("social-media-embed", "embed-social", "twitter-embed").
EMBED_TOKENS = frozenset({"embed", "embedded"})

#: Tags that hold the page's main content by definition: class words on them name the
#: article's section or state (WordPress "category-newsletter", "tag-related"), never chrome.
CONTENT_TAGS = frozenset({"article", "main"})

#: Class words that state a post's taxonomy ("category-travel", "tag-promo-videos",
#: TypePad's "entry-category-social_media"): blogging platforms print them on every post item.
#: They name what the post is filed under, not a component: an element carrying one among
#: other property words ("entry-author-jane", "type-post", "status-publish") is a post item,
#: and those words give no mark. Checked as regular expressions on each class word.
TAXONOMY_WORD = r"^(?:[a-z]+[-_])?(?:category|categories|tag|tags)[-_][^\s]"
#: On a post item, class words of these properties name the post's values, not components.
ITEM_PROPERTY_WORD = (
    r"^(?:[a-z]+[-_])?(?:category|categories|tag|tags|author|type|format|status)[-_][^\s]"
)

#: Compound class names that name the article body (checked as substrings of each class word
#: with its punctuation removed: "c-article-body__content" -> "carticlebodycontent").
CONTENT_COMPOUNDS = (
    "articlebody",
    "articlecontent",
    "articletext",
    "storybody",
    "storycontent",
    "storytext",
    "entrycontent",
    "entrybody",
    "postcontent",
    "postbody",
    "posttext",
    "bodytext",
    "contentbody",
    "newsbody",
    "newstext",
)

#: Compound class names of text hidden from sight (screen-reader labels such as "Image
#: caption"), checked like CONTENT_COMPOUNDS.
HIDDEN_COMPOUNDS = (
    "offscreen",
    "sronly",
    "screenreader",
    "visuallyhidden",
    "assistivetext",
    "hiddenvisually",
)

#: Microdata properties that name the article body.
CONTENT_ITEMPROPS = frozenset({"articlebody", "text", "reviewbody"})

#: Marks that make a subtree page chrome when it lies inside the main content.
CHROME_MARKS = frozenset(
    {
        "nav",
        "footer",
        "aside",
        "form",
        "share",
        "subscribe",
        "ad",
        "related",
        "comments",
        "cookie",
        "consent",
        "popup",
        "hidden",
    }
)


#: Hosts of embedded players (an <iframe> src containing one), by the media they play.
PLAYER_HOSTS = {
    "video": (
        "youtube.com",
        "youtube-nocookie.com",
        "youtu.be",
        "vimeo.com",
        "dailymotion.com",
        "jwplayer",
        "jwplatform",
        "brightcove",
        "players.brightcove.net",
        "player.twitch.tv",
        "video",
    ),
    "audio": (
        "soundcloud.com",
        "open.spotify.com",
        "embed.podcasts.apple.com",
        "megaphone.fm",
        "simplecast",
        "libsyn.com",
        "buzzsprout.com",
        "omny.fm",
        "podbean.com",
        "anchor.fm",
        "acast.com",
        "audioboom.com",
        "podcast",
    ),
}

#: URL path words of a live blog ("/live/", "live-updates", "liveblog", "en-direct").
LIVE_URL_WORDS = frozenset(
    {"live", "liveblog", "live-updates", "live-news", "liveticker", "en-direct", "directo"}
)
