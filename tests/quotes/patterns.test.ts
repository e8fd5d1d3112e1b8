// Quote finding and attribution on the patterns of news writing, one short made-up paragraph each,
// without entities (speakers come from the text's own names). Each expected quote lists its text,
// kind, the speaker mention next to the cue, and the cue.
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { findQuotes } from '../../src/pipeline/04-quotes.js';

interface Want { text: string; kind?: string; mention: string | null; cue?: string | null; speaker?: string | null }

function quotesOf(body: string) {
  const seg = read(`A headline for the test\n\n${body}`);
  return findQuotes(seg, []).filter((q) => q.kind !== 'indirect');
}

const CASES: Array<[string, string, Want[]]> = [
  ['"Q," X said', '"We will not give up," Smith said on Monday.',
    [{ text: 'We will not give up,', kind: 'direct', mention: 'Smith', cue: 'said' }]],
  ['"Q," said X', '"We will not give up," said Jane Smith, a local organizer.',
    [{ text: 'We will not give up,', kind: 'direct', mention: 'Jane Smith', cue: 'said' }]],
  ['X said: "Q"', 'The mayor said: "The bridge will reopen next week."',
    [{ text: 'The bridge will reopen next week.', kind: 'direct', mention: 'The mayor', cue: 'said' }]],
  ['X said "Q"', 'Johnson said "nobody expected this" after the vote.',
    [{ text: 'nobody expected this', mention: 'Johnson', cue: 'said' }]],
  ['"Q" — X sign-off', 'The mood was grim. "We are all tired of waiting" — Maria Lopez',
    [{ text: 'We are all tired of waiting', mention: 'Maria Lopez', cue: '—' }]],
  ['two speakers joined by "and": the first', '"We will appeal," Tallwick\'s president Mara Lenz and chief legal officer Tomas Brill said in a statement.',
    [{ text: 'We will appeal,', mention: 'Mara Lenz', cue: 'said' }]],
  ['one person with two titles joined by "and"', '"Our results were strong," Chairman and Chief Executive Mara Lenz said.',
    [{ text: 'Our results were strong,', mention: 'Chief Executive Mara Lenz', cue: 'said' }]],
  ['"and" inside a firm\'s name', '"The big number is the debt," analyst Tomas Brill of Quorvia and Co told Reuters.',
    [{ text: 'The big number is the debt,', mention: 'Tomas Brill', cue: 'told' }]],
  ['"and" after a quote with no name at the end: no tag', 'He had an "Oh no" moment and deleted the archive with a program called Wipe.', []],
  ['Australian and British police and council abbreviations before the name', '"We found out from the media," Cr Doug Curran said. "It is safe," said PC David Morgan. "Stay away," Ch Supt Laura Whitfield said.',
    [{ text: 'We found out from the media,', mention: 'Doug Curran', cue: 'said' }, { text: 'It is safe,', mention: 'David Morgan', cue: 'said' }, { text: 'Stay away,', mention: 'Laura Whitfield', cue: 'said' }]],
  ['an "as" clause that tells when is no tag', 'The mayor has said the talks are "at a critical stage", as strikes continued overnight.',
    [{ text: 'at a critical stage', mention: 'The mayor' }]],
  ['an abbreviated council or police title after the cue', '"Every date has been wrong," said Coun. Dimitri Papadakis. "It is safe," said Det. Const. Ana Silva.',
    [{ text: 'Every date has been wrong,', mention: 'Dimitri Papadakis', cue: 'said' }, { text: 'It is safe,', mention: 'Ana Silva', cue: 'said' }]],
  ['an office of a place is the whole mention, not the place', '"They were told," the MLA for Fort Rouge said. "We act," The Commissioner for Health said.',
    [{ text: 'They were told,', mention: 'the MLA for Fort Rouge', cue: 'said' }, { text: 'We act,', mention: 'The Commissioner for Health', cue: 'said' }]],
  ['appositive skipped', '"The budget is a disaster," Tom Reed, the chairman of the finance committee, told reporters.',
    [{ text: 'The budget is a disaster,', mention: 'Tom Reed', cue: 'told' }]],
  ['two quotes, two speakers', 'Merkel told Putin that the government must "start a real dialogue with everyone," while Macron urged the Russian leader to seek "calm and restraint."',
    [{ text: 'start a real dialogue with everyone,', kind: 'partial', mention: 'Merkel', cue: 'told' },
      { text: 'calm and restraint.', kind: 'partial', mention: 'Macron', cue: 'urged' }]],
  ['partial quote in reported speech', 'The senator warned that the plan would be "a gift to polluters" if passed.',
    [{ text: 'a gift to polluters', kind: 'partial', mention: 'The senator', cue: 'warned' }]],
  ['pronoun', 'Anna Petrova spoke first. "We have waited long enough," she said.',
    [{ text: 'We have waited long enough,', mention: 'she', cue: 'said', speaker: 'Anna Petrova' }]],
  ['he → the latest man', 'Mr. Brown met Ms. Green on Friday. "It went well," he said.',
    [{ text: 'It went well,', mention: 'he', speaker: 'Brown' }]],
  ['short name → full name', 'Governor Alan Parker signed the law. Later, "this is only the start," Parker said.',
    [{ text: 'this is only the start,', mention: 'Parker', speaker: 'Alan Parker' }]],
  ['Name (D-Wis.) said', '"This bill is dead on arrival," Rep. Mark Pocan (D-Wis.) said.',
    [{ text: 'This bill is dead on arrival,', mention: 'Mark Pocan', cue: 'said' }]],
  ['participle', 'Fallon responded on Twitter, calling the charge "pathetic and dangerous."',
    [{ text: 'pathetic and dangerous.', mention: 'Fallon', cue: 'calling' }]],
  ['relative clause', 'The house was designed by an architect who said the town needed "something bold and new."',
    [{ text: 'something bold and new.', mention: 'an architect who', cue: 'said' }]],
  ['noun cue', 'Reporters questioned Trump\'s claim that "millions voted illegally" last year.',
    [{ text: 'millions voted illegally', mention: 'Trump', cue: 'claim' }]],
  ['according to', 'According to the ministry, "the situation is under control."',
    [{ text: 'the situation is under control.', mention: 'the ministry', cue: 'According to' }]],
  ['coordination', 'She denied the reports and vowed that the company would "fight every charge in court."',
    [{ text: 'fight every charge in court.', mention: 'She', cue: 'vowed' }]],
  ['outer reporting clause wins', 'Obama said he expected that voters will say "no thanks" to the plan.',
    [{ text: 'no thanks', mention: 'Obama', cue: 'said' }]],
  ['groups speak', 'Lithuanian lawmakers urged the government to show "firm and lasting resolve" on sanctions.',
    [{ text: 'firm and lasting resolve', mention: 'Lithuanian lawmakers', cue: 'urged', speaker: 'Lithuanian lawmakers' }]],
  ['inverted transcript cue', 'Stated Stone:\n\n"I think the stakes are very high for everyone involved."',
    [{ text: 'I think the stakes are very high for everyone involved.', mention: 'Stone' }]],
  ['transcript label inside a quote', '"PENCE: Well, look, the answer is that we will win this election."',
    [{ text: 'PENCE: Well, look, the answer is that we will win this election.', mention: 'PENCE', cue: ':' }]],
  ['open-class verb after a comma-ended quote', '"The budget is late," the nominee riffed on the state of the talks.',
    [{ text: 'The budget is late,', mention: 'the nominee', cue: 'riffed' }]],
  ['as X put it', 'The figures were "lawful and fair," as a Homeland Security memo put it.',
    [{ text: 'lawful and fair,', mention: 'a Homeland Security memo', cue: 'put it' }]],
  ['appositive with a relative clause; "told" takes an object', '"This job has always been one of respect," Melanne Verveer, who served as chief of staff, told CBS News.',
    [{ text: 'This job has always been one of respect,', mention: 'Melanne Verveer', cue: 'told' }]],
  ['inverted tag after an appositive', 'Any "cleareyed" reading of the deal, said Michael Kofman, an expert on Russia, shows its limits.',
    [{ text: 'cleareyed', mention: 'Michael Kofman', cue: 'said' }]],
  ['a noun and a colon introduce the quote', 'The president is rolling out a new and more personal campaign message: "It is about me."',
    [{ text: 'It is about me.', kind: 'direct', mention: 'The president' }]],
  ['a tag after a question mark', '"How big is that wall?" asked the boy, who wore a red hat.',
    [{ text: 'How big is that wall?', mention: 'the boy', cue: 'asked' }]],
  ['relative pronoun as the mention', 'He thanked Glenn Beck, who said there were "too many disturbing things for me to dismiss."',
    [{ text: 'too many disturbing things for me to dismiss.', mention: 'Glenn Beck, who', cue: 'said', speaker: 'Glenn Beck' }]],
  ['a reduced passive is no cue', 'Kim Lee said her husband was in prison accused of "a crime he did not commit."',
    [{ text: 'a crime he did not commit.', mention: 'Kim Lee', cue: 'said' }]],
  ['document subjects give way to their author', 'The senator issued a statement saying the vote was "a disgrace to the chamber."',
    [{ text: 'a disgrace to the chamber.', mention: 'The senator' }]],
  ['"her husband" tells the gender', 'Kim Lee said her husband was in prison. Ivan Petrov agreed. "He did nothing wrong," she said.',
    [{ text: 'He did nothing wrong,', mention: 'she', speaker: 'Kim Lee' }]],
  ['an open-class verb with an object is no tag', 'Although she told the court that she wanted "a fair hearing for everyone," she ignored a judge\'s order.',
    [{ text: 'a fair hearing for everyone,', mention: 'she', cue: 'told' }]],
  ['"X laughed and said": the subject of the pair, not an earlier clause\'s', 'When my brother mentioned the storm at dinner, I laughed and said, "It will pass by morning."',
    [{ text: 'It will pass by morning.', mention: 'I', cue: 'said' }]],
  ['a message noun in a subordinate clause', 'She grew so angry that I had to change my answer: "Of course I will come along."',
    [{ text: 'Of course I will come along.', mention: 'I' }]],
  ['"who" speaks for a list of verbs after a prepositional phrase', 'He is a mayor who mocks the council because of its budget, who fights with reporters, claims that the press is "out to get him," and more.',
    [{ text: 'out to get him,', mention: 'its budget, who', cue: 'claims' }]],
  ['a list of signed quotes', 'Readers wrote in.\n\n“The plan will never work.” ― Ann Lee “We need it now.” ― Tom Hart',
    [{ text: 'The plan will never work.', mention: 'Ann Lee' }, { text: 'We need it now.', mention: 'Tom Hart' }]],
  ['a nickname inside a name is no quote and does not end the tag', '"We will win this seat!" Smith\'s niece, state Del. Marcia "Cia" Price (D-Va.), shouted to the crowd.',
    [{ text: 'We will win this seat!', mention: 'Smith\'s niece', cue: 'shouted' }]],
  ['"what they call" names the clause subject', 'The union is trying to contrast its offer with what they call the company\'s "insulting proposal."',
    [{ text: 'insulting proposal.', mention: 'The union', cue: 'call' }]],
  ['a stray closing mark after the comma of a tag', '“Our promise is to build ‘a wall that works” on the border,’ she wrote.',
    [{ text: 'Our promise is to build ‘a wall that works', mention: 'she', cue: 'wrote' }]],
  ['a document in a relative clause speaks for its author', 'The governor released a letter from his doctor on Friday that says he is "in excellent health."',
    [{ text: 'in excellent health.', mention: 'The governor', cue: 'says' }]],
  ['a comment speaks for whoever made it', 'The crime bill prompted Senator Jane Roe to make a remark that described the young offenders as "a lost generation."',
    [{ text: 'a lost generation.', mention: 'Jane Roe' }]],
  ['an opening participle clause takes the main subject', 'After saying the plan was "dead on arrival," the senator left the room.',
    [{ text: 'dead on arrival,', mention: 'the senator', cue: 'saying' }]],
  ['a book title after a comma is no quote of the clause subject', 'The agency also helped a journalist write a book, "Who Is Who in the Agency," that named officers.', []],
  ['a short sentence of its own after a tag is the speaker\'s', '"We cannot reach the wounded," said Mara Lenz, a program manager. "This is unacceptable."',
    [{ text: 'We cannot reach the wounded,', mention: 'Mara Lenz' }, { text: 'This is unacceptable.', mention: 'Mara Lenz' }]],
  ['a short title at the end of a sentence is no quote', 'She starred in "Salt and Iron." The film flopped.', []],
  ['"WHO" before a title is the agency, not a relative pronoun', '"We need more vaccines," WHO Director-General Mara Lenz told reporters.',
    [{ text: 'We need more vaccines,', mention: 'WHO Director-General Mara Lenz', cue: 'told' }]],
  ['scare quotes without a cue are dropped', 'The so-called "reform package" was delayed again.', []],
  ['a title after the kind of work is no quote', 'Bell, whose documentary "Salt and Iron" earned an award, called it hard.', []],
  ['titles of shows are dropped', 'He said on MSNBC\'s "Morning Joe" that the race was close.', []],
  ['handles and ids are dropped', 'The account "@newsdesk" posted the item "A-1234" twice.', []],
  ['a quote inside its own sentence is not tagged by the next one', 'Mara Lenz wrote on X that both firms were "arguing about seatbelts." Neither company responded to her post.',
    [{ text: 'arguing about seatbelts.', kind: 'partial', mention: 'Mara Lenz', cue: 'wrote' }]],
  ['"another" alone after a quote is its speaker', '"One expert spoke first." "There is a limit to giving," another said.',
    [{ text: 'One expert spoke first.', mention: null }, { text: 'There is a limit to giving,', mention: 'another', cue: 'said' }]],
  ['the object of a relative clause is no speaker; the antecedent of "who" is', 'A former minister who served under Sir Keir said: "They spend goodwill." One person who attended the meeting described him as "visibly frustrated."',
    [{ text: 'They spend goodwill.', mention: 'A former minister who', cue: 'said' }, { text: 'visibly frustrated.', mention: 'One person who', cue: 'described' }]],
  ['a name someone goes by is no quote', 'A medic who goes by "Lisa" said the wounded arrived every hour. The commander, known by his call sign "Bober," said the line held. A man known as "Big Mike" was held.', []],
  ['a name in apposition after a description speaks', 'A spokeswoman for the Tallmoor Department of Transportation, Keisha Vandermolen, said the agency was "exploring options."',
    [{ text: 'exploring options.', mention: 'Keisha Vandermolen', cue: 'said' }]],
  ['a name in apposition before its affiliation speaks', 'His attorney, Naledi Foster of the firm Foster Kwan LLP, said the ruling "keeps the case intact."',
    [{ text: 'keeps the case intact.', mention: 'Naledi Foster', cue: 'said' }]],
  ['a title in apposition after a description gives way to the name', 'Reacting, the Executive Vice-Chairman of the FCCPC, Mr. Babatunde Olaleye, said the inquiry was "under way."',
    [{ text: 'under way.', mention: 'Babatunde Olaleye', cue: 'said' }]],
  ['a place after a name is no speaker', 'Bill Smith, Toronto, said the vote was "too close to call."',
    [{ text: 'too close to call.', mention: 'Bill Smith', cue: 'said' }]],
  ['the last of a list of names is no speaker', 'Chief Justice William Rehnquist, joined by Justices Lewis Powell, Sandra Day and Antonin Scalia, argued that the law was "a taking."',
    [{ text: 'a taking.', mention: 'William Rehnquist', cue: 'argued' }]],
  ['a name ending a longer aside is no speaker', 'Kim Sun-rye, 96, one of the plaintiffs in the case against Mitsubishi Heavy Industries, said she wanted "an apology."',
    [{ text: 'an apology.', mention: 'Kim Sun-rye', cue: 'said' }]],
  ['names joined by "and" in apposition', 'His defence attorneys, Charles Glynn and Richard Jones, have said the trial was "a circus."',
    [{ text: 'a circus.', mention: 'Richard Jones', cue: 'said' }]],
  ['the author of a document in its aside', 'The research, carried out by professor Richard Allsop, says the limit "saves lives."',
    [{ text: 'saves lives.', mention: 'Richard Allsop', cue: 'says' }]],
  ['a common noun and its place before a participle aside', 'A Western diplomat in Cotonou, speaking on condition of anonymity, said the result "surprised nobody."',
    [{ text: 'surprised nobody.', mention: 'A Western diplomat in Cotonou', speaker: 'A Western diplomat in Cotonou', cue: 'said' }]],
  ['an aide to a named person is the aide', 'An aide to Senator Harriet Lindqvist, who requested anonymity, said the senator was "furious."',
    [{ text: 'furious.', mention: 'Harriet Lindqvist', speaker: 'An aide to Senator Harriet Lindqvist', cue: 'said' }]],
];

