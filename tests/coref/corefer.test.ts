// The coreference stage on the patterns of news writing, one short made-up article each.
import { describe, expect, test } from 'vitest';
import { read } from '../../src/pipeline/index.js';
import { corefer } from '../../src/coref/index.js';
import { analyse, entitiesFor, type Spec } from './helpers.js';

describe('roles and appositives', () => {
  test('a title before the name gives the role a later description uses', () => {
    const { at } = analyse(
      'Mayor Ann Lee opened the new bridge on Monday. Traffic was light in the morning.\n\nThe mayor said the work had taken four years.',
      [['Ann Lee', 'person', ['Ann Lee']]],
    );
    expect(at('The mayor')).toMatchObject({ entity: 'e1', name: 'Ann Lee', how: 'role' });
  });

  test('a name with its own title ends the sentence after a description', () => {
    const { at } = analyse(
      'Waiting lists grew.\n\n"We are sorry," said the board\'s medical director, Dr Euan Sinclair.\n\n"It is a tragedy," said the chairman of the committee, Labour MP Barry Sheerman.',
      [['Euan Sinclair', 'person', ['Euan Sinclair'], 'male'], ['Barry Sheerman', 'person', ['Barry Sheerman'], 'male']],
    );
    expect(at("the board's medical director")).toMatchObject({ name: 'Euan Sinclair', how: 'apposition' });
    expect(at('the chairman of the committee')).toMatchObject({ name: 'Barry Sheerman', how: 'apposition' });
  });

  test('a role written with another word: "Justice X ... the judge", "Representative X ... the congressman", "Fire Marshal X ... the fire marshal"', () => {
    const { at } = analyse(
      'Justice Ayesha Malik heard the case. Representative Carlos Mendez spoke. Fire Marshal Colin Westergaard inspected the site.\n\nThe judge remarked on the delay. The congressman said it was wrong. The fire marshal said it was safe.',
      [['Ayesha Malik', 'person', ['Ayesha Malik'], 'female'], ['Carlos Mendez', 'person', ['Carlos Mendez'], 'male'], ['Colin Westergaard', 'person', ['Colin Westergaard'], 'male']],
    );
    expect(at('The judge')).toMatchObject({ name: 'Ayesha Malik', how: 'role' });
    expect(at('The congressman')).toMatchObject({ name: 'Carlos Mendez', how: 'role' });
    expect(at('The fire marshal')).toMatchObject({ name: 'Colin Westergaard', how: 'role' });
  });

  test('"the head of state" is the president, "the head of government" the prime minister', () => {
    const { at } = analyse(
      'President Amadou Sow and Prime Minister Ousmane Diallo met the protesters. A taxi driver, Moussa Ba, was angry.\n\nIn a speech, the head of state called for calm. The head of government said talks would go on.',
      [['Amadou Sow', 'person', ['Amadou Sow'], 'male'], ['Ousmane Diallo', 'person', ['Ousmane Diallo'], 'male'], ['Moussa Ba', 'person', ['Moussa Ba'], 'male']],
    );
    expect(at('the head of state')).toMatchObject({ name: 'Amadou Sow', how: 'role' });
    expect(at('The head of government')).toMatchObject({ name: 'Ousmane Diallo', how: 'role' });
  });

  test('"Chief Financial Officer X ... the CFO said": the office\'s initials are its role', () => {
    const { at } = analyse(
      'Chief Financial Officer Rajesh Subramaniam told analysts the quarter was strong. Chief Executive Ana Ruiz said demand was firm.\n\n"We are guiding conservatively," the CFO said.',
      [['Rajesh Subramaniam', 'person', ['Rajesh Subramaniam'], 'male'], ['Ana Ruiz', 'person', ['Ana Ruiz'], 'female']],
    );
    expect(at('the CFO')).toMatchObject({ name: 'Rajesh Subramaniam', how: 'role' });
  });

  test('"the Indonesian leader" is the president introduced with that modifier', () => {
    const { at } = analyse(
      'Indonesian President Prabowo Subianto met Russian President Vladimir Putin in Moscow.\n\n"This is not a geopolitical question," the Indonesian leader told reporters. "We are partners," the Russian leader said.',
      [['Prabowo Subianto', 'person', ['Prabowo Subianto'], 'male'], ['Vladimir Putin', 'person', ['Vladimir Putin'], 'male']],
    );
    expect(at('the Indonesian leader')).toMatchObject({ name: 'Prabowo Subianto', how: 'role' });
    expect(at('the Russian leader')).toMatchObject({ name: 'Vladimir Putin', how: 'role' });
  });

  test('parliamentary titles of Ireland and Quebec are roles', () => {
    const { at } = analyse(
      'Declan Fearghail, a TD for Dublin Bay North, spoke first. Tariq Mirza, an MNA, spoke next.\n\nThe TD said the plan had failed. The MNA said it had not.',
      [['Declan Fearghail', 'person', ['Declan Fearghail'], 'male'], ['Tariq Mirza', 'person', ['Tariq Mirza'], 'male']],
    );
    expect(at('The TD')).toMatchObject({ name: 'Declan Fearghail', how: 'role' });
    expect(at('The MNA')).toMatchObject({ name: 'Tariq Mirza', how: 'role' });
  });

  test('a nickname inside a name keeps the name a name', () => {
    const { at } = analyse(
      'Rancher Robert "Bobby" Langford lost his herd in the fire.\n\nLangford said the water was gone.',
      [['Robert "Bobby" Langford', 'person', ['Robert "Bobby" Langford', 'Langford'], 'male']],
    );
    expect(at('Langford', 1)).toMatchObject({ name: 'Robert "Bobby" Langford', how: 'name' });
  });

  test('an abbreviated title gives the role too', () => {
    const { at } = analyse(
      'Sen. Ann Lee said the bill would pass.\n\nTom Reed, an epidemiologist, said the data were weak.\n\n"We have the votes," the senator said.',
      [['Ann Lee', 'person', ['Ann Lee'], 'female'], ['Tom Reed', 'person', ['Tom Reed'], 'male']],
    );
    expect(at('the senator')).toMatchObject({ name: 'Ann Lee', how: 'role' });
  });

  test('a description, then the name that ends the sentence', () => {
    const { at } = analyse(
      'Tallmoor Corp reported a loss on Monday.\n\n"We will recover," said the chief executive, Ann Lee.',
      [['Tallmoor Corp', 'organization', ['Tallmoor Corp']], ['Ann Lee', 'person', ['Ann Lee'], 'female']],
    );
    expect(at('the chief executive')).toMatchObject({ name: 'Ann Lee', how: 'apposition' });
  });

  test('a role written two ways: "Chief executive X ... the CEO said"', () => {
    const { at } = analyse(
      'Chief executive Ann Lee said sales fell sharply. Analyst Tom Reed of Quorvia Bank said the drop was expected.\n\n"We will recover," the CEO said.',
      [['Ann Lee', 'person', ['Ann Lee'], 'female'], ['Tom Reed', 'person', ['Tom Reed'], 'male'], ['Quorvia Bank', 'organization', ['Quorvia Bank']]],
    );
    expect(at('the CEO')).toMatchObject({ name: 'Ann Lee', how: 'role' });
  });

  test('an appositive after the name gives the role', () => {
    const { at } = analyse(
      'Tom Reed, the chairman of the finance committee, opened the meeting. Members argued for an hour.\n\n"We are done," the chairman said.',
      [['Tom Reed', 'person', ['Tom Reed']]],
    );
    expect(at('the chairman', 1)).toMatchObject({ name: 'Tom Reed', how: 'role' });
  });

  test('a whole speaker phrase stands for the name it describes', () => {
    const { at } = analyse(
      'Jeff Harlow, a mechanic based in Portland, Ore., and a union organizer, said the cold breaks parts.',
      [['Jeff Harlow', 'person', ['Jeff Harlow']], ['Portland', 'place', ['Portland']]],
    );
    expect(at('Ore.')).toMatchObject({ name: 'Jeff Harlow', how: 'apposition' });
    expect(at('Portland')).toMatchObject({ name: 'Jeff Harlow' });
  });

  test('a role phrase before the name stands for it too', () => {
    const { at } = analyse(
      '"The yard is a mess," said oil and gas worker Mike Tanner. Director of safety at Norvex, Lia Brandt, agreed.',
      [['Mike Tanner', 'person', ['Mike Tanner']], ['Lia Brandt', 'person', ['Lia Brandt']], ['Norvex', 'organization', ['Norvex']]],
    );
    expect(at('oil')).toMatchObject({ name: 'Mike Tanner', how: 'role' });
    expect(at('Norvex')).toMatchObject({ name: 'Lia Brandt', how: 'apposition' });
  });

  test('a title names one office, even when the name comes later', () => {
    const { at } = analyse(
      'In a reply, the league commissioner said no claim had been served.\n\n"We will review it," league commissioner Ron Robb said later.',
      [['Ron Robb', 'person', ['Ron Robb']]],
    );
    expect(at('the league commissioner')).toMatchObject({ name: 'Ron Robb', how: 'role' });
  });

  test('the owner of a description is not its speaker', () => {
    const { at } = analyse(
      'Premier Dale Moss spoke in the morning.\n\nA spokeswoman for Moss said the talks would go on.',
      [['Dale Moss', 'person', ['Dale Moss', 'Moss']]],
    );
    expect(at('Moss', 1)).toMatchObject({ entity: null, name: 'A spokeswoman for Moss' });
  });

  test('titles before the owner\'s name are the owner\'s', () => {
    const { at } = analyse(
      'Dale Moss spoke in the morning.\n\nA spokeswoman for federal Health Minister Dale Moss said the talks would go on.',
      [['Dale Moss', 'person', ['Dale Moss']]],
    );
    expect(at('Dale Moss', 1)).toMatchObject({ entity: null, name: 'A spokeswoman for federal Health Minister Dale Moss' });
  });
});

