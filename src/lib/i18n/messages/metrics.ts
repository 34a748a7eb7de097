/**
 * Messages of the map metrics and their legends (src/lib/model/metrics.ts), booth classes
 * (booth-class.ts) and winnability groups (winnability.ts).
 */
export const en = {
	'metric.winner': 'Winner',
	'metric.margin': 'Winning margin',
	'metric.share': 'Vote share of a party or alliance',
	'metric.turnout': 'Turnout',
	'metric.class': 'Booth class (A–D)',
	'metric.ptsUnit': ' pts',
	'metric.binUnder': 'under {n}{unit}',
	'metric.binRange': '{from}–{to}{unit}',
	'metric.binOver': '{n}{unit} and over',
	'metric.marginLabel': '{party}, {bin}',
	'metric.leadOver': '{party} {pts} over {runnerUp}',
	'metric.marginNote': 'Colour: the winning party; darker: a wider margin (points of valid votes).',
	'metric.classNote':
		"Classes for {side}: lead or deficit against the strongest other party, in points of the booth's valid votes.",
	'metric.shareNote': '{side} share of valid votes.',
	'metric.turnoutNote': 'Turnout = valid votes ÷ electors.',
	'metric.turnoutNoteLs':
		'Turnout = valid votes ÷ electors. Lok Sabha results by assembly segment carry no electors, so their turnout is not known.',
	'metric.turnoutNoteBooth':
		'Turnout = voters ÷ electors of the booth, both as printed in Form 20.',
	'metric.turnoutNoteBoothGaps':
		'Turnout = voters ÷ electors of the booth, both as printed in Form 20. Grey: the source has no count for the booth.',
	'metric.noElectors': 'no electors in source',
	'metric.turnoutNa': 'turnout n/a',
	'class.A': 'A: lead by more than {n} pts',
	'class.B': 'B: lead by up to {n} pts',
	'class.C': 'C: trail by up to {n} pts',
	'class.D': 'D: trail by more than {n} pts',
	'group.stronghold': 'Stronghold: votes and organisation',
	'group.organise': 'Organise here: votes, weak organisation',
	'group.persuade': 'Persuade: organisation, few votes',
	'group.longshot': 'Long shot: neither',
	'margin.trail': 'trail by {n}+ pts',
	'margin.lead': 'lead by {n}+ pts',
	'margin.range': '{from} to {to} pts',
	'margin.note': 'Projected margin of our side against the strongest other, points of valid votes.'
} as const;

export const hi: Record<keyof typeof en, string> = {
	'metric.winner': 'विजेता',
	'metric.margin': 'जीत का अंतर',
	'metric.share': 'दल या गठबंधन का मत प्रतिशत',
	'metric.turnout': 'मतदान प्रतिशत',
	'metric.class': 'बूथ श्रेणी (A–D)',
	'metric.ptsUnit': ' अंक',
	'metric.binUnder': '{n}{unit} से कम',
	'metric.binRange': '{from}–{to}{unit}',
	'metric.binOver': '{n}{unit} या अधिक',
	'metric.marginLabel': '{party}, {bin}',
	'metric.leadOver': '{party} {pts}, {runnerUp} से आगे',
	'metric.marginNote': 'रंग: विजेता दल; गहरा रंग: बड़ा अंतर (वैध मतों के अंकों में)।',
	'metric.classNote': '{side} की श्रेणियाँ: सबसे मजबूत दूसरे दल पर बढ़त या उससे पिछड़, बूथ के वैध मतों के अंकों में।',
	'metric.shareNote': 'वैध मतों में {side} का हिस्सा।',
	'metric.turnoutNote': 'मतदान प्रतिशत = वैध मत ÷ मतदाता।',
	'metric.turnoutNoteLs':
		'मतदान प्रतिशत = वैध मत ÷ मतदाता। लोकसभा के विधानसभा क्षेत्रवार परिणामों में मतदाता संख्या नहीं होती, इसलिए उनका मतदान प्रतिशत ज्ञात नहीं है।',
	'metric.turnoutNoteBooth':
		'मतदान प्रतिशत = बूथ में वोट डालने वाले ÷ बूथ के मतदाता, दोनों फॉर्म 20 में छपे अनुसार।',
	'metric.turnoutNoteBoothGaps':
		'मतदान प्रतिशत = बूथ में वोट डालने वाले ÷ बूथ के मतदाता, दोनों फॉर्म 20 में छपे अनुसार। धूसर: स्रोत में बूथ की यह गिनती नहीं है।',
	'metric.noElectors': 'स्रोत में मतदाता संख्या नहीं',
	'metric.turnoutNa': 'मतदान % उपलब्ध नहीं',
	'class.A': 'A: {n} अंक से अधिक की बढ़त',
	'class.B': 'B: {n} अंक तक की बढ़त',
	'class.C': 'C: {n} अंक तक पीछे',
	'class.D': 'D: {n} अंक से अधिक पीछे',
	'group.stronghold': 'गढ़: मत भी, संगठन भी',
	'group.organise': 'संगठन मजबूत करें: मत हैं, संगठन कमजोर',
	'group.persuade': 'मतदाता मनाएँ: संगठन है, मत कम',
	'group.longshot': 'कठिन: न मत, न संगठन',
	'margin.trail': '{n}+ अंक से पीछे',
	'margin.lead': '{n}+ अंक से आगे',
	'margin.range': '{from} से {to} अंक',
	'margin.note': 'सबसे मजबूत दूसरे दल पर हमारे पक्ष का अनुमानित अंतर, वैध मतों के अंकों में।'
};
