/** Step 1: what the investigator can rely on, said before anything is asked of them. */
export function AboutStep() {
  return (
    <>
      <p>
        On a provider’s law-enforcement portal, QuickFreeze shows a guide beside the form: the provider’s policy facts with their sources, checks
        of the request as you type it, and the legal routes from your country. After a preservation request it keeps the provider’s reference in a
        register that counts down to the expiry and reminds you before it.
      </p>
      <h3>What it never does</h3>
      <ul>
        <li>
          <strong>No network.</strong> QuickFreeze sends nothing anywhere: no server, no account, no statistics.
        </li>
        <li>
          <strong>Nothing put into pages unasked.</strong> It writes into a portal’s form only when you click a button that says so, and it never
          submits anything.
        </li>
        <li>
          <strong>The register stays on this machine.</strong> References, cases and proofs are kept in this browser profile only; a backup is a file
          you choose to export.
        </li>
      </ul>
      <p class="muted">It is not legal advice: facts marked “secondary” are leads to verify.</p>
    </>
  );
}