describe('pronouns', () => {
  test('the main person, not a name mentioned once in passing', () => {
    const { at } = analyse([
      'Dara Whitcombe is new to advocacy work, but has already proven herself a natural.',
      'In her first year on the youth council, she has met with Minister Carol Benning and worked with the police.',
      'Whitcombe said she started the work because of her own life.',
      '"I have felt that distrust myself," she said.',
    ].join('\n\n'), [['Dara Whitcombe', 'person', ['Dara Whitcombe', 'Whitcombe']], ['Carol Benning', 'person', ['Carol Benning'], 'female']]);
    expect(at('she', 2)).toMatchObject({ name: 'Dara Whitcombe', how: 'pronoun', gender: 'female' });
  });

  test('gender keeps a husband and wife apart', () => {
    const { at } = analyse(
      'Sergei Petrov was arrested in May. His wife, Svetlana Petrova, has led the campaign since.\n\n"We will not stop," she said. "Never," he said later from prison.',
      [['Sergei Petrov', 'person', ['Sergei Petrov', 'Petrov']], ['Svetlana Petrova', 'person', ['Svetlana Petrova', 'Petrova']]],
    );
    expect(at('she')).toMatchObject({ name: 'Svetlana Petrova' });
    expect(at('he', 0)).toMatchObject({ name: 'Sergei Petrov' });
  });

  test('the subject before, not a name inside an aside', () => {
    const { at } = analyse(
      'Ken Marsh said the business, along with a bakery run by his friend, Paul Doyle, kept the town alive.\n\n"Those were good years," he said.',
      [['Ken Marsh', 'person', ['Ken Marsh']], ['Paul Doyle', 'person', ['Paul Doyle']]],
    );
    expect(at('he')).toMatchObject({ name: 'Ken Marsh' });
  });

  test('"it" is the salient organisation', () => {
    const { at } = analyse(
      'Brightline Energy cut its forecast on Tuesday. It said demand had fallen.',
      [['Brightline Energy', 'organization', ['Brightline Energy']]],
    );
    expect(at('It')).toMatchObject({ name: 'Brightline Energy', how: 'pronoun' });
  });

  test('a pronoun after a new subject is the new subject, not the last speaker', () => {
    // (the new subject's verb follows an aside: "Mara Lenz, 42, waded through ...")
    const { at } = analyse(
      'Administrator Dana Voss said she would travel on Monday.\n\n' +
        'In Brookfield, where the river crested, resident Mara Lenz, 42, waded through knee-deep mud.\n\n"Everything is gone," she said.',
      [['Dana Voss', 'person', ['Dana Voss'], 'female'], ['Mara Lenz', 'person', ['Mara Lenz'], 'female']],
    );
    expect(at('she', 1)).toMatchObject({ name: 'Mara Lenz', how: 'pronoun' });
  });

  test('a body and its acronym before a title are part of the speaker\'s phrase', () => {
    const { at } = analyse(
      'Ana Ruiz said the river was rising.\n\nTallmoor Emergency Agency (TEA) Administrator Dana Voss said the roads were shut.\n\n"We are working," she said.',
      [['Ana Ruiz', 'person', ['Ana Ruiz'], 'female'], ['Tallmoor Emergency Agency', 'organization', ['Tallmoor Emergency Agency']], ['Dana Voss', 'person', ['Dana Voss'], 'female']],
    );
    expect(at('she')).toMatchObject({ name: 'Dana Voss', how: 'pronoun' });
  });

  test('"it added" is the body that spoke last, in a tag after the content with "the" before its name', () => {
    const { at } = analyse(
      'Sugar sold well at the European Union tender, the Tallmoor Sugar Board said.\n\nTraders in Germany bought most of it, it added.',
      [['European Union', 'organization', ['European Union']], ['Tallmoor Sugar Board', 'organization', ['Tallmoor Sugar Board']]],
    );
    expect(at('it', 1)).toMatchObject({ name: 'Tallmoor Sugar Board', how: 'pronoun' });
  });

  test('a trailing "she said": a description in what she reports is not her', () => {
    const { at } = analyse(
      'Senator Grace Obi said the deal was dead.\n\nTeresa Ng, a spokesperson, disputed that account. The secretary spoke with the union on Sunday, she said.',
      [['Grace Obi', 'person', ['Grace Obi'], 'female'], ['Teresa Ng', 'person', ['Teresa Ng'], 'female']],
    );
    expect(at('she')).toMatchObject({ name: 'Teresa Ng', how: 'pronoun' });
  });

  test('a trailing "he said" after a name in the content may be that name: reporters paraphrase in the third person', () => {
    const { at } = analyse(
      'Mara Lenz spoke first.\n\nTom Reed was in the building when it shook, he said.',
      [['Mara Lenz', 'person', ['Mara Lenz'], 'female'], ['Tom Reed', 'person', ['Tom Reed'], 'male']],
    );
    expect(at('he')).toMatchObject({ name: 'Tom Reed', how: 'pronoun' });
  });

  describe('a speaking pronoun after a sentence about a newly named person', () => {
    test('is that person, though another was named and quoted more', () => {
      const { at } = analyse(
        'Senator Paul Grant attacked the bill. Grant said the bill was flawed.\n\nChairman Omar Haddad banged his gavel. "Order! Order!" he said.',
        [['Paul Grant', 'person', ['Paul Grant', 'Grant'], 'male'], ['Omar Haddad', 'person', ['Omar Haddad'], 'male']],
      );
      expect(at('he')).toMatchObject({ name: 'Omar Haddad', how: 'pronoun' });
    });

    test('but a subject inside what a speaker reports is not what the sentence is about', () => {
      const { at } = analyse(
        'Martin Feldstein led the study. Feldstein said the task force, which included Koei Narusawa and Paul Krugman, a professor at MIT, did not agree on the sums. He said the banks were wary.',
        [['Martin Feldstein', 'person', ['Martin Feldstein', 'Feldstein'], 'male'], ['Paul Krugman', 'person', ['Paul Krugman'], 'male']],
      );
      expect(at('He')).toMatchObject({ name: 'Martin Feldstein', how: 'pronoun' });
    });
  });

  test('a person introduced after a fronted phrase and "was", then described, is whom the next "she said" is about', () => {
    const { at } = analyse(
      'Union president Angela Moretti told the crowd the company had refused to talk. "We won\'t," she said.\n\nOne of the workers on the picket line was Keisha Barnes, who has worked at the plant for 17 years.\n\n"I\'m not doing this for fun," she said.',
      [['Angela Moretti', 'person', ['Angela Moretti'], 'female'], ['Keisha Barnes', 'person', ['Keisha Barnes'], 'female']],
    );
    expect(at('she', 1)).toMatchObject({ name: 'Keisha Barnes' });
  });

  test('but not one named in passing: "One of his fellow pupils was Vladimir Putin."', () => {
    const { at } = analyse(
      'Viktor Makarov says he has been betrayed. He joined the KGB as a young man. One of his fellow pupils was Vladimir Putin.\n\nBut he says he will remain on hunger strike.',
      [['Viktor Makarov', 'person', ['Viktor Makarov'], 'male'], ['Vladimir Putin', 'person', ['Vladimir Putin'], 'male']],
    );
    expect(at('he', 2)).toMatchObject({ name: 'Viktor Makarov' });
  });

  test('a name the tagger missed is no person when it has a spokesperson', () => {
    const { at } = analyse(
      'Mayor Linda Park said the city was left in the dark.\n\nMetrolinx blamed the delay on the weather.\n\nMetrolinx spokesperson Grace Clark said the company shares the frustration.\n\n"Safety is non-negotiable," she said.',
      [['Linda Park', 'person', ['Linda Park']], ['Grace Clark', 'person', ['Grace Clark']]],
    );
    expect(at('she')).toMatchObject({ name: 'Grace Clark', how: 'pronoun' });
  });

  describe('a speaking pronoun is not whom its own words name', () => {
    const people: Spec[] = [['Tony Blair', 'person', ['Tony Blair', 'Mr Blair'], 'male'], ['Gordon Brown', 'person', ['Gordon Brown'], 'male']];

    test('a name later in its clause (Principle C): "he insisted he still trusted Mr Blair"', () => {
      const { at } = analyse(
        'Tony Blair faces questions after a week of talk about his relationship with Gordon Brown.\n\nMeanwhile, the chancellor is leaving for Africa. But before doing so, he insisted he still trusted Mr Blair.',
        people,
      );
      expect(at('he', 0)).toMatchObject({ name: 'Gordon Brown', how: 'pronoun' });
    });

    test('a name in the quotation the tag closes: a speaker does not name himself', () => {
      const { at } = analyse(
        'Villa manager David Lane signed a new contract on Thursday.\n\nLane\'s future was in doubt, but chairman Doug Ellis said he was happy. "David\'s record is excellent," he told the club\'s website.',
        [['David Lane', 'person', ['David Lane', 'Lane', 'David'], 'male'], ['Doug Ellis', 'person', ['Doug Ellis'], 'male']],
      );
      expect(at('he', 1)).toMatchObject({ name: 'Doug Ellis', how: 'pronoun' });
    });

    test('but not a name deep in a clause further in, where reporters do use it', () => {
      const { at } = analyse(
        'Donald Trump spoke at a rally in Austin. Sean Hannity asked Trump about the wall.\n\n"It could be higher," he told Hannity, to cheers from the crowd at the event where Trump spoke.',
        [['Donald Trump', 'person', ['Donald Trump', 'Trump'], 'male'], ['Sean Hannity', 'person', ['Sean Hannity', 'Hannity'], 'male']],
      );
      expect(at('he')).toMatchObject({ name: 'Donald Trump', how: 'pronoun' });
    });

    test('the quotation reaches back to its opening mark only: one left open further back is no quotation of his', () => {
      const { at } = analyse(
        'Curt Hopkins runs the committee.\n\n"If you have no blog policy, start one. Mr Hopkins said that blogs spread fast. "Everyone does this," he said.',
        [['Curt Hopkins', 'person', ['Curt Hopkins', 'Mr Hopkins'], 'male']],
      );
      expect(at('he')).toMatchObject({ name: 'Curt Hopkins', how: 'pronoun' });
    });
  });

  test('a body\'s formal name may run to ten words; a person\'s to six', () => {
    const body = 'Tallmoor Bureau of Alcohol, Tobacco, Firearms and Explosives';
    const { at } = analyse(
      `The ${body} said agents seized guns.\n\nThe haul was large, it said.`,
      [[body, 'organization', [body]]],
    );
    expect(at('it')).toMatchObject({ name: body, how: 'pronoun' });
  });
});

