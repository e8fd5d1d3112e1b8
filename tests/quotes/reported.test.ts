// Reported speech (kind `indirect`) on the patterns of news writing, one made-up sentence each: what
// is reported, for whom, and what is not reported speech at all.
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { findQuotes } from '../../src/pipeline/04-quotes.js';

const quotesOf = (body: string) => findQuotes(read(`A headline for the test\n\n${body}`), []);
const reported = (body: string) => quotesOf(body).filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speakerMention?.text]);

describe('reported speech: what is reported, for whom', () => {
  const CASES: Array<[string, string, Array<[string, string]>]> = [
    ['X told <object> (that) ...', 'The driver told investigators he had fallen asleep at the wheel.',
      [['he had fallen asleep at the wheel', 'The driver']]],
    ['a named object, then "that"', 'The minister told the House of Commons that the program would end in June.',
      [['that the program would end in June', 'The minister']]],
    ['X says, present tense, a capitalised plural subject', 'Prosecutors say more charges are likely.',
      [['more charges are likely', 'Prosecutors']]],
    ['a span of time between the verb and its content', 'The minister said two days later that the talks had failed.',
      [['that the talks had failed', 'The minister']]],
    ['an adverb of time between the verb and its content', 'The coach said afterwards that it was a precaution.',
      [['that it was a precaution', 'The coach']]],
    ['a restrictive relative clause between the speaker and the cue', 'A woman who works at a nearby shop said she heard three shots.',
      [['she heard three shots', 'A woman who']]],
    ['... with an infinitive in it; not the pronoun of "who he said"', 'A neighbour who did not want to be named said the fire started in the kitchen. The studios are clamping down on file-sharers who it says infringe copyright laws by copying films.',
      [['the fire started in the kitchen', 'A neighbour who'], ['infringe copyright laws by copying films', 'it']]],
    ['"for" inside a body\'s name after "NAME of the"', 'Ursula Münch of the Academy for Political Education said the rebellion revealed deeper tensions.',
      [['the rebellion revealed deeper tensions', 'Ursula Münch']]],
    ['a relative clause of a place\'s object ends an aside', 'Scott Morris, a former official who is now a fellow at the Center for Global Development, which works to end poverty, said that support was strong.',
      [['that support was strong', 'Scott Morris']]],
    ['an object of several words before "that"', 'Mai Van Khiem told state broadcaster VTV that rivers could rise. She told her three part-time staff that the shop would close.',
      [['that rivers could rise', 'Mai Van Khiem'], ['that the shop would close', 'She']]],
    ['... not past an infinitive', 'The ministry urged China to refrain from further actions that would worsen the situation.',
      [['to refrain from further actions that would worsen the situation', 'The ministry']]],
    ['where the speaker is, in an aside, is no speaker', 'The singer died on Monday. Her brother, speaking from Lagos, said she had sung until the end.',
      [['she had sung until the end', 'Her brother']]],
    ['a time phrase after the object of "told"', 'Mara Lenz told CNBC last month that the bank was on track.',
      [['that the bank was on track', 'Mara Lenz']]],
    ['a day after the object of a directive', 'The police chief warned the public Monday not to speculate.',
      [['not to speculate', 'The police chief']]],
    ['a connective opening the content is the writer\'s; a percent sign is the number\'s', 'Elsewhere, prices rose 3%, the agency said.',
      [['prices rose 3%', 'the agency']]],
    ['a description of the source after "according to" is not what it said', 'According to Mara Lenz, the union\'s chief negotiator, the talks have stalled.',
      [['the talks have stalled', 'Mara Lenz']]],
    ['an acronym that spells a function word is a name', 'WHO officials said the variant was spreading, and the US says it cannot help.',
      [['the variant was spreading', 'WHO officials'], ['it cannot help', 'US']]],
    ['a subject and verb before a quotation that goes on with them', 'Mara Lenz wrote that Europe was "ready when the agency is."',
      [['that Europe was "ready when the agency is."', 'Mara Lenz']]],
    ['a count before the subject is no comparison', 'The plan fell after more than a dozen Labour MPs said they would not back it.',
      [['they would not back it', 'Labour MPs']]],
    ['a place after a common noun is no speaker of its own', 'One buyer in Tallmoor, who asked not to be named, says the price is fair.',
      [['the price is fair', 'One buyer in Tallmoor']]],
    ['a day between the verb and a clause without "that"', 'The agency said on Tuesday the review would start on Dec. 21.',
      [['the review would start on Dec. 21', 'The agency']]],
    ['a city and state before "-based" belong to the tag', 'Revenue rose 17% to $3.12 billion, the Austin, Texas-based company said.',
      [['Revenue rose 17% to $3.12 billion', 'the Austin, Texas-based company']]],
    ['... and to the subject', 'The Cupertino, California-based company said profit rose to a record.',
      [['profit rose to a record', 'The Cupertino, California-based company']]],
    ['when it was said ends the tag', 'The net loss widened, the company said in a statement after the market closed on Tuesday.',
      [['The net loss widened', 'the company']]],
    ['a clause after the object that goes on is no time of the tag', 'Gene Moos, an aide, told Reuters while Foley believes action is needed, a bail-out is not needed now.',
      [['while Foley believes action is needed, a bail-out is not needed now', 'Gene Moos']]],
    ['an audience with an adjective before "that"', 'Mara Lenz told a packed arena that the chip would ship in March.',
      [['that the chip would ship in March', 'Mara Lenz']]],
    ['where the speaker stood', 'Tom Reed said outside the courthouse that he was relieved.',
      [['that he was relieved', 'Tom Reed']]],
    ['a name with a small word of its own as the object', 'Friedrich Merz told Bild am Sonntag that the coalition would hold.',
      [['that the coalition would hold', 'Friedrich Merz']]],
    ['a tag inside a clause whose verb is one of finding', 'Mara Lenz studied the parade. The floats, she said, showed the town\'s pride.',
      [['The floats, she said, showed the town\'s pride', 'she']]],
    ['"Another" standing alone as the subject', 'Several aides said the plan was dead. Another said the tone was cordial.',
      [['the plan was dead', 'Several aides'], ['the tone was cordial', 'Another']]],
    ['a subject counting people out of a group', 'One of the men said the plan had failed. A senior official at one of four banks said approval was near.',
      [['the plan had failed', 'One of the men'], ['approval was near', 'A senior official']]],
    ['a tag counting people out of a group', 'The meeting ran past midnight, two of those people said. The talks collapsed, one of the officials said.',
      [['The meeting ran past midnight', 'two of those people'], ['The talks collapsed', 'one of the officials']]],
    ['a full name before "of the" and the body it is with: the person speaks', 'Meteorologist Kayla Brun of the National Weather Service said the storm would pass.',
      [['the storm would pass', 'Meteorologist Kayla Brun']]],
    ['... but not a title before "of the" and the name after it', 'Deputy U.S. Comptroller of the Currency Robert Bench said regulators had no objection.',
      [['regulators had no objection', 'Currency Robert Bench']]],
    ['a name ending in "\'s" before a past form is a subject, not an owner', 'Moody\'s said the rating was stable. McDonald\'s told investors it would cut prices.',
      [['the rating was stable', 'Moody\'s'], ['it would cut prices', 'McDonald\'s']]],
    ['... also before a time or an adverb', 'McDonald\'s said last week that it would keep its value menu. Denny\'s said recently that it would close stores.',
      [['that it would keep its value menu', 'McDonald\'s'], ['that it would close stores', 'Denny\'s']]],
    ['... but not before a noun, nor as a contracted "is"', 'Tallmoor\'s stated goal was growth. It\'s predicted that sales will rise. The deal\'s said to be worth $5 million.',
      []],
    ['an anonymous source\'s description is no subject: "with knowledge of"', 'Officials with direct knowledge of the investigation said the suspect had fled.',
      [['the suspect had fled', 'Officials']]],
    ['... "familiar with", "close to", "briefed on"', 'Two people familiar with the matter said the plan was dropped. People close to the minister said she would resign. A person briefed on the plan said the launch would slip.',
      [['the plan was dropped', 'Two people'], ['she would resign', 'People'], ['the launch would slip', 'A person']]],
    ['a relative clause that reports, then the main clause that reports: two reports, both the name\'s', 'Luis Ortega, 52, a cook in Oakland, Calif., who said he had lived there for 20 years, said he could not afford to move. Maria, 45, a nurse from Leeds, who said she takes the train, said the rise would cost her.',
      [['he had lived there for 20 years', 'Luis Ortega'], ['he could not afford to move', 'Luis Ortega'], ['she takes the train', 'Maria'], ['the rise would cost her', 'Maria']]],
    ['... but not after a name that is the object of "by", nor a report that goes on past a participle', 'It is a view shared by Rooney, who said the club can win. Hewitt said the new arrangements, revealed in a statement, would raise money.',
      [['the club can win', 'Rooney, who'], ['the new arrangements, revealed in a statement, would raise money', 'Hewitt']]],
    ['a particle inside a full name before "of the": the name speaks, not the body', 'Joost van der Linden of the University of Utrecht wrote that the findings mattered.',
      [['that the findings mattered', 'Joost van der Linden']]],
    ['a form in -ed right after "that" or "said" that describes the reported subject is no verb of saying', 'Ruth Abernathy said that continued dry weather would hit ranchers. The envoy said renewed fighting could displace thousands.',
      [['that continued dry weather would hit ranchers', 'Ruth Abernathy'], ['renewed fighting could displace thousands', 'The envoy']]],
    ['the question a sentence opens with reports nothing: "Asked whether X would agree to ..., Y said"', 'Asked whether the government would agree to a cap on class sizes, a key union demand, Chen said it was on the table. Asked if the council would promise to revisit the plan, Mayor Ellen Strauss said she could not commit.',
      [['it was on the table', 'Chen'], ['she could not commit', 'Ellen Strauss']]],
    ['"declared" before a plain noun is an act, not a report', 'Brazil last month declared a moratorium on interest payments and followed it up with a world tour. The governor declared that the emergency was over.',
      [['that the emergency was over', 'The governor']]],
    ['a subject with an aside naming some of it, or a relative clause ending in an object', 'Critics, including Public Citizen, argue that the agency has lowered its bar. Members who voted no said they were worried. Several members who voted against it said they were concerned.',
      [['that the agency has lowered its bar', 'Critics'], ['they were worried', 'Members who'], ['they were concerned', 'Several members who']]],
    ['a name, an age and a description with where the person is from', 'Brenda Kowalczyk, 58, a retired nurse from Belpre, said she had voted for Democrats.',
      [['she had voted for Democrats', 'Brenda Kowalczyk']]],
    ['... but an aside that opens with "from" names the author', 'The letter, from the Home Office, says the rules are clear.',
      [['the rules are clear', 'Home Office']]],
    ['a verb that takes a thing, after a name and its description, is followed by that thing: no inverted tag', 'Rep. Omar Haddad, the committee\'s top Democrat, praised the compromise. Council member Rita Nunez, the panel\'s senior member, criticized the vote.',
      []],
    ['"state" before a title is no verb', 'His opponent, state Attorney General Renee Delacroix, fired back within the hour. The race includes state Sen. Maria Lopez.',
      []],
    ['... but after a plural subject it is', 'Analysts estimate OPEC is producing a million barrels too many.',
      [['OPEC is producing a million barrels too many', 'Analysts']]],
    ['a plural subject with its determiner before a bare verb, then the tag', 'The methods take more time, Haddad said. Such exams cost more, he said.',
      [['The methods take more time', 'Haddad'], ['Such exams cost more', 'he']]],
    ['a subject that denies anyone said it reports nothing', 'Not all analysts agreed that the pause would last. No one at the bank said that rates would fall. None of the officials said the talks had failed. Neither company said it would cut jobs.',
      []],
    ['... but "No 10" and "No wonder" deny nothing', 'No 10 said the threat was real. No wonder Tallwick said the plan had failed.',
      [['the threat was real', 'No 10'], ['the plan had failed', 'Tallwick']]],
    ['"according to" a document that reports someone\'s report: the report is theirs', 'According to the Kremlin transcript, the president told his guest that Europe was punishing its own citizens.',
      [['that Europe was punishing its own citizens', 'the president']]],
    ['... but the document\'s own content stays the document\'s', 'According to the Labor Department, US firms added only 146,000 jobs in January.',
      [['US firms added only 146,000 jobs in January', 'Labor Department']]],
    ['"informed", "disclosed", "retorted", "underscored" report a clause', 'The prosecutor informed the bench that the file was missing. The company disclosed that a grand jury was probing it. The minister retorted that the opposition had run out of excuses. The chief executive underscored that margins would recover.',
      [['that the file was missing', 'The prosecutor'], ['that a grand jury was probing it', 'The company'], ['that the opposition had run out of excuses', 'The minister'], ['that margins would recover', 'The chief executive']]],
    ['a name ending in an apostrophe, then an age', 'Akinyi Achieng\', 31, a trader in Kisumu, said the water rose overnight.',
      [['the water rose overnight', 'Akinyi Achieng']]],
    ['"even as" a second source reports: two reports', 'Minister Paulo Reis insisted that prices would fall even as economists warned that inflation was rising.',
      [['that prices would fall', 'Paulo Reis'], ['that inflation was rising', 'economists']]],
    ['a longer phrase before "that": a show\'s title, a body\'s long name', 'Mara Lenz said on ABC\'s "This Week" that the bill would pass. The company said in a filing with the Securities and Exchange Commission that it expected a loss.',
      [['that the bill would pass', 'Mara Lenz'], ['that it expected a loss', 'The company']]],
    ['"here" or "there" after the subject says where it is', 'The dollar was quoted at 148 yen in Tokyo and dealers here said they expected it to fall further.',
      [['they expected it to fall further', 'dealers']]],
    ['content, then a name, its description and "told" with the audience: the name speaks', 'Trees hit by the disease must be felled, Chee Kheng Hoy, head of the crop division, told Reuters.',
      [['Trees hit by the disease must be felled', 'Chee Kheng Hoy']]],
    ['... but a list of places before a noun is no tag', 'The ad will air in Ohio, where it ran before, along with New Hampshire, Virginia, Iowa, Colorado and Nevada — all battleground states.',
      []],
    ['"posited"', 'An economist, Prof. Adeola Fasanmi, posited that price controls would fail.',
      [['that price controls would fail', 'Adeola Fasanmi']]],
    ['an honorific opening an aside names the speaker after a place', 'Speaking with Reuters, a senior banker in Lagos, Mr. Chidi Okonkwo, said the naira would weaken.',
      [['the naira would weaken', 'Chidi Okonkwo']]],
    ['"according to" a pronoun', 'Mary Wanjiku spoke to reporters. According to her, the police had refused to act.',
      [['the police had refused to act', 'her']]],
    ['a date between the verb and "that"', 'The ministry claimed on Aug. 9 that its troops had taken the village.',
      [['that its troops had taken the village', 'The ministry']]],
    ['a part of a day between the verb and "that"', 'The commission said late Tuesday that the count was over.',
      [['that the count was over', 'The commission']]],
    ['a full date between the verb and "that"', 'The agency said on March 9, 2024, that the talks would resume.',
      [['that the talks would resume', 'The agency']]],
    ['"State" opening a name is no imperative', 'State Department officials said the talks had stalled.',
      [['the talks had stalled', 'State Department officials']]],
    ['"on X." ends its sentence: "She said" opens the next', 'He posted on X. She said the rule was unworkable.',
      [['the rule was unworkable', 'She']]],
    ['the object of "told": a title before a name', 'The minister told radio host Mara Lenz that the talks had failed.',
      [['that the talks had failed', 'The minister']]],
    ['the object of "told": a lower-case word alone', 'The driver told investigators officials had lied.',
      [['officials had lied', 'The driver']]],
    ['content, then a bare tag with a plural that has no -s', 'A man was charged after a shooting in the city on Sunday, police say.',
      [['A man was charged after a shooting in the city on Sunday', 'police']]],
    ['content, then an inverted tag with a title', 'Nine homes were destroyed, said fire Chief Ana Ruiz.',
      [['Nine homes were destroyed', 'Chief Ana Ruiz']]],
    ['a tag, then a participle that reports again for the same speaker', 'Four people were hurt, the fire chief said, adding that the cause was unknown.',
      [['Four people were hurt', 'the fire chief'], ['that the cause was unknown', 'the fire chief']]],
    ['a tag inside the clause: one report around it', 'The real problem, according to the auditors, is a lack of trained staff.',
      [['The real problem, according to the auditors, is a lack of trained staff', 'the auditors']]],
    ['... also after a possessive ("council\'s" is no "council is")', "The council's traffic figures, Walsh said, were ten years out of date.",
      [["The council's traffic figures, Walsh said, were ten years out of date", 'Walsh']]],
    ['a contrast goes on reporting', 'She said the trial went well, but the verdict could take weeks.',
      [['the trial went well, but the verdict could take weeks', 'She']]],
    ['a quoted fragment inside the content', 'The mayor said the plan was "dead on arrival" and would be withdrawn.',
      [['the plan was "dead on arrival" and would be withdrawn', 'The mayor']]],
    ['a directive to an object', 'The utility advised residents never to run generators indoors.',
      [['never to run generators indoors', 'The utility']]],
    ['a pseudo-cleft', 'What she said is that the budget will not balance this year.',
      [['that the budget will not balance this year', 'she']]],
    ['a speaker suggests', 'The senator suggested the vote could be delayed until spring.',
      [['the vote could be delayed until spring', 'The senator']]],
    ['naming', 'Critics called the proposal a gift to developers.',
      [['a gift to developers', 'Critics']]],
    ['"that" makes a clause of a verb that often takes a noun', 'The club announced that it had signed a new coach.',
      [['that it had signed a new coach', 'The club']]],
    ['a second verb after "but" is the first speaker\'s, not the subject of what was reported', 'Mara Lenz said allies had pledged more systems but acknowledged the pace was too slow.',
      [['allies had pledged more systems', 'Mara Lenz'], ['the pace was too slow', 'Mara Lenz']]],
    ['a party and state after the name, then a relative clause', 'Sen. Mara Lenz, R-Texas, who led the opposition, said the bill would fail.',
      [['the bill would fail', 'Mara Lenz']]],
    ['two reports in one sentence, each with its content', 'The mayor said the budget was balanced, while the auditor warned that reserves were running low.',
      [['the budget was balanced', 'The mayor'], ['that reserves were running low', 'the auditor']]],
    ['a quotation opened in the content closes in it', 'The minister said the delay would be "unacceptable."',
      [['the delay would be "unacceptable."', 'The minister']]],
    ['a connective before a tag is not said', 'Consequently, analysts said, the bank is likely to cut rates in March.',
      [['the bank is likely to cut rates in March', 'analysts']]],
    ['a bare plural subject', 'The lawyer noted clients are asking for more diverse legal teams.',
      [['clients are asking for more diverse legal teams', 'The lawyer']]],
    ['asides, each closed by a place, between the speaker and the verb', 'Tomas Brill, the co-founder of Velmora Foods, a bakery based in Tallmoor, N.S., says the bakery is hiring more staff.',
      [['the bakery is hiring more staff', 'Tomas Brill']]],
    ['a place in the speaker\'s own phrase, then one aside; the sentence before is not read', 'The port, busy for decades, closed in May. Officials at Tallmoor Port Authority, a division of the transport ministry, said the dock would reopen.',
      [['the dock would reopen', 'Tallmoor Port Authority']]],
  ];
  for (const [name, body, want] of CASES) test(name, () => expect(reported(body)).toEqual(want));
});

