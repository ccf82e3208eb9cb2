/** Loaded only in keukentafel-modus: the layout for tablets at a kitchen table. */
import "./modus.css";

export const geladen = true;
