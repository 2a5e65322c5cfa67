"""Common given names (English and French), lower-case.

Used for one decision only: a lone given name ("Odile", "Stan", "Margot") with
no role cue is almost always a character or a first-name-only mention, which
the people conventions leave out. A full name that merely starts with one of
these is unaffected.
"""

from __future__ import annotations

GIVEN_NAMES: frozenset[str] = frozenset("""
aaron abby abigail adam adrian agnes aidan alan albert alex alexander alexandra alexis alfred alice alicia alison amanda
amber amelia amy andrea andrew andy angela angie ann anna anne annie anthony april archie arthur ashley audrey austin ava
barbara barry becky ben benjamin beth betty bill billy bob bobby bonnie brad bradley brandon brenda brian bridget brooke
bruce bryan caleb cameron carl carla carly carmen carol caroline carter casey catherine charles charlie charlotte chad chandler
chelsea cheryl chloe chris christian christina christine christopher chuck cindy claire clara claudia cody colin connor craig
crystal cynthia daisy dale dan dana daniel danielle danny dave david dawn dean debbie deborah denise dennis derek diana diane
dolores don donald donna doris dorothy doug douglas dylan eddie edward eileen elaine eleanor elena eli elijah elizabeth ella
ellen ellie emily emma eric erica erin ethan eugene eva evan eve evelyn faith felix fiona frank frankie fred freddie gabriel
gail gary gavin gemma george georgia gerald gina glen gloria grace greg gregory gus hannah harold harriet harry hazel heather
helen henry holly hope howard hugh ian isaac isabel isabella jack jackie jacob jake james jamie jan jane janet janice jared
jason jay jean jeff jeffrey jenna jennifer jenny jeremy jerry jess jesse jessica jill jim jimmy jo joan joanna joe joel joey
john johnny jon jonathan jordan joseph josh joshua joy joyce judith judy julia julian julie june justin karen kate katherine
kathleen kathy katie kay keith kelly ken kenneth kevin kim kyle larry laura lauren leah lee leo leon leonard liam lily linda
lisa liz logan lois lori louis louise lucas lucy luke lydia maddie madison maggie mandy marcus margaret margot maria marie
marilyn mark martha martin mary matt matthew max megan melanie melissa mia michael michelle mike miles molly monica morgan
nancy naomi natalie nathan neil nellie nick nicole noah noel nora olivia oliver oscar owen pam pamela patricia patrick paul
paula paulie peggy penny peter phil philip phoebe rachel ralph randy ray rebecca richard rick rita rob robert robin roger ron
ronald rory rose ross roy ruby russell ruth ryan sally sam samantha samson samuel sandra sara sarah scott sean sharon shawn
sheila shirley simon sophia sophie stan stella stephanie stephen steve steven stuart sue susan suzanne sylvia tammy ted teresa
terry theo theresa thomas tim timothy tina todd tom tommy tony tracy travis troy tyler valerie vanessa victor victoria
vincent violet virginia walter wanda wayne wendy will william willie zach zoe
adèle adrien agathe alain alexandre alexis amélie anaïs andré antoine arnaud aurélie baptiste bastien benoît bernard bertrand
brigitte camille capucine caroline cécile céline chantal charles chloé christelle christophe claude clément clémence colette
corentin damien delphine denis didier dominique édouard élise élodie émile émilie emma étienne fabien fanny florence florian
françois françoise frédéric gabriel gaël gaston geneviève georges gérard gilles guillaume hélène henri hugo inès isabelle
jacqueline jacques jean-claude jean-marc jean-pierre jeanne jérôme joël josé joséphine julien juliette justine laetitia léa
léon léonie louis louise lucas lucie lucien madeleine manon marc marcel margaux marguerite marine mathilde mathieu maxime
michel michèle monique nathalie nicolas noémie océane olivier pascal patrice pauline philippe pierre quentin raphaël rémi
renée robert romain rosalie sabine samuel sandrine sébastien serge simone solène sophie stéphane suzanne sylvie théo thierry
thomas valentin valérie véronique victor vincent virginie xavier yann yves zoé
abraham ada adele adrienne ahmed aisha alberto alejandro alessandro alfie alicia allison alvin amir ana andre andrea
andres angelica angelina angelo anita annette antonio ari ariana arnold arturo ashton barry beatrice benedict bernard
bernadette beverly blake bonnie boris brenda brendan brett bridget brigitte brooke bruno bryce byron calvin camila
candice carlos carlton carmen carolyn carrie cecilia cedric celeste cesar chanel channing chester chiara christoph
ciara claude clint clive cole colleen conrad constance cora cornelius courtney curtis daisy damon dana dante daphne
darius darren darryl dave deirdre della delores demi derrick desmond diego dina dolly dominic donovan dwayne earl ed
edgar edith edmund edwin eleanor elias elisa eliza ella elliot elmer eloise elton elvis emilio enrique erik ernest
ernesto esther eugenia eva evangeline ezra fabian fatima federico felicity fernando flora florence floyd forrest
francesca francesco francisco franklin gabriella gareth garrett gemma geoffrey georgina gerard germaine giancarlo
gianni gilbert gina giovanni giulia glenn gordon graham grant greta gwen gwendolyn hailey hal hank harrison harvey
hector heidi helena herbert herman hillary horace hubert hugo ida ingrid irene iris irma isaiah isla ivan ivy jacqueline
jade jaime jamal janine jasmine javier jeanette jenna jerome jessie joan joaquin jodie johanna jonah jorge josephine
juan juanita jules julio kai kara kareem karl kate katrina keanu keira kelsey kendall kendra kenny kerry kieran kirk
kristen kristin kurt lana lance laurence lawrence leila lena leonardo leslie lester lillian lionel lorenzo lorraine
lou luca lucia luis luna lynn mabel mackenzie malcolm manuel marcia marco margo mariah marianne marina mario marion
marjorie marlon marsha marvin mason matilda maura maureen maurice maxwell melvin meredith mervyn mila milo mindy
miranda miriam mitchell moira muriel myles nadia natasha neal nelson nigel nina norman octavia odette olga omar
orlando otis pablo paige patsy pedro penelope percy perry pierce piers priscilla quincy rafael ramon randall raquel
raul reese reggie rhonda ricardo ricky riley rita roberta rodney rodrigo roland rolf ronnie rosa rosemary rowan roxanne
rudy rupert ruth sabrina salma salvador sandy santiago sasha savannah selena serena sergio seth shane shannon sheldon
shelley sienna silvia sofia sonia spencer stacy stanley sterling stuart sybil sydney tabitha tamara tanya tara tess
thea thelma theodore tobias toby tracey trevor tristan trudy ulrich ursula uma vanessa vera vernon veronica vicky
viktor viola vivian wade wallace warren wes wesley whitney wilbur wilfred willow winston xavier yolanda yvonne zachary
zelda zoë
aurélien benjamin blanche cédric charlotte clarisse cyril diane elsa éric estelle eugénie gaspard gérald ginette
guy hervé irène jacky jean jeannine josiane laure laurent léonard lilou loïc lou lucien lydie marc-antoine marius
maël mathis maurice mélanie morgane nadine noël norbert odile pascale patrick paulette perrine régis rené roger
rose-marie sacha sandra simon solange stéphanie sylvain tristan vanessa yannick yvette
""".split())
