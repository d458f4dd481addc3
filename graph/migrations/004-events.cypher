// Event resolution looks events up by type and by the union of their reports' date windows,
// and replaces MET edges by the event they came from.
CREATE INDEX event_type_span IF NOT EXISTS FOR (n:Event) ON (n.type, n.spanStart);
CREATE INDEX met_event_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.eventId);
CREATE INDEX reported_in_key IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.key);
// The lock node that serializes event resolution between workers (see src/graph/event-store.ts).
MERGE (l:Lock {id: 'event-resolution'});
