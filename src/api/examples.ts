// GraphiQL's first tabs: documentation by example, each a query that works on the graph as the
// worker writes it (the ids are actors of the sample corpus in seeds/).

const TIMELINE = `# The timeline of one actor: dated events in order, each with its date precision.
query Timeline {
  timeline(actorIds: ["ahmed-al-sharaa"], from: "2025-01-01", to: "2025-12-31") {
    totalCount
    nodes {
      id
      type
      status
      date { value precision start end }
      place { name }
      participants { role actor { id name } }
    }
  }
}
`;

const MEETINGS = `# Meeting-like events (meetings, visits, calls, summits) in which every listed actor took part.
query MeetingsBetween {
  meetings(between: ["vladimir-putin", "ahmed-al-sharaa"]) {
    totalCount
    nodes {
      id
      type
      status
      date { value precision }
      place { name }
      reportCount
    }
  }
}
`;

const SOURCES = `# Where a fact comes from: each article reporting the event, and the sentence in it.
# Put an event id from the other tabs in the variables to look at one event: event(id: $id).
query EventSources {
  events(filter: { actors: ["ahmed-al-sharaa", "vladimir-putin"], actorMatch: ALL }, first: 3) {
    nodes {
      id
      type
      date { value precision }
      confidence
      sources {
        quote
        start
        end
        article { id url outlet language publishedAt }
      }
    }
  }
}
`;

const LOOKUP = `# Actors by any name in any script, and full-text search with highlights.
query Lookup {
  byRussianName: actor(name: "Путин") { id name aliases }
  byArabicName: actor(name: "بوتين") { id name }
  search(text: "Moscow", first: 5) {
    kind
    score
    snippet
    highlights { start end }
    article { id language }
    event { id type }
  }
}
`;

/** The tabs GraphiQL opens with (until the user's own tabs are stored in the browser). */
export const GRAPHIQL_TABS = [{ query: TIMELINE }, { query: MEETINGS }, { query: SOURCES }, { query: LOOKUP }];

export const DEFAULT_QUERY = TIMELINE;
