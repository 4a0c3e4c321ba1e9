/** The background refused a message (wrong sender, malformed request) or its handler failed. */
export class MessageRefused extends Error {}
