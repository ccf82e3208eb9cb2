/**
 * The words of the kitchen-table screens (the takeaway under the result, the handover
 * page on the phone), in Dutch and English. Kept here and not in i18n/*.json so that
 * they travel only with these screens, loaded on demand. Placeholders as elsewhere:
 * "{{datum, datum}}", filled in with vulIn (i18n/opmaak.ts). Outcome words and the
 * amounts come from the result page's own texts, so both screens say the same.
 */
import "../uitslag-teksten.ts";
import type { Taal } from "../../flow/sessie.ts";

export interface Teksten {
  /* Meenemen, under the result */
  titel: string;
  intro: string;
  lijstTitel: string;
  lijstIntro: string;
  gemaakt: string;
  hoe: string;
  papieren: string;
  bellen: string;
  geenTaken: string;
  print: string;
  overdrachtTitel: string;
  overdrachtUitleg: string;
  metAntwoorden: string;
  metAntwoordenUitleg: string;
  qrLabel: string;
  linkUitleg: string;
  download: string;
  downloadUitleg: string;
  bestandsnaam: string;
  bestandKop: string;
  bestandGemeente: string;
  bestandDatum: string;
  bestandOpenen: string;
  bestandTeDoen: string;
  /* OverdrachtPagina, on the phone */
  paginaTitel: string;
  paginaIntro: string;
  nietsBewaard: string;
  gecontroleerd: string;
  herberekend: string;
  anders: string;
  nietTeControlerenTitel: string;
  nietTeControleren: string;
  ongeldigTitel: string;
  ongeldig: string;
  zelfInvullen: string;
}

export const TEKSTEN: Record<Taal, Teksten> = {
  nl: {
    titel: "Meenemen",
    intro: "Neem je uitslag mee naar huis. Op papier, of op je eigen telefoon.",
    lijstTitel: "Jouw lijst",
    lijstIntro: "Per regeling staat hier wat je klaarlegt, wie je belt en wanneer het klaar moet zijn.",
    gemaakt: "Gemaakt op {{datum, datum}} voor de gemeente {{gemeente}}.",
    hoe: "Zo vraag je het aan",
    papieren: "Leg deze papieren klaar",
    bellen: "Wie bel je?",
    geenTaken: "Er is nu geen regeling waar je waarschijnlijk recht op hebt. Je mag het altijd vragen bij de gemeente.",
    print: "Print de lijst",
    overdrachtTitel: "Op je eigen telefoon",
    overdrachtUitleg: "Scan de code met de camera van je telefoon. Dan zie je de uitslag op je telefoon. De uitslag zit in de link zelf. Hij gaat niet naar een server.",
    metAntwoorden: "Ook mijn antwoorden meegeven",
    metAntwoordenUitleg: "Zet je dit aan? Dan staan ook je antwoorden in de code, de link en het bestand.",
    qrLabel: "QR-code: open de uitslag op je eigen telefoon",
    linkUitleg: "Lukt scannen niet? Typ of kopieer dan deze link:",
    download: "Download de uitslag",
    downloadUitleg: "Je krijgt een klein bestand met de uitslag en de link. Bewaar het goed, of stuur het naar jezelf.",
    bestandsnaam: "regelingenwijzer-uitslag-{{datum}}.txt",
    bestandKop: "Regelingenwijzer: jouw uitslag",
    bestandGemeente: "Gemeente",
    bestandDatum: "Datum",
    bestandOpenen: "Open de uitslag in de app met deze link:",
    bestandTeDoen: "Te doen",
    paginaTitel: "Jouw uitslag",
    paginaIntro: "Dit is een samenvatting die je hebt meegekregen. Hij is gemaakt op {{datum, datum}}, met de regels van de gemeente {{gemeente}}.",
    nietsBewaard: "Je uitslag zit alleen in de link. We bewaren hem niet op deze telefoon.",
    gecontroleerd: "We hebben gekeken of de uitslag past bij de regels van de gemeente. Dat klopt.",
    herberekend: "We hebben de uitslag opnieuw berekend met de antwoorden uit de link.",
    anders: "Dat geeft nu een andere uitslag dan in de link stond. Je ziet hier de nieuwe uitslag.",
    nietTeControlerenTitel: "We kunnen deze link nu niet controleren",
    nietTeControleren: "Daarvoor hebben we de regels van de gemeente nodig. Die konden we niet laden. Probeer het later nog een keer. Of vul de vragen zelf in.",
    ongeldigTitel: "Deze link werkt niet",
    ongeldig: "De link is niet goed of niet heel. Scan de code nog een keer. Of vul de vragen zelf in.",
    zelfInvullen: "Vul de vragen zelf in",
  },
  en: {
    titel: "Take it with you",
    intro: "Take your result home. On paper, or on your own phone.",
    lijstTitel: "Your list",
    lijstIntro: "For each scheme: what to get ready, whom to call and by when.",
    gemaakt: "Made on {{datum, datum}} for the municipality of {{gemeente}}.",
    hoe: "How to apply",
    papieren: "Get these papers ready",
    bellen: "Whom to call",
    geenTaken: "There is no scheme you are likely to get right now. You may always ask the municipality.",
    print: "Print the list",
    overdrachtTitel: "On your own phone",
    overdrachtUitleg: "Scan the code with your phone's camera. Then you see the result on your phone. The result is inside the link itself. It does not go to a server.",
    metAntwoorden: "Include my answers too",
    metAntwoordenUitleg: "If you turn this on, your answers are in the code, the link and the file too.",
    qrLabel: "QR code: open the result on your own phone",
    linkUitleg: "Scanning does not work? Then type or copy this link:",
    download: "Download the result",
    downloadUitleg: "You get a small file with the result and the link. Keep it safe, or send it to yourself.",
    bestandsnaam: "regelingenwijzer-result-{{datum}}.txt",
    bestandKop: "Regelingenwijzer: your result",
    bestandGemeente: "Municipality",
    bestandDatum: "Date",
    bestandOpenen: "Open the result in the app with this link:",
    bestandTeDoen: "To do",
    paginaTitel: "Your result",
    paginaIntro: "This is a summary you were given. It was made on {{datum, datum}}, with the rules of the municipality of {{gemeente}}.",
    nietsBewaard: "Your result is only in the link. We do not keep it on this phone.",
    gecontroleerd: "We checked that the result fits the rules of the municipality. It does.",
    herberekend: "We worked out the result again from the answers in the link.",
    anders: "That now gives a different result than the link said. You see the new result here.",
    nietTeControlerenTitel: "We cannot check this link right now",
    nietTeControleren: "For that we need the rules of the municipality. We could not load them. Try again later. Or answer the questions yourself.",
    ongeldigTitel: "This link does not work",
    ongeldig: "The link is wrong or incomplete. Scan the code again. Or answer the questions yourself.",
    zelfInvullen: "Answer the questions yourself",
  },
};

export function teksten(taal: Taal): Teksten {
  return TEKSTEN[taal] ?? TEKSTEN.nl;
}
