"""Stop words per language, and the scripts that give a language away.

`STOP_WORDS`: for each language, its most frequent function words (articles, pronouns,
prepositions, conjunctions, auxiliaries), written for newsextract. Running prose is made of
them to a third or more; menus, headlines and link titles hardly use them. One table serves
two uses (`signals/language.py`): guessing a text's language from the words it uses most,
and, once the language is known, the share of stop words in a line, which tells prose from
chrome in text dumps. Words several languages share ("de", "la", "en") are kept: the guess
takes the language with the most hits, and the share needs them.

`SCRIPT_LANGUAGES`: languages told apart by their script alone; `SCRIPT_KIN`: those sharing
a script (Cyrillic; the Arabic script of Arabic and Persian), told apart by their stop words.
`LINE_SHAPE_LANGUAGES`: the languages whose lists text mode reads line by line.

`CAPITALIZED_NOUNS`: languages that capitalize every noun, where a sentence is not told from
Title Case by its capitals.
"""

from __future__ import annotations

from newsextract.data import word_set

CAPITALIZED_NOUNS = frozenset({"de", "lb"})

_LISTED: dict[str, frozenset[str]] = {
    "en": word_set(
        """
        a an the and or but if of to in on at by for with from as into about than that this
        these those there their they them he she it its his her him we our us you your i me
        my is are was were be been being has have had do does did not no will would can
        could should may might must which who whom whose what when where while how all also
        after before because so then over under between out up more most some any such only
        just said says one
        """
    ),
    "fr": word_set(
        """
        le la les un une des du de d l et ou mais donc car ni que qui quoi dont où ce cet
        cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs lui y en au
        aux dans par pour sur avec sans sous entre vers chez est sont était été être a ont
        avait fait plus pas ne n s qu c j m aussi comme si tout tous très même déjà selon
        lors après avant
        """
    ),
    "de": word_set(
        """
        der die das den dem des ein eine einer eines einem einen und oder aber denn sondern
        dass daß wenn weil als wie ob zu zum zur im in an am auf aus bei mit nach von vor
        über unter für gegen durch um ist sind war waren wird werden wurde wurden hat haben
        hatte sein seine ihre ihr ihm ihn er sie es wir ich du man sich nicht kein keine
        auch noch schon nur so doch dann mehr sehr bis diese kann
        """
    ),
    "es": word_set(
        """
        el la los las un una unos unas lo y o u pero sino que quien cual cuyo donde cuando
        como de del al a en por para con sin sobre entre hasta desde hacia según es son era
        fue fueron ser sido está están ha han había se su sus le les nos me te mi él ella
        ellos ellas yo tú no ni más muy ya también este esta estos estas ese esa eso todo
        después
        """
    ),
    "it": word_set(
        """
        il lo la i gli le un uno una e o ma che chi cui non di del della dei delle degli a
        al alla ai da dal dalla in nel nella con su sul sulla per tra fra è sono era stato
        stata essere ha hanno aveva si suo sua suoi loro lui lei noi voi anche più come
        quando dove se già questo questa dopo perché ancora molto
        """
    ),
    "pt": word_set(
        """
        o a os as um uma uns umas e ou mas que quem qual cujo onde quando como de do da dos
        das em no na nos nas por pelo pela para com sem sobre entre até desde é são era foi
        foram ser sido está estão tem têm havia se seu sua seus suas lhe ele ela eles elas
        não mais muito já também este esta isso ao só depois mesmo aos vai
        """
    ),
    "nl": word_set(
        """
        de het een en of maar dat die dit deze wie wat waar wanneer als van in op aan met
        voor naar bij uit over onder door tot om is zijn was waren wordt worden werd heeft
        hebben had er hij zij ze wij we ik je u hun haar zich niet geen ook nog al dan meer
        zeer te kan wel
        """
    ),
    "sv": word_set(
        """
        och att det som är för på med har inte av till den ett om var vi jag de men kan ska
        från efter eller också när vid där sig hade en i så han hon sin sitt sina mot under
        över hur vad vilket vilken vilka eftersom skulle kunde blev blir dem deras hans
        hennes vår våra mycket nu bara än redan utan dock både samt mellan inom sedan man
        alla andra enligt säger sade mig dig något några vara varit
        """
    ),
    "da": word_set(
        """
        og at det som er for på med har ikke af til den et om var vi jeg de men kan skal fra
        efter eller også når ved hvor sig havde en i så han hun sin sit sine mod under over
        hvordan hvad hvilket hvilken hvilke fordi skulle kunne blev bliver dem deres hans
        hendes vores mange nu kun end allerede uden dog både samt mellem inden siden man
        alle andre ifølge siger sagde mig dig noget nogle være været
        """
    ),
    "no": word_set(
        """
        og at det som er for på med har ikke av til den et om var vi jeg de men kan skal fra
        etter eller også når ved hvor seg hadde en i så han hun sin sitt sine mot under over
        hvordan hva hvilket hvilken hvilke fordi skulle kunne ble blir dem deres hans hennes
        vår våre mange nå bare enn allerede uten likevel både samt mellom innen siden man
        alle andre ifølge sier sa meg deg noe noen være vært
        """
    ),
    "pl": word_set(
        """
        i w na nie się z że do jest to jak o po co ale od za przez przy oraz jego jej być
        był była tak już tylko też który która które a czy ten ta te tego tej tym tych go
        mu jako lub ani dla pod nad przed między bez u ze we są było były będzie może można
        jednak bardzo gdy kiedy gdzie tam tu sobie siebie mnie mi nas nam ich im ją je on
        ona oni także według powiedział
        """
    ),
    "ru": word_set(
        """
        и в во не на что с со как а но то он она оно они я мы вы ты его её ее их ему ей им
        к ко у по за из о об от до для при без под над через после перед между это этот эта
        эти этого этой этом был была было были быть будет будут есть же бы ли или если когда
        где так уже также только ещё еще даже чтобы который которая которое которые которых
        котором своей своих себя все всё всех весь тем чем может нет очень более сказал
        заявил
        стал стала стало стали ничего никто него неё нее нему ней ним них нас нам вас вам
        мне меня тебя тебе себе свою свои своим эту этим этих тот те ту той тех том такой
        такая такие такое там тут здесь тогда потом сейчас теперь можно нужно надо ни лишь
        вот кто чего всего всем именно однако поэтому
        """
    ),
    "uk": word_set(
        """
        і й та в у на не що з зі із як а але або то він вона воно вони я ми ви ти його її їх
        йому їй їм до від для при без під над через після перед між це цей ця ці цього цих
        цієї був була було були бути буде будуть є же би чи якщо коли де так вже також тільки
        лише ще навіть щоб який яка яке які яких якій свій своїх себе всі все всіх весь тим
        ніж може немає ні дуже більш більше про за по сказав заявив
        став стала стало стали нічого ніхто нього неї ньому ній ним них нас нам вас вам мені
        мене тебе собі свою свої своїм цю цим тих той ту тієї тому такий така такі таке там
        тут тоді потім зараз тепер можна треба лише ось хто всього всім саме однак тому
        """
    ),
    "bg": word_set(
        """
        и в във на не че с със като а но или то той тя те аз ние вие ти го я му ѝ им ги до
        от за при без под над през след преди между към това този тази тези беше бяха е са
        съм си сме сте ще би ли да ако когато където така вече също само още дори който която
        което които своя себе всички всичко много по каза заяви
        """
    ),
    "sr": word_set(
        """
        и у на не да је су се са од до за из по као али или то он она оно они ја ми ви ти
        његов њен њихов му јој им што који која које ће би био била било били бити сам смо
        сте када где тако већ такође само још чак све сви свих овај ова ово ови тај између
        после пре због према код кроз јер а рекао
        """
    ),
    "el": word_set(
        """
        ο η το οι τα του της των τον την τους τις ένα ένας μια μία και ή αλλά ότι που πως ως
        να θα δεν μην με σε στο στη στην στον στα στις στους από για προς κατά μετά πριν
        χωρίς μέχρι είναι ήταν είχε έχει έχουν αυτός αυτή αυτό αυτά αυτοί αυτού αυτής αυτών
        μας σας μου σου ενώ όμως επίσης ακόμη ακόμα όταν αν όπως πολύ πιο όλα όλοι όλες
        δήλωσε
        """
    ),
    "ar": word_set(
        """
        في من على إلى الى عن مع أن إن ان أو ثم قد لا لم لن ما هذا هذه ذلك تلك التي الذي
        الذين هو هي هم كان كانت يكون بين بعد قبل عند حتى كل كما أي أيضا أيضًا و وقد وفي
        ومن وعلى وأن ولا وهو وهي وكان فيه فيها منه منها عليه له لها لهم به بها حيث خلال
        حول غير بل لكن منذ قال وقال إنه أنه
        """
    ),
    "cs": word_set(
        """
        a i v ve na se je že s z ze do o k ke u od po pro při za jako ale nebo aby by bylo
        byl byla byli být jsou jsem jsme jste bude budou není má mají to ten ta tato tento
        toto tím které který která kteří jeho její jejich jim mu ho jí si sebe své svůj jak
        když kde tak už také jen ještě však než podle mezi před pod nad přes bez proti během
        řekl uvedl
        """
    ),
    "sk": word_set(
        """
        a aj v vo na sa je že s so z zo do o k ku u od po pre pri za ako ale alebo aby by
        bolo bol bola boli byť sú som sme ste bude budú nie má majú to ten tá táto tento toto
        tým ktoré ktorý ktorá ktorí jeho jej ich im mu ho si seba svoj svoje keď kde tak už
        tiež len ešte však než podľa medzi pred pod nad cez bez proti počas povedal uviedol
        """
    ),
    "hu": word_set(
        """
        a az egy és is nem hogy de meg már csak még volt van lesz lett mint ha vagy sem
        pedig mert amikor ahol ami amely aki akik amelyek amit ez ezt ezek azt azok ennek
        annak itt ott így úgy nagyon után előtt között alatt felett mellett szerint miatt
        során kell lehet minden több most el ki be le fel nincs vannak volt voltak mondta
        """
    ),
    "ro": word_set(
        """
        și în la de pe cu din a al ale un o unui unei că să nu se care ce mai este sunt
        era fost fi va vor ar am ai au sau dar iar însă pentru către despre după fără prin
        până între sub ca când unde cum dacă el ea ei ele lor lui îi le ne vă acest această
        acesta aceasta aceste acum doar foarte tot toate toți s-a într-un într-o dintr-un
        dintr-o spus
        """
    ),
    "fi": word_set(
        """
        ja on ei se että oli ovat olla ole hän he me te minä sinä ne sen sitä siitä sekä tai
        mutta kun jos kuin myös vain jo vielä nyt niin koska joka jotka mikä mitä tämä tämän
        nämä tätä kanssa mukaan jälkeen ennen aikana välillä kautta vuoksi olisi ollut voi
        voivat eivät en et kaikki hyvin paljon sanoo sanoi
        """
    ),
    "et": word_set(
        """
        ja on ei see et oli olid olla ole tema nad me te mina sina seda selle sellest ning
        või aga kui ka ainult juba veel nüüd nii sest mis mida kes kus need kõik väga pärast
        enne ajal vahel kaudu tõttu oleks olnud võib saab peab üle alla ütles
        """
    ),
    "id": word_set(
        """
        yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga atau adalah oleh
        karena telah sudah bisa dapat ada saat ketika sebagai bahwa mereka kami kita saya ia
        dia tersebut lebih para harus hanya masih setelah sejak hingga sampai antara jika
        kalau namun tetapi serta agar seperti banyak kata ujar secara terhadap kepada
        tak pun lagi bagi atas bukan belum sangat semua sendiri begitu lain bahkan apa siapa
        mana bagaimana mengapa sebuah seorang suatu beberapa lalu kemudian maka jadi tentang
        sebelum selama melalui menurut tanpa saja pula tapi bila apabila meskipun sedangkan
        pernah mau ingin anda kamu yaitu
        """
    ),
    "ms": word_set(
        """
        yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga atau adalah oleh
        kerana telah sudah boleh dapat ada ketika sebagai bahawa mereka kami kita saya ia
        dia beliau tersebut lebih para perlu hanya masih selepas sejak hingga sehingga antara
        jika namun tetapi serta supaya seperti banyak kata iaitu terhadap kepada daripada
        tak pun lagi bagi atas bukan belum sangat semua sendiri begitu lain bahkan apa siapa
        mana bagaimana mengapa sebuah seorang suatu beberapa lalu kemudian maka jadi tentang
        sebelum selama melalui menurut tanpa saja pula tapi bila apabila walaupun sedangkan
        pernah mahu ingin anda kamu
        """
    ),
    "vi": word_set(
        """
        và của là có không một được các những người trong cho này với đã sẽ đến từ khi về
        như theo tại để cũng nhiều đang thì ra sau trên bị vào nhưng hay hoặc nếu vì đó họ
        chúng tôi ông bà nó mình rất hơn lại còn phải nên vẫn chỉ rằng cùng việc
        """
    ),
    "ca": word_set(
        """
        el la els les un una uns unes i o però que qui on quan com de del dels a al als en
        amb per sense sobre entre fins des cap és són era va van ha han havia ser estat està
        estan es se hi ho li ens seu seva seus seves aquest aquesta aquests aquestes més molt
        també ja no ni tot tots després abans segons perquè
        """
    ),
    "hr": word_set(
        """
        i u na ne da je su se sa s od do za iz po kao ali ili to on ona ono oni ja mi vi ti
        njegov njegova njezin njen njihov mu joj im što koji koja koje će bi bio bila bilo
        bili biti sam smo ste kada gdje tako već također samo još čak sve svi ovaj ova ovo
        ovi taj između nakon prije zbog prema kod kroz jer a ako rekao
        """
    ),
    "fa": word_set(
        """
        و در به از که این آن را با است هست نیست برای یک خود تا بر هم نیز شده شد شود
        می نمی ها های اما یا اگر چه همه پس بود بودند باید کند کرد کرده کردن دارد دارند
        داشت خواهد هر آنها ایشان وی او ما شما من ای چون زیرا بین پیش روی زیر درباره
        همچنین هیچ چند دیگر گفت گفته بیش بسیار اند ولی
        """
    ),
    "tr": word_set(
        """
        ve veya ya yahut ile ki de da ama fakat ancak çünkü eğer ise hem ne mi mı mu mü
        değil bile dahi sadece yalnızca artık henüz hâlâ hala zaten yine ayrıca hatta yani
        bir bu şu o bunlar onlar bunu şunu onu bunun onun buna ona bunda onda burada orada
        böyle şöyle öyle ben sen biz siz benim bizim onların kendi kendisi kendini için gibi
        kadar göre karşı rağmen beri dair ilgili üzere sonra önce arasında içinde üzerinde
        üzerine sırasında tarafından hakkında yönelik ilişkin nedeniyle dolayı ardından
        boyunca itibaren daha en çok pek her tüm bütün hiç bazı birçok birkaç diğer başka
        aynı var yok olan olarak oldu olduğu olduğunu olması olmak olup olacak etti eden
        ettiği edildi edilen yaptı yapılan dedi söyledi belirtti açıkladı kaydetti nasıl
        neden hangi kim
        """
    ),
}

