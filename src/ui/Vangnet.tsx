/**
 * The error boundary: an unexpected error while drawing a page becomes a page that says
 * what happened in plain words, instead of a blank screen. Nothing is wiped: the answers
 * live in the session (flow/sessie.ts), outside the part that failed, so "Opnieuw
 * proberen" draws the page again with every answer still there.
 */
import type { TFunction } from "i18next";
import { Component, type ComponentChildren } from "preact";
import { maakI18n } from "../i18n/index.ts";

export interface VangnetProps {
  children: ComponentChildren;
  /** The app's words (in the resident's language) when it has them; else Dutch. */
  t?: TFunction;
  /** Called with the error once it is caught (the app uses it for a gemeente's rules). */
  bijFout?: (fout: unknown) => void;
  /** Draws something else for the error than the plain page (a gemeente's error page). */
  anders?: (fout: unknown) => ComponentChildren | null;
  /** Around the whole app: the page is drawn in a <main> of its own (nothing else is left on screen). */
  heelScherm?: boolean;
}

export class Vangnet extends Component<VangnetProps, { fout: unknown; gevangen: boolean }> {
  override state = { fout: null as unknown, gevangen: false };

  static override getDerivedStateFromError(fout: unknown) {
    return { fout, gevangen: true };
  }

  override componentDidCatch(fout: unknown): void {
    this.props.bijFout?.(fout);
  }

  override componentDidUpdate(_: VangnetProps, eerder: { gevangen: boolean }): void {
    // Like any new page: focus on its heading, so a screen reader reads what happened.
    if (this.state.gevangen && !eerder.gevangen) document.getElementById("paginakop")?.focus();
  }

  opnieuw = () => this.setState({ fout: null, gevangen: false });

  override render() {
    if (!this.state.gevangen) return this.props.children;
    const anders = this.props.anders?.(this.state.fout);
    if (anders) return anders;
    const t = this.props.t ?? maakI18n("nl").t;
    const melding = this.state.fout instanceof Error ? this.state.fout.message : String(this.state.fout);
    const inhoud = (
      <div class="rw-vangnet" data-vangnet="">
        <h1 id="paginakop" class="utrecht-heading-1" tabIndex={-1}>{t("vangnet.titel")}</h1>
        <p class="utrecht-paragraph">{t("vangnet.tekst")}</p>
        <p class="utrecht-paragraph">{t("vangnet.bewaard")}</p>
        <p class="utrecht-paragraph">
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={this.opnieuw}>{t("vangnet.opnieuw")}</button>
        </p>
        <p class="utrecht-paragraph"><a class="utrecht-link" href="#/" onClick={() => setTimeout(this.opnieuw)}>{t("vangnet.start")}</a></p>
        <details>
          <summary>{t("vangnet.beheer")}</summary>
          <p class="rw-klein">{melding}</p>
        </details>
      </div>
    );
    return this.props.heelScherm ? <main class="rw-inhoud">{inhoud}</main> : inhoud;
  }
}