describe('descriptions', () => {
  test('"the Austin, Texas-based company": the place says where, not which', () => {
    const { at } = analyse(
      'Tallmoor Systems reported results on Tuesday.\n\nRevenue rose 17%, the Austin, Texas-based company said.',
      [['Tallmoor Systems', 'organization', ['Tallmoor Systems']], ['Austin', 'place', ['Austin']], ['Texas', 'place', ['Texas']]],
    );
    expect(at('the Austin, Texas-based company')).toMatchObject({ name: 'Tallmoor Systems' });
  });

  test('a capitalised title with "for" and the holder\'s name after it is the holder, not a spokesperson', () => {
    const { at } = analyse(
      'Secretary for Development Ann Lee said the sale would go ahead.\n\nA spokesman for Mara Lenz said no.\n\nThe Secretary for Education said costs would rise.',
      [['Ann Lee', 'person', ['Ann Lee'], 'female'], ['Mara Lenz', 'person', ['Mara Lenz'], 'female']],
    );
    expect(at('Development Ann Lee')).toMatchObject({ name: 'Ann Lee' });
    expect(at('Mara Lenz')?.entity ?? null).toBeNull(); // the spokesman, as written
    expect(at('Education')?.entity ?? null).toBeNull(); // no holder named
  });

  test('a party\'s filing is never the judge\'s', () => {
    const { at } = analyse(
      'U.S. District Judge Ann Lee wrote that the drivers had a case.\n\nThe complaint alleges that the company cheated workers.',
      [['Ann Lee', 'person', ['Ann Lee'], 'female']],
    );
    expect(at('The complaint')?.entity ?? null).toBeNull();
  });

  test('"the company" is never a firm named only for its analysts', () => {
    const { at } = analyse(
      'Shares of Tallmoor Systems rose 12% after the software maker reported results.\n\nQuorvia analyst Ann Lee kept her rating. Analysts at Velmora Capital said demand held up.\n\nThe company also said it would buy back shares.',
      [['Tallmoor Systems', 'organization', ['Tallmoor Systems']], ['Quorvia', 'organization', ['Quorvia']], ['Velmora Capital', 'organization', ['Velmora Capital']], ['Ann Lee', 'person', ['Ann Lee'], 'female']],
    );
    expect(at('The company')).toMatchObject({ name: 'Tallmoor Systems' });
  });

  test('an age reaches back as far as a pronoun: "The 49-year-old scientist says" three sentences on', () => {
    const { at } = analyse(
      'Dr. Ana Ruiz has spent two decades diving on the reef. Last year\'s bleaching was the worst on record. Roughly 60 percent of the corals died.\n\nThe 49-year-old scientist says the losses changed her work.',
      [['Ana Ruiz', 'person', ['Ana Ruiz'], 'female']],
    );
    expect(at('The 49-year-old scientist')).toMatchObject({ name: 'Ana Ruiz', how: 'nominal' });
  });

  test('a description of the salient person: "said the 24-year-old"', () => {
    const { at } = analyse(
      'Karl Jung scored twice in the third period.\n\n"It felt good," said the 24-year-old.',
      [['Karl Jung', 'person', ['Karl Jung']]],
    );
    expect(at('the 24-year-old')).toMatchObject({ name: 'Karl Jung', how: 'nominal' });
  });

  test('epithets that need knowledge of the world, and nouns for anyone, stay as written', () => {
    const { at } = analyse(
      'Republican nominee Dan Kerr spoke in Ohio on Monday. Aides said the speech went well.\n\nThe Democratic nominee said the speech was empty. "Who cares?" the boy asked.',
      [['Dan Kerr', 'person', ['Dan Kerr']]],
    );
    expect(at('The Democratic nominee')).toMatchObject({ entity: null, name: 'The Democratic nominee' });
    expect(at('the boy')).toMatchObject({ entity: null });
  });

  describe('an epithet with a party or a place in it, speaking right after a sentence about a named person', () => {
    test('is that person: "Mara Quinn has attacked ... The Tory leader said"', () => {
      const { at } = analyse(
        'Mara Quinn has launched an attack on the cost of the asylum system under Tom Brill.\n\nThe Tory leader said councils had spent more than £3bn. Mrs Quinn said so again on Friday.',
        [['Mara Quinn', 'person', ['Mara Quinn', 'Quinn']], ['Tom Brill', 'person', ['Tom Brill']]],
      );
      expect(at('The Tory leader')).toMatchObject({ name: 'Mara Quinn', how: 'nominal' });
    });

    test('a description too, not only an office: "The Iowa Republican called it ..."', () => {
      const { at } = analyse(
        'Rep. Gloria Whitaker pushed through an amendment on crop insurance.\n\nThe Iowa Republican called it "the most important change in the bill."',
        [['Gloria Whitaker', 'person', ['Gloria Whitaker']]],
      );
      expect(at('The Iowa Republican')).toMatchObject({ name: 'Gloria Whitaker' });
    });

    test('but not one of two, an office of someone who never speaks, nor another holder', () => {
      const { at } = analyse(
        'Dan and Ivana Kerr filed papers opposing the unsealing.\n\nThe GOP presidential nominee argued that the files were off-limits. Tom Reed choked the woman in his flat.\n\nIn his oral judgment, the Nova Scotia judge said Reed was a danger. Ana Ruiz said she may run for the party.\n\nThe next Liberal leader could have a shot at power.',
        [['Ivana Kerr', 'person', ['Ivana Kerr'], 'female'], ['Tom Reed', 'person', ['Tom Reed', 'Reed'], 'male'], ['Ana Ruiz', 'person', ['Ana Ruiz'], 'female'], ['Nova Scotia', 'place', ['Nova Scotia']]],
      );
      expect(at('The GOP presidential nominee')).toMatchObject({ entity: null });
      expect(at('the Nova Scotia judge')).toMatchObject({ entity: null });
      expect(at('The next Liberal leader')).toMatchObject({ entity: null });
    });
  });

  test('an office of a place speaking right after a sentence about a named person is that person', () => {
    const { at } = analyse(
      'Opposition health critic Nadia Lemieux said the government had ignored warnings.\n\n"This is a crisis," the MLA for Fort Rouge said in an interview.',
      [['Nadia Lemieux', 'person', ['Nadia Lemieux'], 'female'], ['Fort Rouge', 'place', ['Fort Rouge']]],
    );
    expect(at('the MLA for Fort Rouge')).toMatchObject({ name: 'Nadia Lemieux' });
  });

  test('a description before a name with an honorific, in commas, is the name; a fronted phrase is not', () => {
    const { at } = analyse(
      'The Commissioner for Health, Dr. Funmilayo Adebanjo, disclosed this on Monday. Foreign Secretary Tom Brill spoke next.\n\nFor the Liberal Democrats, Alan Reed said the UK should act. Change was important, he argued.',
      [['Funmilayo Adebanjo', 'person', ['Funmilayo Adebanjo'], 'female'], ['Tom Brill', 'person', ['Tom Brill'], 'male'], ['Alan Reed', 'person', ['Alan Reed'], 'male'], ['Liberal Democrats', 'organization', ['Liberal Democrats']]],
    );
    expect(at('The Commissioner')).toMatchObject({ name: 'Funmilayo Adebanjo', how: 'apposition' });
    expect(at('he')).toMatchObject({ name: 'Alan Reed' });
  });

  test('a country\'s public body that speaks is someone new, and "the ministry" later is that body', () => {
    const { at } = analyse(
      'The Food and Drug Administration said on Friday that Halcyon Pharma had recalled the drug.\n\nIn Ottawa, Canada\'s health ministry said it was reviewing the recall. The ministry said patients should keep taking the drug.\n\nRenault, France\'s second largest carmaker, said sales rose.',
      [['Food and Drug Administration', 'organization', ['Food and Drug Administration']], ['Halcyon Pharma', 'organization', ['Halcyon Pharma']],
        ['Ottawa', 'place', ['Ottawa']], ['Canada', 'place', ['Canada']], ['Renault', 'organization', ['Renault']], ['France', 'place', ['France']]],
    );
    expect(at('The ministry')).toMatchObject({ entity: null, name: 'Canada\'s health ministry' });
  });

  test('a clause set in commas is no appositive: "Clinton, a top aide said, ..."', () => {
    const { at } = analyse(
      'Mara Quinn, a top aide said, is very confident about the debate.',
      [['Mara Quinn', 'person', ['Mara Quinn']]],
    );
    expect(at('a top aide')).toMatchObject({ entity: null, name: 'a top aide' });
  });

  test('an organisation description takes the salient organisation of its kind', () => {
    const { at } = analyse(
      'Acme Corp. beat forecasts and the Steelworkers Union welcomed the news. The company said sales had doubled.',
      [['Acme Corp.', 'organization', ['Acme Corp.']], ['Steelworkers Union', 'organization', ['Steelworkers Union']]],
    );
    expect(at('The company')).toMatchObject({ name: 'Acme Corp.' });
  });

  test('"the health ministry" is no body of unknown kind whose name does not say "health", nor a news agency (which is only "the agency")', () => {
    const { at } = analyse(
      'Floods killed 12 people, a United Nations official told AFP.\n\nThe health ministry said three hospitals were shut. The federal agency said roads were closed. The interior ministry said police were deployed.',
      [['United Nations', 'organization', ['United Nations']], ['AFP', 'organization', ['AFP']]],
    );
    expect(at('The health ministry')).toMatchObject({ entity: null });
    expect(at('The interior ministry')).toMatchObject({ entity: null });
    expect(at('The federal agency')).toMatchObject({ name: 'United Nations' }); // a level, not a domain: as before
    const named = analyse(
      'The Ministry of Health reported 40 new cases, Reuters reported.\n\nThe health ministry said hospitals were full.',
      [['Ministry of Health', 'organization', ['Ministry of Health']], ['Reuters', 'organization', ['Reuters']]],
    );
    expect(named.at('The health ministry')).toMatchObject({ name: 'Ministry of Health' });
    const agency = analyse('The minister spoke to Reuters on Monday.\n\nThe health ministry said the talks would go on, the agency reported.', [['Reuters', 'organization', ['Reuters']]]);
    expect(agency.at('The health ministry')).toMatchObject({ entity: null });
    expect(agency.at('the agency')).toMatchObject({ name: 'Reuters' }); // the news agency itself
    const rating = analyse("Moody's cut the bank's rating on Monday.\n\nThe rating agency said debt had grown.", [["Moody's", 'organization', ["Moody's"]]]);
    expect(rating.at('The rating agency')).toMatchObject({ name: "Moody's" }); // a business's trade
  });

  test('"X Group" is a business, and a business\'s nationality need not be in its name', () => {
    const { at } = analyse(
      'Shares in Multiplex Group fell 19% on Tuesday.\n\nThe Australian firm said it would only break even. The firm said costs had risen.',
      [['Multiplex Group', 'organization', ['Multiplex Group']]],
    );
    expect(at('The Australian firm')).toMatchObject({ name: 'Multiplex Group' });
    expect(at('The firm')).toMatchObject({ name: 'Multiplex Group' });
  });

  test('capitalised words in a description must be in the name', () => {
    const { at } = analyse(
      'Norvex Ltd. fired its chief. The Canadian government said it was watching.',
      [['Norvex Ltd.', 'organization', ['Norvex Ltd.']]],
    );
    expect(at('The Canadian government')).toMatchObject({ entity: null, name: 'The Canadian government' });
  });

  test('a relative who speaks is someone new, and a later "she" is her, not the last woman named', () => {
    const { at } = analyse(
      'Inspector Sarah Tait said officers were searching woodland.\n\nIn a statement, his mother said he was a happy child. "Please call the police," she said.',
      [['Sarah Tait', 'person', ['Sarah Tait'], 'female']],
    );
    expect(at('she')).toMatchObject({ entity: null, name: 'his mother' });
  });

  test('a description no one fits is someone new, and a later "he" is that someone', () => {
    const { at } = analyse(
      'An official with the agency told reporters he could not comment.\n\nWhat he would say is that fines rarely work.',
      [],
    );
    expect(at('he', 1)).toMatchObject({ name: 'An official with the agency', how: 'pronoun' });
  });

  test('a document speaks for its author', () => {
    const { at } = analyse(
      'The Harbour Trust said on Friday it would sell the pier. A statement from the Harbour Trust said the sale was final.\n\nEnvironment Minister Jo Quist spoke later. "It is a sad day," her statement read.',
      [['Harbour Trust', 'organization', ['Harbour Trust']], ['Jo Quist', 'person', ['Jo Quist'], 'female']],
    );
    expect(at('A statement')).toMatchObject({ name: 'Harbour Trust', how: 'document' });
    expect(at('her statement')).toMatchObject({ name: 'Jo Quist', how: 'document' });
  });
});