#: Each list with its words casefolded too: lines are read lowered (`str.lower`) or casefolded,
#: and Greek's final sigma folds to "σ" ("της" -> "τησ").
STOP_WORDS: dict[str, frozenset[str]] = {
    lang: words | {word.casefold() for word in words} for lang, words in _LISTED.items()
}

#: The languages whose lists text mode reads for its line shapes (`stop_words_of`): those its
#: prose threshold (`TextSettings.prose_min_stop_share`) was fitted on. The others' lists only
#: tell the language and a `<pre>` block's prose: a short Russian sentence holds no stop word
#: ("Хорошего человека сразу видно."), and read as a heading it cut a story (round 35).
LINE_SHAPE_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "no", "pl"})

#: Languages told apart by their script alone: (first code point, last code point, language).
SCRIPT_LANGUAGES: tuple[tuple[int, int, str], ...] = (
    (0x3040, 0x30FF, "ja"),  # hiragana and katakana (checked before CJK ideographs)
    (0xAC00, 0xD7AF, "ko"),  # hangul syllables
    (0x4E00, 0x9FFF, "zh"),  # CJK unified ideographs
    (0x0400, 0x04FF, "ru"),  # cyrillic (then told among SCRIPT_KIN["ru"] by stop words)
    (0x0600, 0x06FF, "ar"),  # arabic script (then told among SCRIPT_KIN["ar"] by stop words)
    (0x0590, 0x05FF, "he"),  # hebrew
    (0x0370, 0x03FF, "el"),  # greek
    (0x0E00, 0x0E7F, "th"),  # thai
    (0x0900, 0x097F, "hi"),  # devanagari
)

#: Languages sharing a script that `SCRIPT_LANGUAGES` names by its first one: a text in that
#: script goes to the one whose stop words it uses most (the first on a tie or none).
SCRIPT_KIN: dict[str, tuple[str, ...]] = {"ru": ("ru", "uk", "bg", "sr"), "ar": ("ar", "fa")}
