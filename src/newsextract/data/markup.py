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
    "math",
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
    "wp-caption-text": "caption",
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
    "hidden": "hidden",
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