describe('names the tagger missed and quotes no clause attributes', () => {
  test('a name with a title or a speech verb is a person, and its pronoun finds it', () => {
    const { at, coref } = analyse(
      'Hereditary Chief Na\'moks said he did not see a threat.\n\n"We were there peacefully," he said.',
      [],
    );
    expect(coref.referents.find((r) => r.name === "Na'moks")?.kind).toBe('person');
    expect(at('he', 1)).toMatchObject({ entity: null, name: "Na'moks" });
  });

  test('names with initials and abbreviations are names: their pronouns and roles find them', () => {
    const { at } = analyse(
      'Vice President Tomas R. Vell Jr. said the plan would fail. He spoke in Ohio.\n\nThe U.S. Department of Energy said its grid was safe. The department said so twice.',
      [['Tomas R. Vell', 'person', ['Tomas R. Vell']], ['U.S. Department of Energy', 'organization', ['U.S. Department of Energy']]],
    );
    expect(at('Tomas R. Vell Jr.')).toMatchObject({ entity: 'e1', name: 'Tomas R. Vell' });
    expect(at('He')).toMatchObject({ entity: 'e1', how: 'pronoun' });
    expect(at('The U.S. Department')).toMatchObject({ entity: 'e2', name: 'U.S. Department of Energy' });
  });

  test('the topic of the text speaks a quote with no attribution', () => {
    const { coref, text } = analyse(
      'Anna Berg runs the shelter. She opened it in 2010 and says demand keeps growing.\n\n"We turn people away every night."',
      [['Anna Berg', 'person', ['Anna Berg']]],
    );
    expect(coref.topicAt(text.indexOf('"We turn'))).toMatchObject({ name: 'Anna Berg', how: 'inherited' });
  });
});

