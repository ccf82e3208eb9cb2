/**
 * A sentence with a phone number in it ("Bel 14 0162", "اتصل بالرقم 14 0162"): only the
 * number is kept on one line and read left to right (`.rw-nummer`), the words around it wrap
 * like any text. A whole link marked `.rw-nummer` could not wrap, so at 200 % text a
 * translation longer than "Bel" pushed a 320 px page sideways (rtl.e2e caught it in Arabic).
 */
export function MetNummer({ tekst, nummer }: { tekst: string; nummer: string }) {
  const plek = tekst.indexOf(nummer);
  if (plek < 0) return <>{tekst}</>;
  // One span around it all: in a flex link (.rw-contact__lijst a) loose text and the number would be separate items and the space between them would go.
  return (
    <span>
      {tekst.slice(0, plek)}
      <span class="rw-nummer">{nummer}</span>
      {tekst.slice(plek + nummer.length)}
    </span>
  );
}
