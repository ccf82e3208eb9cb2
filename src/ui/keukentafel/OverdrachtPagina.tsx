/** The handover on the resident's own phone: the result summary carried in the URL fragment. (To be built.) */
export function OverdrachtPagina(_props: { data: string }) {
  return <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>Overdracht</h1>;
}
