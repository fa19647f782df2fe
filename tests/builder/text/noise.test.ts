/**
 * Scraped noise, recognised by its shape: it gives no sentences, so no nodes and no edges. Each fixture has one
 * real prose sentence (Peru and Chile) and noise that names other countries.
 */
import { describe, expect, it } from 'vitest';
import { classifyBlocks, maskInlineNoise } from '../../../src/builder/text/noise';
import { segmentDocument } from '../../../src/builder/text/segment';
import { graphOf } from '../factories';

const PROSE = 'Peru and Chile signed a fisheries accord in Lima on Tuesday after two days of talks.';
const reasonsOf = (text: string): string[] => segmentDocument(text).noise.map((n) => n.reason);
const sentencesOf = (text: string): string[] => segmentDocument(text).sentences.map((s) => s.text);

describe('noise by shape', () => {
  it.each([
    ['a cookie banner', `We use cookies to improve your experience. By continuing to browse Brazil News you accept our use of cookies.\n\n${PROSE}`, ['cookie banner']],
    [
      'reader comments: everything after a "Comments (3)" header',
      `${PROSE}\n\nComments (3)\n\nMaria L.\nGreat news for Ecuador and Bolivia, they should sign a deal too.\n\nJohn\nArgentina criticised Uruguay over this agreement between Peru and Chile, which is long and detailed and covers many things.`,
      ['reader comments', 'reader comments', 'reader comments', 'reader comments', 'reader comments'],
    ],
    [
      'a related-articles list',
      `${PROSE}\n\nRelated articles\n\nEcuador and Colombia sign border deal\nBrazil hosts Mercosur summit\nArgentina and Uruguay clash over river`,
      ['list of related articles or publications', 'list of related articles or publications', 'list of related articles or publications', 'list of related articles or publications'],
    ],
    [
      'a "Latest …" list of publications with numbered entries',
      `${PROSE}\n\nLatest publications\n\n25   31\tAna Ruiz, Can Brazil Mediate Between Argentina and Uruguay?\n25   30\tLuis Vega, The Predicament of Ecuador after the Election`,
      ['list of related articles or publications', 'list of related articles or publications', 'list of related articles or publications'],
    ],
    ['footnotes and citation lines', `1 Ministry of Trade of Ecuador, Annual Report, 12 March 2021, p. 4.\n[2] Garcia, Bolivia and the Sea, 2019.\n${PROSE}`, ['footnote or citation', 'footnote or citation']],
    ['a wire story’s reporting credits', `${PROSE}\n\n(Reporting by Karen Lema in Manila and Kantaro Komiya in Tokyo; Editing by Martin Petty)`, ['credits']],
    ['writers who contributed to the report', `${PROSE}\n\nAssociated Press writers Ken Moritsugu in Beijing and Mari Yamaguchi in Tokyo contributed to this report.`, ['credits']],
    ['a "Related coverage" list', `${PROSE}\n\nRELATED COVERAGE\nPhilippines and Vietnam hold first coast guard drills\nWhat to know about the Quad`, ['list of related articles or publications', 'list of related articles or publications', 'list of related articles or publications']],
    ['a numbered citation opening with an institution', `${PROSE}\n\n1. Ministry of Defence of Ecuador, "Roadmap on the brigade", 18 December 2023.`, ['footnote or citation']],
    ['a references section', `${PROSE}\n\nNotes\n\n1. Garcia, J. (ed.) Pacific Fisheries of Ecuador, vol. 2, pp. 10-12.\n2. Brazil and Argentina, in *Southern Cone Review*, 3 May 2019, p. 5.`, ['references', 'references', 'references']],
    ['a lower-case byline', `by Carla Mendes\n\n${PROSE}`, ['byline']],
    ['contact details', `${PROSE}\n\nFor press enquiries about Ecuador contact press@example.org or phone +51 1 555 0100.`, ['contact details']],
    ['site boilerplate', `${PROSE}\n\nSubscribe to our newsletter for more news from Brazil and Argentina.`, ['site boilerplate']],
    ['a newsletter’s table of contents after a greeting', `Good morning. This week: Quito says Lima is sending troops to Bolivia, Argentina and Uruguay expel diplomats\n\n${PROSE}`, ['table of contents']],
    ['a newsletter’s table of contents', `This week: Quito says Lima is sending troops to Bolivia, Brazil's new chief chairs a summit, Argentina and Uruguay expel diplomats\n\n${PROSE}`, ['table of contents']],
    ['a promotion of a sister publication', `${PROSE}\n\nAlso from us: ANDES WEEKLY - security and trade in Ecuador, Brazil and Bolivia.`, ['teaser for another article']],
    ['a related-documents line', `${PROSE}\n\nRelated documents: Press release 24/1386 | Factsheet: Brazil-Argentina relations`, ['teaser for another article']],
    ['a funding note with a series plug', `${PROSE}\n\n*This article was supported by a reporting grant from the Andes Fund. Read more in our series: "Brasília's gas diplomacy".*`, ["publisher's note"]],
    ['a newsletter’s copyright line', `${PROSE}\n\n(c) 2024 Pampas Media Ltd, Buenos Aires. You received this email because you signed up at pampas.example.`, ["publisher's note"]],
    ['a page’s tags', `${PROSE}\n\nTags: Brazil, Argentina, Mercosur, trade`, ['tags']],
    ['a menu copied with the page', `Home | World | Brazil | Argentina | Opinion\n\n${PROSE}`, ['menu']],
    ['a note about the author', `${PROSE}\n\nAna Ruiz is a senior fellow at the Brazil Institute and a former adviser to Argentina's foreign ministry.`, ['about the author']],
    ['a sponsor line', `${PROSE}\n\nSponsored by Bolivia Mining Partners. Our coverage of Ecuador is independent.`, ["publisher's note"]],
    ['links to other pages of a series', `${PROSE}\n\n*Also in this series: [Explainer: Ecuador and the sea] · [Explainer: Bolivia, Brazil and Argentina's water deals]*`, ['links to other pages']],
    ['links with their addresses', `${PROSE}\n\n*Read next:* [Bolivia's new cabinet](https://news.example/bolivia) | [Ecuador closes a chapter](https://news.example/ecuador)`, ['links to other pages']],
  ])('%s', (_case, text, reasons) => {
    expect(reasonsOf(text)).toEqual(reasons);
    expect(sentencesOf(text)).toEqual([PROSE]);
    expect(graphOf(text).nodes.map((n) => n.id)).toEqual(['chile', 'peru']);
  });

  it('ends a related list at a full declarative sentence, which is prose again', () => {
    const text = `${PROSE}\n\nRelated articles\n\nEcuador and Colombia sign border deal\n\nThe accord will enter into force once the parliaments of both countries ratify it later this year.`;
    expect(sentencesOf(text)).toEqual([PROSE, 'The accord will enter into force once the parliaments of both countries ratify it later this year.']);
  });

  it('masks an image credit to the end of its line', () => {
    const text = `${PROSE}\n\nPhoto: Reuters/Ana Ruiz shows the ministers of Ecuador and Bolivia.`;
    expect(sentencesOf(text)).toEqual([PROSE]);
    expect(graphOf(text).nodes.map((n) => n.id)).toEqual(['chile', 'peru']);
  });

  it('masks footnote references, so that the sentence before them ends ("collided.[^2] France …", "in 2019.[3] Peru …")', () => {
    expect(sentencesOf('Chile and Bolivia collided.[^2] Peru and Ecuador met.[3] Brazil spoke.\n\n[^2]: A note.')).toEqual([
      'Chile and Bolivia collided.',
      'Peru and Ecuador met.',
      'Brazil spoke.',
    ]);
  });

  it('masks inline noise with spaces of the same length', () => {
    const text = 'Peru<sup>2</sup> and Chile&amp; met (see https://example.org/a).';
    const masked = maskInlineNoise(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.replace(/\s+/g, ' ')).toBe('Peru and Chile met (see ).');
  });

  it('classifies headings apart from prose and gives them no sentences', () => {
    const text = `Fisheries accord: Peru and Chile\n\n${PROSE}\n\n## Background\n\nThe two countries have disputed their maritime border in the Pacific since 2008.`;
    expect(classifyBlocks(text).map((b) => b.kind)).toEqual(['heading', 'prose', 'heading', 'prose']);
    expect(sentencesOf(text)).toEqual([PROSE, 'The two countries have disputed their maritime border in the Pacific since 2008.']);
  });

  it('recognises a capitalised "By …" byline', () => {
    expect(reasonsOf(`By Carla Mendes\n\n${PROSE}`)).toEqual(['byline']);
  });

  it('keeps the rest of a sentence after an inline image credit', () => {
    const [sentence] = sentencesOf('The ministers of Ecuador and Bolivia (Image: AFP) watched the ceremony from the front row.');
    expect(sentence).toMatch(/watched the ceremony from the front row\.$/);
  });

  it.each([
    ['"3 comments" as a comments header', `${PROSE}\n\n3 comments\n\nBolivia should sign a deal too.`, [PROSE]],
    ['an inline "Source:" credit, masked to its own full stop', 'Peru and Chile signed a fisheries accord. Source: Reuters. Bolivia and Chile met in Santiago on Wednesday to discuss trade.', ['Peru and Chile signed a fisheries accord.', 'Bolivia and Chile met in Santiago on Wednesday to discuss trade.']],
    ['prose that starts with "Sources said"', 'Sources said Peru and Chile signed a fisheries accord in Lima on Tuesday after two days of talks.', ['Sources said Peru and Chile signed a fisheries accord in Lima on Tuesday after two days of talks.']],
    ['prose that starts with "Notes"', 'Notes from the summit show that Peru and Chile signed a fisheries accord in Lima.', ['Notes from the summit show that Peru and Chile signed a fisheries accord in Lima.']],
  ])('keeps prose around noise-like wording: %s', (_case, text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('keeps a sentence citing "et al."', () => {
    const text = 'Peru and Chile signed a fisheries accord in Lima on Tuesday after two days of talks, according to Garcia et al.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it.each([
    // FOOTNOTE_LINE: a number, a capitalised word and a comma within 80 characters.
    ['a sentence opening with a number ("footnote or citation")', '25 European countries, including France and Spain, signed the declaration in Lima on Tuesday.'],
    // COOKIE and COOKIE_CONSENT ("privacy") anywhere in the block.
    ['policy prose about cookies and privacy ("cookie banner")', 'Italy and France agreed on a common privacy regime for cookies and online tracking in Europe.'],
  ])('keeps %s', (_case, text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('keeps a numbered paragraph of prose with a comma early on (not a "footnote or citation")', () => {
    const text = '1. The Ministers welcomed the signing of the accord (RAA), which will help Peru and Chile.';
    expect(reasonsOf(text)).toEqual([]);
    expect(sentencesOf(text)).toEqual(['The Ministers welcomed the signing of the accord (RAA), which will help Peru and Chile.']);
  });

  it('keeps a numbered paragraph that opens with names and titles but runs on as a long sentence', () => {
    const text =
      '1. Japanese Minister of Defense Minoru Kihara, Republic of Korea Minister of National Defense Won-sik Shin, and United States Secretary of Defense Lloyd Austin held a trilateral meeting in Tokyo on July 28, 2024.';
    expect(reasonsOf(text)).toEqual([]);
  });

  it('keeps prose with a bracketed insertion', () => {
    const text = `${PROSE}\n\nThe minister said [Bolivia] would "join [the talks] soon" and that Brazil agreed.`;
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it('does not take a prose line starting with "Latest" for a list header', () => {
    const text = `${PROSE}\n\nLatest talks between Peru and Bolivia failed.\n\nBolivia and Chile met in Santiago.`;
    expect(sentencesOf(text)).toEqual([PROSE, 'Latest talks between Peru and Bolivia failed.', 'Bolivia and Chile met in Santiago.']);
  });

  it('keeps a sentence that says what someone is, in the body of a piece', () => {
    const text = `${PROSE}\n\nKeir Starmer is a former director of public prosecutions and now leads Britain.\n\nBolivia and Chile met in Santiago on Wednesday to discuss trade and water rights.\n\nEcuador and Peru signed a fisheries accord in Quito on Tuesday after talks.\n\nBrazil and Argentina held talks in Brasília on trade and the river.`;
    expect(reasonsOf(text)).toEqual([]);
  });

  it('treats a bold "**Read more:** …" line as a teaser', () => {
    const text = 'Peru and Chile signed a fisheries accord in Lima on Tuesday.\n\n**Read more:** Brazil and Argentina sign deal · Italy and Greece talk\n\nBolivia and Chile met in Santiago on Wednesday to discuss trade.';
    expect(graphOf(text).nodes.map((n) => n.id)).not.toContain('brazil');
  });

  it('treats a "Read more: …" teaser line as noise', () => {
    const text = 'Peru and Chile signed a fisheries accord in Lima on Tuesday.\nRead more: Brazil and Argentina sign deal\nBolivia and Chile met in Santiago on Wednesday to discuss trade and water rights.';
    expect(graphOf(text).nodes.map((n) => n.id)).not.toContain('brazil');
  });
});