describe('reading the article as a reader would', () => {
  test('a stray quotation mark does not leave the rest of the paragraph quoted', () => {
    const { at } = analyse(
      'Park spokesman Leo Brandt said the list drew 3,000 votes. Words such as "wheelhouse and "in the books" were common -- its choice was no statement. Voters were tired of the word, he said.',
      [['Leo Brandt', 'person', ['Leo Brandt']]],
    );
    expect(at('he')).toMatchObject({ name: 'Leo Brandt' });
  });

  test('the sentences of a long quote do not age its speaker', () => {
    const { at } = analyse([
      'Rana Haddad, a translator in Halifax, said her clients worry about the test.',
      '"I have helped one man. He was frantic. He could not sleep. He asked me every day about it. He said, \'What if I fail?\'" she said.',
    ].join('\n\n'), [['Rana Haddad', 'person', ['Rana Haddad']]]);
    expect(at('she')).toMatchObject({ name: 'Rana Haddad' });
  });

  test('a name written as "the X" is no person: a team the tagger took for one', () => {
    const { coref } = analyse(
      'Ola Berg scored twice and the Carolina Hurricanes won in Vancouver. Carolina plays again on Friday.',
      [['Ola Berg', 'person', ['Ola Berg']], ['Carolina Hurricanes', 'person', ['Carolina Hurricanes', 'Carolina'], 'female']],
    );
    expect(coref.referents.find((r) => r.name === 'Carolina Hurricanes')?.kind).toBe('organization');
  });

  test('pronouns after a subject tell a gender; a surname ending outweighs a pronoun in the next sentence', () => {
    const { at } = analyse(
      'Kim Lee said her husband was in prison. Ivan Petrov agreed. "He did nothing wrong," she said.',
      [],
    );
    expect(at('she')).toMatchObject({ name: 'Kim Lee', gender: 'female' });
  });
});


