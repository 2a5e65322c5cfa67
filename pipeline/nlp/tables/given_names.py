"""Common given names (English and French), lower-case.

Used for one decision only: a lone given name ("Eve", "Ross", "Nellie") with
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
""".split())
