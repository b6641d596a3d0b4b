"""Events: who met or messaged whom, when it really happened, where, what came of it.

INTERFACE (owned by the events work):

    extract_events(article: Article, anchor: datetime.date | None) -> list[Event]
        one Event per contact found in the article, each with one Source
        (quote + character offsets into article.text); `anchor` is the date relative
        expressions resolve against: the article's own date, or its story's.
    merge_events(events: list[Event]) -> list[Event]
        the same real-world event reported by several articles becomes one Event
        listing every source; disputed when a source denies it.
"""