describe('what is no description', () => {
  test('"that" after a speech verb opens a clause: "said that cellphone service was down"', () => {
    const { coref } = analyse(
      'The Tallmoor Power Company sent crews. Sheriff Tom Reed said that cellphone service was down across the county.',
      [['Tallmoor Power Company', 'organization', ['Tallmoor Power Company']], ['Tom Reed', 'person', ['Tom Reed'], 'male']],
    );
    expect(coref.mentionSpans().map((m) => m.text)).not.toContain('that cellphone service');
  });
});

describe('bodies in view', () => {
  test('"Police said" opening a sentence is no organisation in view', () => {
    const { at } = analyse(
      'Tallmoor Health said three people were treated. A witness told Tallmoor News the shooter fled.\n\nPolice said they expected to release more information on Sunday.',
      [['Tallmoor Health', 'organization', ['Tallmoor Health']], ['Tallmoor News', 'organization', ['Tallmoor News']]],
    );
    expect(at('Police')?.entity ?? null).toBeNull();
  });
});

describe('edges of the document', () => {
  test('a body named as the first words of the file, then a comma and a name', () => {
    // (the description before "Tom Reed" runs back to the file's first token: nothing before it to ask about)
    const seg = read('Quorvia Corp, Tom Reed is chief.\n\nHe said sales rose.');
    const entities = entitiesFor(seg, [['Quorvia Corp', 'organization', ['Quorvia Corp']], ['Tom Reed', 'person', ['Tom Reed'], 'male']]);
    expect(() => corefer(seg, entities)).not.toThrow();
  });
});