describe('reported speech: what is not', () => {
  const NONE: Array<[string, string]> = [
    ['a direct quote is not also reported speech', '"We will win the vote," Smith said.'],
    ['a quotation after a colon is the content of a direct quote', 'Smith said: "We will win the vote."'],
    ['the tag of a quotation reports nothing more', '"The vote is over," Smith said in a radio interview on Monday.'],
    ['what was not said', 'The company did not say whether it would appeal the ruling.'],
    ['a threat made, not words', 'The visitors had briefly threatened a comeback when Tomas Brill struck early in the second half.'],
    ['a comparison with what someone says', 'The ridership is higher than the agency says it is.'],
    ['a belief', 'Many residents believe the tower will never be built.'],
    ['evidence does not speak', 'The survey suggests consumers are spending less on travel.'],
    ['a commitment without an object', 'The two leaders pledged to work toward a trade deal.'],
    ['a noun object', 'The club announced the signing of a new coach from Spain.'],
    ['a comparison', 'The tower will cost far more than the city says it will.'],
    ['said something', 'He must have said something to calm the crowd down.'],
    ['a noun object, then a phrase', 'The ambassador announced his resignation earlier on Tuesday in an interview with a news website.'],
    ['a relative clause is no second report', 'The firm paid users who agreed to install the app.'],
    ['a colon opens a quotation, even one left open', 'The coach told reporters: "We played well enough to win the game'],
  ];
  for (const [name, body] of NONE) test(name, () => expect(reported(body)).toEqual([]));

  test('a quoted fragment inside reported speech stays a partial quote too', () => {
    const quotes = quotesOf('The mayor said the plan was "dead on arrival" and would be withdrawn.');
    expect(quotes.map((q) => q.kind).sort()).toEqual(['indirect', 'partial']);
  });
});