describe('quote patterns', () => {
  for (const [name, body, want] of CASES) {
    test(name, () => {
      const got = quotesOf(body);
      expect(got.map((q) => q.text)).toEqual(want.map((w) => w.text));
      want.forEach((w, i) => {
        const q = got[i];
        if (w.kind) expect(q.kind).toBe(w.kind);
        expect(q.speakerMention?.text ?? null).toBe(w.mention);
        if (w.cue !== undefined) expect(q.cue?.text ?? null).toBe(w.cue);
        if (w.speaker !== undefined) expect(q.speaker).toBe(w.speaker);
      });
    });
  }
});

describe('paragraph conventions', () => {
  test('a quote left open continues into the next paragraph that opens with a mark', () => {
    const got = quotesOf('"The first part of the statement goes on for a while.\n\n"And the second part ends it," the minister said.');
    expect(got.map((q) => q.text)).toEqual(['The first part of the statement goes on for a while.', 'And the second part ends it,']);
    expect(got.map((q) => q.speakerMention?.text)).toEqual(['the minister', 'the minister']);
  });

  test('an unclosed mark never swallows the next paragraphs', () => {
    const got = quotesOf('He said "the talks were over and left.\n\nThe next paragraph is plain text with no quotes at all.\n\n"Real quote here," she said.');
    expect(got.map((q) => q.text)).toEqual(['Real quote here,']);
  });

  test('what someone unnamed told the subject takes no floating speaker: "workers were told that "..."', () => {
    const got = quotesOf('Derek Olawale said supervisors timed bathroom trips. "They had a stopwatch on us," he said.\n\nIn a presentation shown to new hires, workers were told that "every second off the line is a package that does not ship."');
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['They had a stopwatch on us,', 'Derek Olawale'], ['every second off the line is a package that does not ship.', null]]);
  });

  test('a cue-less quote paragraph continues the previous speaker', () => {
    const got = quotesOf('"We will rebuild," Mayor Ann Lee said.\n\n"It will take years, but we will do it."');
    expect(got.map((q) => q.speaker)).toEqual(['Ann Lee', 'Ann Lee']);
  });

  test('a change of speaker between quotes is noticed', () => {
    const got = quotesOf('"We will rebuild," Mayor Ann Lee said.\n\nHer rival Tom Hart said the plan was empty:\n\n"It is a fantasy."');
    expect(got.map((q) => q.speakerMention?.text)).toEqual(['Ann Lee', 'Tom Hart']);
  });

  test('headings in quotation marks are not quotes', () => {
    const seg = read('Title line here\n\nFirst paragraph of the story, with "nothing quoted" said nobody.\n\n\'Lawlessness and injustice\'\n\nAnother paragraph follows the heading here.');
    expect(findQuotes(seg, []).map((q) => q.text)).not.toContain('Lawlessness and injustice');
  });

  test('offsets point at the quoted text', () => {
    const seg = read('T\n\n“Это конец,” 😀 she said, "and so it goes," he added.');
    for (const q of findQuotes(seg, [])) {
      expect(seg.article.text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(seg.article.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      if (q.speakerMention) expect(seg.article.text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
    }
  });

  // Its linear time is checked in tests/robustness/hostile.slow.test.ts.
  test('thousands of stray marks in one article: the real quote of each paragraph is found', () => {
    const body = Array.from({ length: 200 }, (_, i) => `Line ${i} has " a stray “ mark and ‘ another ’ and "a quote of many words here," he said.`).join('\n\n');
    const got = quotesOf(body);
    expect(got.map((q) => q.text)).toEqual(Array(200).fill('a quote of many words here,'));
  });
});

describe('indirect quotes', () => {
  const indirect = (body: string) => findQuotes(read(`Headline\n\n${body}`), []).filter((q) => q.kind === 'indirect');
  test('X said (that) ...', () => {
    const [q] = indirect('Moscow has said it is ready to step in if necessary.');
    expect(q.text).toBe('it is ready to step in if necessary');
    expect(q.speakerMention?.text).toBe('Moscow');
    expect(q.cue?.text).toBe('said');
  });
  test('X told reporters ...', () => {
    const [q] = indirect('The minister told reporters that the talks had failed.');
    expect(q.text).toBe('that the talks had failed'); // the complementizer belongs to the reported clause
    expect(q.speakerMention?.text).toBe('The minister');
  });
  test('..., X said.', () => {
    const [q] = indirect('The economy is much weaker than expected, the minister said.');
    expect(q.text).toBe('The economy is much weaker than expected');
    expect(q.speakerMention?.text).toBe('the minister');
  });
  test('according to X, ...', () => {
    const [q] = indirect('According to officials, six people died in the fire.');
    expect(q.text).toBe('six people died in the fire');
    expect(q.speakerMention?.text).toBe('officials');
  });
});
