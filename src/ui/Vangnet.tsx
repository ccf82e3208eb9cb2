/**
 * The error boundary: an unexpected error while drawing a page becomes a page that says
 * what happened in plain words, instead of a blank screen. Nothing is wiped: the answers
 * live in the session (flow/sessie.ts), outside the part that failed, so "Opnieuw
 * proberen" draws the page again with every answer still there. The page itself
 * (Foutpagina.tsx) loads only when an error happened.
 */
import type { TFunction } from "i18next";
import { Component, type ComponentChildren } from "preact";
import { LaadFout } from "./later.ts";

type Paginas = typeof import("./Foutpagina.tsx");

export interface VangnetProps {
  children: ComponentChildren;
  /** The app's words (in the resident's language) when it has them; else Dutch. */
  t?: TFunction;
  /** Called with the error once it is caught. */
  bijFout?: (fout: unknown) => void;
  /** Draws something else for the error than the plain page (a gemeente's error page). */
  anders?: (fout: unknown, paginas: Paginas) => ComponentChildren | null;
  /** Around the whole app: the page is drawn in a <main> of its own (nothing else is left on screen). */
  heelScherm?: boolean;
}

interface Toestand {
  fout: unknown;
  gevangen: boolean;
  paginas: Paginas | null;
}

export class Vangnet extends Component<VangnetProps, Toestand> {
  override state: Toestand = { fout: null, gevangen: false, paginas: null };

  static override getDerivedStateFromError(fout: unknown) {
    return { fout, gevangen: true };
  }

  override componentDidCatch(fout: unknown): void {
    this.props.bijFout?.(fout);
    if (!this.state.paginas) this.laadPaginas();
  }

  // When this page's own code cannot be had either (offline), it comes once the device is online again.
  laadPaginas = (): void =>
    void import("./Foutpagina.tsx").then(
      (paginas) => this.setState({ paginas }),
      () => addEventListener("online", this.laadPaginas, { once: true }),
    );

  override componentWillUnmount(): void {
    // Only where a window is (not in the build's pre-paint, ui/voorverf.tsx).
    if (this.state.gevangen && !this.state.paginas) removeEventListener("online", this.laadPaginas);
  }

  override componentDidUpdate(_: VangnetProps, eerder: Toestand): void {
    // Like any new page: focus on its heading, so a screen reader reads what happened.
    if (this.state.gevangen && this.state.paginas && !(eerder.gevangen && eerder.paginas)) document.getElementById("paginakop")?.focus();
  }

  opnieuw = () => {
    // A screen whose code could not be loaded loads it again (ui/later.ts).
    if (this.state.fout instanceof LaadFout) this.state.fout.opnieuw();
    this.setState({ fout: null, gevangen: false });
  };

  override render() {
    const { gevangen, fout, paginas } = this.state;
    if (!gevangen) return this.props.children;
    if (!paginas) return null; // a moment, while the page loads
    const anders = this.props.anders?.(fout, paginas);
    if (anders) return anders;
    return <paginas.VangnetPagina t={this.props.t} melding={fout instanceof Error ? fout.message : String(fout)} opnieuw={this.opnieuw} heelScherm={this.props.heelScherm} nietGeladen={fout instanceof LaadFout} />;
  }
}
