// The secret ballot's own limits, shared by the forms and the domain (no server-only imports here).
/**
 * What keeps a count from singling a voter out (docs/decisions/0006-secret-ballot.md): a session closes
 * before its voting window ends only once every present member has voted on every item, and an item's
 * counts are published only when at least `minRoomBallotsToPublish` members voted in the room (written
 * ballots are known to the secretariat that typed them, so they hide no one).
 */
export const BALLOT_POLICY = {
  defaultVotingMinutes: 30,
  minVotingMinutes: 10,
  maxVotingMinutes: 8 * 60,
  minRoomBallotsToPublish: 3,
} as const