describe('gender from Vietnamese names', () => {
  test('"Thi" after a Vietnamese family name marks a woman, "Van" a man; elsewhere "Van" says nothing', () => {
    const { at } = analyse(
      'Nguyen Thi Hoa, a rice farmer, spoke to reporters. Tran Van Minh, an engineer, arrived later.\n\nShe said the water had come up to the roof.',
      [['Nguyen Thi Hoa', 'person', ['Nguyen Thi Hoa']], ['Tran Van Minh', 'person', ['Tran Van Minh']]],
    );
    expect(at('She')).toMatchObject({ name: 'Nguyen Thi Hoa', how: 'pronoun' });
  });
});

describe('nationalities as nouns', () => {
  test('"the Spaniard told reporters", "said the Frenchman": a description of the person in view, not a name', () => {
    const { at } = analyse(
      'Unai Emery was pleased with the win.\n\n"Morgan is growing every week," the Spaniard told reporters. Kylian Mbappe scored twice.\n\n"It was a special night," said the Frenchman.',
      [['Unai Emery', 'person', ['Unai Emery'], 'male'], ['Kylian Mbappe', 'person', ['Kylian Mbappe'], 'male'], ['Spaniard', 'misc', ['Spaniard']], ['Frenchman', 'misc', ['Frenchman']]],
    );
    expect(at('the Spaniard')).toMatchObject({ name: 'Unai Emery', how: 'nominal' });
    expect(at('the Frenchman')).toMatchObject({ name: 'Kylian Mbappe', how: 'nominal' });
  });

  test('an adjective before its noun, or a nationality before a name, is no such description', () => {
    const { coref } = analyse(
      'Unai Emery was pleased.\n\nThe Spanish coach said the American team played well. The Spaniard Rafael Nadal agreed.',
      [['Unai Emery', 'person', ['Unai Emery'], 'male'], ['Rafael Nadal', 'person', ['Rafael Nadal'], 'male']],
    );
    const nominals = coref.mentionSpans().filter((m) => m.form === 'nominal').map((m) => m.text);
    expect(nominals).not.toContain('the American');
    expect(nominals).not.toContain('The Spaniard');
  });
});