describe('verbatim words set off by layout', () => {
  test('an embedded post is its author\'s direct quote, without the link and sign-off', () => {
    const [q] = quotesOf('The river is rising fast near the bridge. Stay away from the banks. pic.twitter.com/Xy12Ab — City Of Riverton (@riverton) May 2, 2021');
    expect([q.kind, q.text, q.speakerMention?.text]).toEqual(['direct', 'The river is rising fast near the bridge. Stay away from the banks', 'City Of Riverton']);
  });
  test('a pull quote: the words, then the speaker\'s name and role', () => {
    const [q] = quotesOf('We never expected the water to come up this high so quickly. Dana Whitfield, Riverton resident');
    expect([q.kind, q.text, q.speakerMention?.text]).toEqual(['direct', 'We never expected the water to come up this high so quickly', 'Dana Whitfield']);
  });
  test('a sentence that ends with a name is no pull quote', () => {
    expect(quotesOf('The award went to a teacher from the north of the province. Her name is Dana Whitfield.')).toEqual([]);
  });
});

describe('relative clauses set off by commas: the phrase they describe speaks', () => {
  const CASES: Array<[string, string, Array<[string, string]>]> = [
    ['a name at the end of the clause is no speaker', 'The firm, which is based in Tallmoor, said profits rose sharply in the third quarter.',
      [['profits rose sharply in the third quarter', 'The firm']]],
    ['commas of a list inside the clause', 'The company, which owns Quorvia, Tallwick and Velmora, has warned that it may be forced to leave.',
      [['that it may be forced to leave', 'The company']]],
    ['an age between the name and the clause', 'Dr Mara Lenz, 79, who has been in Tallmoor for a meeting, said the debt could never be repaid.',
      [['the debt could never be repaid', 'Mara Lenz']]],
    ['a description between the name and the clause', 'Tomas Brill, the Tallmoor Central MP, whose seat includes the ground, said the club must stay.',
      [['the club must stay', 'Tomas Brill']]],
  ];
  for (const [name, body, want] of CASES) test(name, () => expect(reported(body)).toEqual(want));
});

describe('a quote split by a stray paragraph break', () => {
  test('the next paragraph\'s quote takes the speaker after the closing mark, not the paragraph\'s first word', () => {
    const body = [
      '"Who may be included in a plan is at the discretion of the decision-maker',
      'based on the advice of the doctors, and in consultation with the veterans," said Nicholson in an email.',
      '"The department may include family in treatment sessions."',
    ].join('\n\n');
    const direct = quotesOf(body).filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.text, q.speakerMention?.text])).toEqual([['The department may include family in treatment sessions.', 'Nicholson']]);
  });
});

describe('a speaker left as written says how', () => {
  test('a description or pronoun with no antecedent is "unresolved"; a name no entity holds is "name"', () => {
    const qs = quotesOf('"This is a good day," the former headteacher said.\n\nAnalysts said rates would fall. One trader at a bank in London said prices would rise.\n\n"We will see," Ruth said.');
    const by = (speaker: string) => qs.find((q) => q.speaker === speaker)?.resolvedBy;
    expect(by('the former headteacher')).toBe('unresolved');
    expect(by('Analysts')).toBe('unresolved');
    expect(qs.find((q) => q.speaker?.startsWith('One trader'))?.resolvedBy).toBe('unresolved');
    expect(by('Ruth')).toBe('name');
  });
});

describe('a description with an owner, as the speaker', () => {
  test('"A spokesperson for the trust said", "Critics of the takeover have argued": the owner phrase ends at the cue', () => {
    const qs = quotesOf('Critics of the takeover have argued that the money could be better used. A spokesperson for the trust said no decision had been made.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['that the money could be better used', 'Critics of the takeover'],
      ['no decision had been made', 'A spokesperson for the trust'],
    ]);
  });
});

describe('a noun cue after a verb in -ing is its object', () => {
  test('"We\'re getting reports that ..." reports nothing, and has no speaker "getting"', () => {
    const qs = quotesOf("We're getting reports that a man is missing near Kempsey. Police are receiving reports that roads are closed.");
    expect(qs.map((q) => q.speaker)).not.toContain('getting');
    expect(qs.map((q) => q.speaker)).not.toContain('receiving');
  });
});