describe('a tag set off after what it reports', () => {
  test('"X, she says, would ..." is not X when someone else fits; X when no one else does', () => {
    const { at } = analyse(
      'Margaret Tuiasosopo runs the gym. Her grandson Sione Tuiasosopo trains there.\n\nShe has no succession plan, but Sione, she says, would be the obvious choice.',
      [['Margaret Tuiasosopo', 'person', ['Margaret Tuiasosopo']], ['Sione Tuiasosopo', 'person', ['Sione Tuiasosopo', 'Sione']]],
    );
    expect(at('she')).toMatchObject({ name: 'Margaret Tuiasosopo' });
    const blair = analyse(
      'Derek Wyatt said the campaign was working.\n\nBut Mr Blair had been hurt by the controversy, he added.',
      [['Derek Wyatt', 'person', ['Derek Wyatt'], 'male'], ['Tony Blair', 'person', ['Mr Blair', 'Blair'], 'male']],
    );
    expect(blair.at('he')).toMatchObject({ name: 'Derek Wyatt' });
  });

  test('the tag\'s pronoun gives no gender to the name it interrupts', () => {
    const { entities, coref, at } = analyse(
      'Kofi Mensah is 32 and a qualified electrician. He says he did not want to go to the gym at first.\n\nHis aunt, Abena Owusu, runs the club. She has no successor, but Kofi, she says, would be the obvious choice.',
      [['Kofi Mensah', 'person', ['Kofi Mensah', 'Kofi']], ['Abena Owusu', 'person', ['Abena Owusu']]],
    );
    expect(coref.genderOf(entities[0].id)).toBe('male');
    expect(at('He')).toMatchObject({ name: 'Kofi Mensah' });
  });
});
