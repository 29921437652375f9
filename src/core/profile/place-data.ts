// Made by scripts/build/place-tables.ts from i18n-iso-countries and country-state-city: not edited by hand.

export const COUNTRIES = `AF	Afghanistan	afghanistan	afganistan	afeganistao	islamitisch emiraat afghanistan
AL	Albania	albania	albanien	albanie	republiek albanie
DZ	Algeria	algeria	algerien	algerie	argelia	democratische volksrepubliek algerije	algerije
AS	American Samoa	american samoa	amerikanisch samoa	samoa americaines	samoa americana	samoa americane	amerikaans samoa
AD	Andorra	andorra	andorre	vorstendom andorra
AO	Angola	angola	republiek angola
AI	Anguilla	anguilla	anguila
AQ	Antarctica	antarctica	antarktis	antarctique	antartida	antartide
AG	Antigua and Barbuda	antigua and barbuda	antigua und barbuda	antigua et barbuda	antigua y barbuda	antigua e barbuda	antigua en barbuda
AR	Argentina	argentina	argentinien	argentine	argentijnse republiek	argentinie
AM	Armenia	armenia	armenien	armenie	republiek armenie
AW	Aruba	aruba
AU	Australia	australia	australien	australie	gemenebest van australie
AT	Austria	austria	osterreich	autriche	republiek oostenrijk	oostenrijk
AZ	Azerbaijan	azerbaijan	aserbaidschan	azerbaidjan	azerbaiyan	azerbaijao	azerbaigian	republiek azerbeidzjan	azerbeidzjan
BS	Bahamas	bahamas	gemenebest van de bahamas
BH	Bahrain	bahrain	bahrein	koninkrijk bahrein
BD	Bangladesh	bangladesh	bangladesch	volksrepubliek bangladesh
BB	Barbados	barbados	barbade
BY	Belarus	belarus	bielorussie	bielorrusia	bielorrussia	bielorussia	republiek wit rusland	wit rusland
BE	Belgium	belgium	belgien	belgique	belgica	belgio	koninkrijk belgie	belgie
BZ	Belize	belize	belice
BJ	Benin	benin	benim	republiek benin
BM	Bermuda	bermuda	bermudes	bermudas
BT	Bhutan	bhutan	bhoutan	butan	butao	koninkrijk bhutan
BO	Bolivia	bolivia	bolivien	bolivie	plurinationale staat bolivia
BA	Bosnia and Herzegovina	bosnia and herzegovina	bosnien und herzegowina	bosnie herzegovine	bosnia y herzegovina	bosnia herzegovina	bosnia ed erzegovina	bosnie en herzegovina	bosnie herzegovina
BW	Botswana	botswana	botsuana	republiek botswana
BV	Bouvet Island	bouvet island	bouvetinsel	ile bouvet	isla bouvet	ilha bouvet	isola bouvet	bouvet eiland
BR	Brazil	brazil	brasilien	bresil	brasil	brasile	federale republiek brazilie	brazilie
IO	British Indian Ocean Territory	british indian ocean territory	britisches territorium im indischen ozean	ocean indien britannique	territorio britanico del oceano indico	territorio britanico do oceano indico	territori britannici delloceano indiano	brits indische oceaan
BN	Brunei Darussalam	brunei darussalam	brunei
BG	Bulgaria	bulgaria	bulgarien	bulgarie	republiek bulgarije	bulgarije
BF	Burkina Faso	burkina faso
BI	Burundi	burundi	republiek burundi
KH	Cambodia	cambodia	kambodscha	cambodge	camboya	camboja	cambogia	koninkrijk cambodja	cambodja
CM	Cameroon	cameroon	kamerun	cameroun	camerun	camaroes	republiek kameroen	kameroen
CA	Canada	canada	kanada
CV	Cape Verde	cape verde	kap verde	cap vert	cabo verde	capo verde	republiek kaapverdie	kaapverdie
KY	Cayman Islands	cayman islands	kaimaninseln	iles caimans	islas caiman	ilhas caimao	isole cayman	kaaimaneilanden
CF	Central African Republic	central african republic	zentralafrikanische republik	republique centrafricaine	republica centroafricana	republica centro africana	repubblica centrafricana	centraal afrikaanse republiek
TD	Chad	chad	tschad	tchad	chade	ciad	republiek tsjaad	tsjaad
CL	Chile	chile	chili	cile	republiek chili
CN	China	peoples republic of china	china	chine	cina	volksrepubliek china
CX	Christmas Island	christmas island	weihnachtsinsel	ile christmas	isla de navidad	ilha de natal	isola del natale	christmaseiland	kersteiland
CC	Cocos (Keeling) Islands	cocos keeling islands	kokosinseln	iles cocos	islas cocos keeling	ilhas cocos keeling	isole cocos e keeling	cocoseilanden
CO	Colombia	colombia	kolumbien	colombie	republiek colombia
KM	Comoros	comoros	komoren	comores	comoras	comore	unie der comoren	comoren
CG	Congo	republic of the congo	congo	republik kongo	republique du congo	republica democratica do congo	repubblica del congo	republiek congo	congo brazzaville
CD	Congo	democratic republic of the congo	kongo	republique democratique du congo	congo republica democratica del	republica popular do congo	repubblica democratica del congo	democratische republiek congo	congo kinshasa
CK	Cook Islands	cook islands	cookinseln	iles cook	islas cook	ilhas cook	isole cook	cookeilanden
CR	Costa Rica	costa rica	republiek costa rica
CI	Cote d'Ivoire	cote divoire	ivory coast	elfenbeinkuste	costa de marfil	costa do marfim	costa davorio	republiek ivoorkust	ivoorkust
HR	Croatia	croatia	kroatien	croatie	croacia	croazia	republiek kroatie	kroatie
CU	Cuba	cuba	kuba	republiek cuba
CY	Cyprus	cyprus	zypern	chypre	chipre	cipro	republiek cyprus
CZ	Czech Republic	czech republic	czechia	tschechische republik	tschechien	republique tcheque	republica checa	chequia	repubblica ceca	tsjechische republiek	tsjechie
DK	Denmark	denmark	danemark	dinamarca	danimarca	koninkrijk denemarken	denemarken
DJ	Djibouti	djibouti	dschibuti	yibuti	gibuti	republiek djibouti
DM	Dominica	dominica	dominique	gemenebest dominica
DO	Dominican Republic	dominican republic	dominikanische republik	republique dominicaine	republica dominicana	repubblica dominicana	dominicaanse republiek
EC	Ecuador	ecuador	equateur	equador	republiek ecuador
EG	Egypt	egypt	agypten	egypte	egipto	egito	egitto	arabische republiek egypte
SV	El Salvador	el salvador	republiek el salvador
GQ	Equatorial Guinea	equatorial guinea	aquatorialguinea	guinee equatoriale	guinea ecuatorial	guine equatorial	guinea equatoriale	republiek equatoriaal guinea	equatoriaal guinea
ER	Eritrea	eritrea	erythree	eritreia	staat eritrea
EE	Estonia	estonia	estland	estonie	republiek estland
ET	Ethiopia	ethiopia	athiopien	ethiopie	etiopia	federale democratische republiek ethiopie
FK	Falkland Islands (Malvinas)	falkland islands malvinas	falklandinseln	iles malouines	islas malvinas	ilhas malvinas	isole falkland	falklandeilanden
FO	Faroe Islands	faroe islands	faroer	iles feroe	islas feroe	ilhas faroe	isole faer oer	faeroer
FJ	Fiji	fiji	fidschi	fidji	figi	republiek fiji
FI	Finland	finland	finnland	finlande	finlandia	republiek finland
FR	France	france	frankreich	francia	franca	franse republiek	frankrijk
GF	French Guiana	french guiana	franzosisch guayana	guyane francaise	guayana francesa	guiana francesa	guyana francese	frans guyana
PF	French Polynesia	french polynesia	franzosisch polynesien	polynesie francaise	polinesia francesa	polinesia francese	frans polynesie
TF	French Southern Territories	french southern territories	franzosische sud und antarktisgebiete	terres australes francaises	tierras australes francesas	terras austrais e antarticas francesas	territori francesi del sud	franse zuidelijke gebieden
GA	Gabon	gabon	gabun	gabao	republiek gabon
GM	Gambia	republic of the gambia	the gambia	gambia	gambie	republiek gambia
GE	Georgia	georgia	georgien	georgie
DE	Germany	germany	deutschland	allemagne	alemania	alemanha	germania	bondsrepubliek duitsland	duitsland
GH	Ghana	ghana	gana	republiek ghana
GI	Gibraltar	gibraltar	gibilterra
GR	Greece	greece	griechenland	grece	grecia	helleense republiek	griekenland
GL	Greenland	greenland	gronland	groenland	groenlandia	gronelandia
GD	Grenada	grenada	grenade	granada
GP	Guadeloupe	guadeloupe	guadalupe	guadalupa
GU	Guam	guam
GT	Guatemala	guatemala	republiek guatemala
GN	Guinea	guinea	guinee	guine	republiek guinee
GW	Guinea-Bissau	guinea bissau	guinee bissau	guine bissau	republiek guinee bissau
GY	Guyana	guyana	guiana	cooperatieve republiek guyana
HT	Haiti	haiti	republiek haiti
HM	Heard Island and McDonald Islands	heard island and mcdonald islands	heard und mcdonaldinseln	iles heard et macdonald	heard e islas mcdonald	ilha heard e ilhas mcdonald	isole heard e mcdonald	heard en mcdonaldeilanden
VA	Holy See (Vatican City State)	holy see vatican city state	vatikanstadt	saint siege vatican	santa sede	santa se	citta del vaticano	vaticaanstad
HN	Honduras	honduras	republiek honduras
HK	Hong Kong	hong kong	hongkong
HU	Hungary	hungary	ungarn	hongrie	hungria	ungheria	hongaarse republiek	hongarije
IS	Iceland	iceland	island	islande	islandia	islanda	ijslandse republiek	ijsland
IN	India	india	indien	inde	republiek india
ID	Indonesia	indonesia	indonesien	indonesie	republiek indonesie
IR	Iran	islamic republic of iran	iran	republica islamica de iran	irao	islamitische republiek iran
IQ	Iraq	iraq	irak	iraque	republiek irak
IE	Ireland	ireland	irland	irlande	irlanda	ierse republiek	ierland
IL	Israel	israel	israele	staat israel
IT	Italy	italy	italien	italie	italia	italiaanse republiek
JM	Jamaica	jamaica	jamaika	jamaique	giamaica
JP	Japan	japan	japon	japao	giappone
JO	Jordan	jordan	jordanien	jordanie	jordania	giordania	hasjemitisch koninkrijk jordanie
KZ	Kazakhstan	kazakhstan	kasachstan	kazajistan	cazaquistao	kazakistan	republiek kazachstan	kazachstan
KE	Kenya	kenya	kenia	quenia	republiek kenia
KI	Kiribati	kiribati	quiribati	republiek kiribati
KP	North Korea	north korea	nordkorea	coree du nord	republica popular democratica de corea	coreia do norte	corea del nord	democratische volksrepubliek korea	noord korea
KR	South Korea	south korea	korea republic of	republic of korea	sudkorea	coree du sud	republica de corea	coreia do sul	corea del sud	republiek korea	zuid korea
KW	Kuwait	kuwait	koweit	staat koeweit	koeweit
KG	Kyrgyzstan	kyrgyzstan	kirgisistan	kirghizistan	kirguistan	quirguistao	kirgizische republiek	kirgizie
LA	Lao People's Democratic Republic	lao peoples democratic republic	laos	republica democratica popular de lao	lao democratische volksrepubliek
LV	Latvia	latvia	lettland	lettonie	letonia	lettonia	republiek letland	letland
LB	Lebanon	lebanon	libanon	liban	libano	libanese republiek
LS	Lesotho	lesotho	lesoto	koninkrijk lesotho
LR	Liberia	liberia	republiek liberia
LY	Libya	libya	libyen	libye	libia	staat libie	libie
LI	Liechtenstein	liechtenstein	vorstendom liechtenstein
LT	Lithuania	lithuania	litauen	lituanie	lituania	republiek litouwen	litouwen
LU	Luxembourg	luxembourg	luxemburg	luxemburgo	lussemburgo	groothertogdom luxemburg
MO	Macao	macao	macau
MG	Madagascar	madagascar	madagaskar	republiek madagaskar
MW	Malawi	malawi	malaui	republiek malawi
MY	Malaysia	malaysia	malaisie	malasia	malesia	maleisie
MV	Maldives	maldives	malediven	maldivas	maldive	republiek der maldiven	maldiven
ML	Mali	mali	republiek mali
MT	Malta	malta	malte	republiek malta
MH	Marshall Islands	marshall islands	marshallinseln	iles marshall	islas marshall	ilhas marshall	isole marshall	republiek der marshalleilanden	marshalleilanden
MQ	Martinique	martinique	martinica
MR	Mauritania	mauritania	mauretanien	mauritanie	islamitische republiek mauritanie
MU	Mauritius	mauritius	maurice	mauricio	mauricia	republiek mauritius
YT	Mayotte	mayotte
MX	Mexico	mexico	mexiko	mexique	messico	verenigde mexicaanse staten
FM	Micronesia, Federated States of	micronesia federated states of	mikronesien	micronesie	micronesia	stati federati di micronesia	federale staten van micronesie
MD	Moldova, Republic of	moldova republic of	moldawien	moldavie	moldavia	republiek moldavie
MC	Monaco	monaco	vorstendom monaco
MN	Mongolia	mongolia	mongolei	mongolie
MS	Montserrat	montserrat	monserrate
MA	Morocco	morocco	marokko	maroc	marruecos	marrocos	marocco	koninkrijk marokko
MZ	Mozambique	mozambique	mosambik	mocambique	mozambico	republiek mozambique
MM	Myanmar	myanmar	mianmar birmania	birmania myanmar	republiek van de unie van myanmar
NA	Namibia	namibia	namibie	republiek namibie
NR	Nauru	nauru	republiek nauru
NP	Nepal	nepal	federale democratische republiek nepal
NL	Netherlands	netherlands	the netherlands	netherlands kingdom of the	niederlande	pays bas	paises bajos	paises baixos	paesi bassi	koninkrijk der nederlanden	nederland
NC	New Caledonia	new caledonia	neukaledonien	nouvelle caledonie	nueva caledonia	nova caledonia	nuova caledonia	nieuw caledonie
NZ	New Zealand	new zealand	neuseeland	nouvelle zelande	nueva zelanda	nova zelandia	nuova zelanda	nieuw zeeland
NI	Nicaragua	nicaragua	republiek nicaragua
NE	Niger	niger	republiek niger
NG	Nigeria	nigeria	federale republiek nigeria
NU	Niue	niue
NF	Norfolk Island	norfolk island	norfolkinsel	ile norfolk	isla norfolk	ilha norfolk	isola norfolk	norfolk
MP	Northern Mariana Islands	northern mariana islands	nordliche marianen	iles mariannes du nord	islas marianas del norte	ilhas marianas do norte	isole marianne settentrionali	noordelijke marianen
MK	North Macedonia	the republic of north macedonia	north macedonia	nordmazedonien	macedoine du nord	macedonia del norte	macedonia do norte	macedonia del nord	republiek noord macedonie	noord macedonie
NO	Norway	norway	norwegen	norvege	noruega	norvegia	koninkrijk noorwegen	noorwegen
OM	Oman	oman	oma	sultanaat oman
PK	Pakistan	pakistan	paquistao	islamitische republiek pakistan
PW	Palau	palau	palaos	republiek palau
PS	Palestine	state of palestine	palestine	staat palastina	palestina	territorios palestinos	stato di palestina	staat palestina
PA	Panama	panama	republiek panama
PG	Papua New Guinea	papua new guinea	papua neuguinea	papouasie nouvelle guinee	papua nueva guinea	papua nova guine	papua nuova guinea	onafhankelijke staat papoea nieuw guinea	papoea nieuw guinea
PY	Paraguay	paraguay	paraguai	republiek paraguay
PE	Peru	peru	perou	republiek peru
PH	Philippines	philippines	philippinen	filipinas	filippine	republiek der filipijnen	filipijnen
PN	Pitcairn	pitcairn	pitcairn islands	pitcairninseln	iles pitcairn	ilhas pitcairn	isole pitcairn
PL	Poland	poland	polen	pologne	polonia	republiek polen
PT	Portugal	portugal	portogallo	portugese republiek
PR	Puerto Rico	puerto rico	porto rico
QA	Qatar	qatar	katar	catar	staat qatar
RE	Reunion	reunion	reuniao
RO	Romania	romania	rumanien	roumanie	rumania	romenia	roemeense republiek	roemenie
RU	Russia	russian federation	russia	russische foderation	russland	russie	rusia	russische federatie	rusland
RW	Rwanda	rwanda	ruanda	republiek rwanda
SH	Saint Helena	saint helena	st helena	sainte helene	santa helena ascension y tristan de acuna	santa helena	santelena isola di ascensione e tristan da cunha	sint helena
KN	Saint Kitts and Nevis	saint kitts and nevis	st kitts und nevis	saint christophe et nieves	saint kitts y nevis	sao cristovao e neves	saint kitts e nevis	federatie saint kitts en nevis	saint kitts en nevis
LC	Saint Lucia	saint lucia	st lucia	sainte lucie	santa lucia
PM	Saint Pierre and Miquelon	saint pierre and miquelon	saint pierre und miquelon	saint pierre et miquelon	san pedro y miquelon	saint pierre e miquelon	saint pierre en miquelon
VC	Saint Vincent and the Grenadines	saint vincent and the grenadines	st vincent und die grenadinen	saint vincent et les grenadines	san vicente y las granadinas	sao vicente e granadinas	saint vincent e grenadine	saint vincent en de grenadines
WS	Samoa	samoa	onafhankelijke staat samoa
SM	San Marino	san marino	saint marin	republiek san marino
ST	Sao Tome and Principe	sao tome and principe	sao tome und principe	sao tome et principe	santo tome y principe	sao tome e principe	democratische republiek sao tome en principe	sao tome en principe
SA	Saudi Arabia	saudi arabia	saudi arabien	arabie saoudite	arabia saudita	koninkrijk saudi arabie	saudi arabie
SN	Senegal	senegal	republiek senegal
SC	Seychelles	seychelles	seychellen	republiek der seychellen
SL	Sierra Leone	sierra leone	sierra leona	serra leoa	republiek sierra leone
SG	Singapore	singapore	singapur	singapour	singapura	republiek singapore
SK	Slovakia	slovakia	slowakei	slovaquie	eslovaquia	slovacchia	slowaakse republiek	slowakije
SI	Slovenia	slovenia	slowenien	slovenie	eslovenia	republiek slovenie
SB	Solomon Islands	solomon islands	salomonen	iles salomon	islas salomon	ilhas salomao	isole salomone	salomonseilanden
SO	Somalia	somalia	somalie	federale republiek somalie
ZA	South Africa	south africa	sudafrika	afrique du sud	sudafrica	africa do sul	republiek zuid afrika	zuid afrika
GS	South Georgia and the South Sandwich Islands	south georgia and the south sandwich islands	sudgeorgien und die sudlichen sandwichinseln	georgie du sud et les iles sandwich du sud	georgia del sur y las islas sandwich del sur	georgia do sul e ilhas sandwich do sul	georgia del sud e isole sandwich meridionali	zuid georgia en de zuidelijke sandwicheilanden
ES	Spain	spain	spanien	espagne	espana	espanha	spagna	koninkrijk spanje	spanje
LK	Sri Lanka	sri lanka	democratische socialistische republiek sri lanka
SD	Sudan	sudan	soudan	sudao	republiek soedan	soedan
SR	Suriname	suriname	republiek suriname
SJ	Svalbard and Jan Mayen	svalbard and jan mayen	svalbard und jan mayen	svalbard et ile jan mayen	svalbard y jan mayen	svalbard e jan mayen	spitsbergen en jan mayen
SZ	Eswatini	eswatini	royaume deswatini	esuatini	essuatini	koninkrijk eswatini	swaziland
SE	Sweden	sweden	schweden	suede	suecia	svezia	koninkrijk zweden	zweden
CH	Switzerland	switzerland	schweiz	suisse	suiza	suica	svizzera	zwitserse bondsstaat	zwitserland
SY	Syrian Arab Republic	syrian arab republic	syrien arabische republik	syrie	republica arabe siria	siria	syrische arabische republiek
TW	Taiwan	taiwan province of china	taiwan	repubblica di cina
TJ	Tajikistan	tajikistan	tadschikistan	tadjikistan	tayikistan	tajiquistao	tagikistan	republiek tadzjikistan	tadzjikistan
TZ	Tanzania	united republic of tanzania	tanzania	tansania vereinigte republik	tansania	republique unie de tanzanie	verenigde republiek tanzania
TH	Thailand	thailand	thailande	tailandia	thailandia	koninkrijk thailand
TL	Timor-Leste	timor leste	osttimor	timor est	democratische republiek timor leste
TG	Togo	togo	togolese republiek
TK	Tokelau	tokelau
TO	Tonga	tonga	koninkrijk tonga
TT	Trinidad and Tobago	trinidad and tobago	trinidad und tobago	trinite et tobago	trinidad y tobago	trindade e tobago	trinidad e tobago	republiek trinidad en tobago	trinidad en tobago
TN	Tunisia	tunisia	tunesien	tunisie	tunez	republiek tunesie	tunesie
TR	Türkiye	turkiye	turkey	turkei	turquie	turquia	turchia	republiek turkije	turkije
TM	Turkmenistan	turkmenistan	turquemenistao	turkmeense republiek
TC	Turks and Caicos Islands	turks and caicos islands	turks und caicosinseln	iles turques et caiques	islas turcas y caicos	ilhas turcas e caicos	isole turks e caicos	turks en caicoseilanden
TV	Tuvalu	tuvalu
UG	Uganda	uganda	ouganda	republiek oeganda	oeganda
UA	Ukraine	ukraine	ucrania	ucraina	oekraine
AE	United Arab Emirates	united arab emirates	uae	vereinigte arabische emirate	emirats arabes unis	emiratos arabes unidos	emirados arabes unidos	emirati arabi uniti	verenigde arabische emiraten
GB	United Kingdom	united kingdom	uk	great britain	vereinigtes konigreich	grossbritannien	royaume uni	reino unido	regno unito	verenigd koninkrijk van groot brittannie en noord ierland	verenigd koninkrijk
US	United States	united states of america	united states	usa	us	vereinigte staaten von amerika	vereinigte staaten	etats unis damerique	estados unidos	estados unidos da america	stati uniti damerica	verenigde staten van amerika	verenigde staten
UM	United States Minor Outlying Islands	united states minor outlying islands	iles mineures eloignees des etats unis	islas ultramarinas menores de los estados unidos	ilhas distantes dos eua	isole minori esterne degli stati uniti	amerikaanse kleinere afgelegen eilanden
UY	Uruguay	uruguay	uruguai	oostelijke republiek uruguay
UZ	Uzbekistan	uzbekistan	usbekistan	ouzbekistan	uzbequistao	republiek oezbekistan	oezbekistan
VU	Vanuatu	vanuatu	republiek vanuatu
VE	Venezuela	venezuela	bolivariaanse republiek venezuela
VN	Vietnam	vietnam	vietname	socialistische republiek vietnam
VG	Virgin Islands, British	virgin islands british	britische jungferninseln	iles vierges britanniques	islas virgenes britanicas	ilhas virgens britanicas	isole vergini britanniche	britse maagdeneilanden
VI	Virgin Islands, U.S.	virgin islands us	amerikanische jungferninseln	iles vierges americaines	islas virgenes de los estados unidos	ilhas virgens americanas	isole vergini americane	amerikaanse maagdeneilanden
WF	Wallis and Futuna	wallis and futuna	wallis und futuna	wallis et futuna	wallis y futuna	wallis e futuna	wallis en futuna
EH	Western Sahara	western sahara	westsahara	sahara occidental	saara ocidental	sahara occidentale	westelijke sahara
YE	Yemen	yemen	jemen	iemen	republiek jemen
ZM	Zambia	zambia	sambia	zambie	republiek zambia
ZW	Zimbabwe	zimbabwe	simbabwe	zimbabue	republiek zimbabwe
AX	Åland Islands	aland islands	aland	islas aland	ilhas aland	isole aland
BQ	Bonaire, Sint Eustatius and Saba	bonaire sint eustatius and saba	bonaire	bonaire saint eustache et saba	bonaire san eustaquio y saba	paises baixos caribenhos	isole bes	bonaire sint eustatius en saba
CW	Curaçao	curacao
GG	Guernsey	guernsey	guernesey
IM	Isle of Man	isle of man	insel man	ile de man	isla de man	ilha de man	isola di man	man eiland
JE	Jersey	jersey
ME	Montenegro	montenegro
BL	Saint Barthélemy	saint barthelemy	sao bartolomeu
MF	Saint Martin (French part)	saint martin french part	saint martin	saint martin partie francaise	saint martin francesa	sao martinho	sint maarten frans deel	sint maarten franse antillen	collectiviteit van sint maarten
RS	Serbia	serbia	serbien	serbie	servia	republiek servie	servie
SX	Sint Maarten (Dutch part)	sint maarten dutch part	sint maarten	saint martin partie neerlandaise	sint maarten neerlandesa	sint maarten nederlands deel	land sint maarten
SS	South Sudan	south sudan	sudsudan	soudan du sud	sudan del sur	sudao do sul	sudan del sud	republiek zuid soedan	zuid soedan
XK	Kosovo	kosovo	republiek kosovo`;

export const REGIONS = `AD	02	Canillo	
AD	03	Encamp	
AD	04	La Massana	
AD	05	Ordino	
AD	06	Sant Julià de Lòria	sant julia de loria
AD	07	Andorra la Vella	
AD	08	Escaldes-Engordany	escaldes engordany
AE	AJ	Ajman Emirate	
AE	AZ	Abu Dhabi Emirate	
AE	DU	Dubai	
AE	FU	Fujairah	
AE	RK	Ras al-Khaimah	ras al khaimah
AE	SH	Sharjah Emirate	
AE	UQ	Umm al-Quwain	umm al quwain
AF	BAL	Balkh	
AF	BAM	Bamyan	
AF	BDG	Badghis	
AF	BDS	Badakhshan	
AF	BGL	Baghlan	
AF	DAY	Daykundi	
AF	FRA	Farah	
AF	FYB	Faryab	
AF	GHA	Ghazni	
AF	GHO	Ghōr	ghor
AF	HEL	Helmand	
AF	HER	Herat	
AF	JOW	Jowzjan	
AF	KAB	Kabul	
AF	KAN	Kandahar	
AF	KAP	Kapisa	
AF	KDZ	Kunduz Province	
AF	KHO	Khost	
AF	KNR	Kunar	
AF	LAG	Laghman	
AF	LOG	Logar	
AF	NAN	Nangarhar	
AF	NIM	Nimruz	
AF	NUR	Nuristan	
AF	PAN	Panjshir	
AF	PAR	Parwan	
AF	PIA	Paktia	
AF	PKA	Paktika	
AF	SAM	Samangan	
AF	SAR	Sar-e Pol	sar e pol
AF	TAK	Takhar	
AF	URU	Urozgan	
AF	ZAB	Zabul	
AG	03	Saint George Parish	
AG	04	Saint John Parish	
AG	05	Saint Mary Parish	
AG	06	Saint Paul Parish	
AG	07	Saint Peter Parish	
AG	08	Saint Philip Parish	
AG	10	Barbuda	
AG	11	Redonda	
AL	01	Berat County	
AL	02	Durrës County	durres county
AL	03	Elbasan County	
AL	04	Fier County	
AL	05	Gjirokastër County	gjirokaster county
AL	06	Korçë County	korce county
AL	07	Kukës County	kukes county
AL	08	Lezhë County	lezhe county
AL	09	Dibër County	diber county
AL	10	Shkodër County	shkoder county
AL	11	Tirana County	
AL	12	Vlorë County	vlore county
AL	BR	Berat District	
AL	BU	Bulqizë District	bulqize district
AL	DI	Dibër District	diber district
AL	DL	Delvinë District	delvine district
AL	DR	Durrës District	durres district
AL	DV	Devoll District	
AL	ER	Kolonjë District	kolonje district
AL	FR	Fier District	
AL	GJ	Gjirokastër District	gjirokaster district
AL	GR	Gramsh District	
AL	HA	Has District	
AL	KA	Kavajë District	kavaje district
AL	KB	Kurbin District	
AL	KC	Kuçovë District	kucove district
AL	KO	Korçë District	korce district
AL	KR	Krujë District	kruje district
AL	KU	Kukës District	kukes district
AL	LB	Librazhd District	
AL	LE	Lezhë District	lezhe district
AL	LU	Lushnjë District	lushnje district
AL	MK	Mallakastër District	mallakaster district
AL	MM	Malësi e Madhe District	malesi e madhe district
AL	MR	Mirditë District	mirdite district
AL	MT	Mat District	
AL	PG	Pogradec District	
AL	PQ	Peqin District	
AL	PR	Përmet District	permet district
AL	PU	Pukë District	puke district
AL	SH	Shkodër District	shkoder district
AL	SK	Skrapar District	
AL	SR	Sarandë District	sarande district
AL	TE	Tepelenë District	tepelene district
AL	TP	Tropojë District	tropoje district
AL	TR	Tirana District	
AL	VL	Vlorë District	vlore district
AM	AG	Aragatsotn Region	
AM	AR	Ararat Province	
AM	AV	Armavir Region	
AM	ER	Yerevan	
AM	GR	Gegharkunik Province	
AM	KT	Kotayk Region	
AM	LO	Lori Region	
AM	SH	Shirak Region	
AM	SU	Syunik Province	
AM	TV	Tavush Region	
AM	VD	Vayots Dzor Region	
AO	BGO	Bengo Province	
AO	BGU	Benguela Province	
AO	BIE	Bié Province	bie province
AO	CAB	Cabinda Province	
AO	CCU	Cuando Cubango Province	
AO	CNN	Cunene Province	
AO	CNO	Cuanza Norte Province	
AO	CUS	Cuanza Sul	
AO	HUA	Huambo Province	
AO	HUI	Huíla Province	huila province
AO	LNO	Lunda Norte Province	
AO	LSU	Lunda Sul Province	
AO	LUA	Luanda Province	
AO	MAL	Malanje Province	
AO	MOX	Moxico Province	
AO	UIG	Uíge Province	uige province
AO	ZAI	Zaire Province	
AR	A	Salta	
AR	B	Buenos Aires	
AR	C	Ciudad Autónoma de Buenos Aires	ciudad autonoma de buenos aires
AR	D	San Luis	
AR	E	Entre Ríos	entre rios
AR	F	La Rioja	
AR	G	Santiago del Estero	
AR	H	Chaco	
AR	J	San Juan	
AR	K	Catamarca	
AR	L	La Pampa	
AR	M	Mendoza	
AR	N	Misiones	
AR	P	Formosa	
AR	Q	Neuquén	neuquen
AR	R	Río Negro	rio negro
AR	S	Santa Fe	
AR	T	Tucumán	tucuman
AR	U	Chubut	
AR	V	Tierra del Fuego	
AR	W	Corrientes	
AR	X	Córdoba	cordoba
AR	Y	Jujuy	
AR	Z	Santa Cruz	
AT	1	Burgenland	
AT	2	Carinthia	
AT	3	Lower Austria	
AT	4	Upper Austria	
AT	5	Salzburg	
AT	6	Styria	
AT	7	Tyrol	
AT	8	Vorarlberg	
AT	9	Vienna	
AU	ACT	Australian Capital Territory		act
AU	NSW	New South Wales		nsw
AU	NT	Northern Territory		nt
AU	QLD	Queensland		qld
AU	SA	South Australia		sa
AU	TAS	Tasmania		tas
AU	VIC	Victoria		vic
AU	WA	Western Australia		wa
AZ	ABS	Absheron District	
AZ	AGA	Agstafa District	
AZ	AGC	Aghjabadi District	
AZ	AGM	Agdam District	
AZ	AGS	Agdash District	
AZ	AGU	Agsu District	
AZ	AST	Astara District	
AZ	BA	Baku	
AZ	BAB	Babek District	
AZ	BAL	Balakan District	
AZ	BAR	Barda District	
AZ	BEY	Beylagan District	
AZ	BIL	Bilasuvar District	
AZ	CAB	Jabrayil District	
AZ	CAL	Jalilabad District	
AZ	CUL	Julfa District	
AZ	DAS	Dashkasan District	
AZ	FUZ	Fizuli District	
AZ	GA	Ganja	
AZ	GAD	Gədəbəy	
AZ	GOR	Goranboy District	
AZ	GOY	Goychay	
AZ	GYG	Goygol District	
AZ	HAC	Hajigabul District	
AZ	IMI	Imishli District	
AZ	ISM	Ismailli District	
AZ	KAL	Kalbajar District	
AZ	KAN	Kangarli District	
AZ	KUR	Kurdamir District	
AZ	LA	Lankaran District	
AZ	LAC	Lachin District	
AZ	LAN	Lankaran	
AZ	LER	Lerik District	
AZ	MAS	Masally District	
AZ	MI	Mingachevir	
AZ	NEF	Neftchala District	
AZ	NX	Nakhchivan Autonomous Republic	
AZ	OGU	Oghuz District	
AZ	ORD	Ordubad District	
AZ	QAB	Qabala District	
AZ	QAX	Qakh District	
AZ	QAZ	Qazakh District	
AZ	QBA	Quba District	
AZ	QBI	Qubadli District	
AZ	QOB	Gobustan District	
AZ	QUS	Qusar District	
AZ	SA	Shaki	
AZ	SAB	Sabirabad District	
AZ	SAD	Sadarak District	
AZ	SAH	Shahbuz District	
AZ	SAK	Shaki District	
AZ	SAL	Salyan District	
AZ	SAR	Sharur District	
AZ	SAT	Saatly District	
AZ	SBN	Shabran District	
AZ	SIY	Siazan District	
AZ	SKR	Shamkir District	
AZ	SM	Sumqayit	
AZ	SMI	Shamakhi District	
AZ	SMX	Samukh District	
AZ	SR	Shirvan	
AZ	SUS	Shusha District	
AZ	TAR	Tartar District	
AZ	TOV	Tovuz District	
AZ	UCA	Ujar District	
AZ	XAC	Khachmaz District	
AZ	XCI	Khojali District	
AZ	XIZ	Khizi District	
AZ	XVD	Martuni	
AZ	YAR	Yardymli District	
AZ	YE	Yevlakh	
AZ	YEV	Yevlakh District	
AZ	ZAN	Zangilan District	
AZ	ZAQ	Zaqatala District	
AZ	ZAR	Zardab District	
BA	01	Una-Sana Canton	una sana canton
BA	02	Posavina Canton	
BA	03	Tuzla Canton	
BA	04	Zenica-Doboj Canton	zenica doboj canton
BA	05	Bosnian Podrinje Canton	
BA	06	Central Bosnia Canton	
BA	07	Herzegovina-Neretva Canton	herzegovina neretva canton
BA	08	West Herzegovina Canton	
BA	09	Sarajevo Canton	
BA	10	Canton 10	
BA	BIH	Federation of Bosnia and Herzegovina	
BA	BRC	Brčko District	brcko district
BA	SRP	Republika Srpska	
BB	01	Christ Church	
BB	02	Saint Andrew	
BB	03	Saint George	
BB	04	Saint James	
BB	05	Saint John	
BB	06	Saint Joseph	
BB	07	Saint Lucy	
BB	08	Saint Michael	
BB	09	Saint Peter	
BB	10	Saint Philip	
BB	11	Saint Thomas	
BD	01	Bandarban District	
BD	02	Barguna District	
BD	03	Bogra District	
BD	04	Brahmanbaria District	
BD	05	Bagerhat District	
BD	06	Barisal District	
BD	07	Bhola District	
BD	08	Comilla District	
BD	09	Chandpur District	
BD	10	Chittagong District	
BD	11	Cox's Bazar District	coxs bazar district
BD	12	Chuadanga District	
BD	13	Dhaka District	
BD	14	Dinajpur District	
BD	15	Faridpur District	
BD	16	Feni District	
BD	17	Gopalganj District	
BD	18	Gazipur District	
BD	19	Gaibandha District	
BD	20	Habiganj District	
BD	21	Jamalpur District	
BD	22	Jessore District	
BD	23	Jhenaidah District	
BD	24	Joypurhat District	
BD	25	Jhalokati District	
BD	26	Kishoreganj District	
BD	27	Khulna District	
BD	28	Kurigram District	
BD	29	Khagrachari District	
BD	30	Kushtia District	
BD	31	Lakshmipur District	
BD	32	Lalmonirhat District	
BD	33	Bahadia	
BD	34	Mymensingh District	
BD	35	Munshiganj District	
BD	36	Madaripur District	
BD	38	Moulvibazar District	
BD	39	Meherpur District	
BD	40	Narayanganj District	
BD	41	Netrokona District	
BD	43	Narail District	
BD	44	Natore District	
BD	45	Chapai Nawabganj District	
BD	46	Nilphamari District	
BD	47	Noakhali District	
BD	48	Naogaon District	
BD	49	Pabna District	
BD	50	Pirojpur District	
BD	51	Patuakhali District	
BD	52	Panchagarh District	
BD	53	Rajbari District	
BD	54	Rajshahi District	
BD	55	Rangpur District	
BD	56	Rangamati Hill District	
BD	57	Sherpur District	
BD	58	Satkhira District	
BD	59	Sirajganj District	
BD	60	Sylhet District	
BD	61	Sunamganj District	
BD	62	Shariatpur District	
BD	63	Tangail District	
BD	64	Thakurgaon District	
BD	A	Barisal Division	
BD	B	Chittagong Division	
BD	C	Dhaka Division	
BD	D	Khulna Division	
BD	E	Rajshahi Division	
BD	F	Rangpur Division	
BD	G	Sylhet Division	
BD	H	Mymensingh Division	
BE	BRU	Brussels-Capital Region	brussels capital region
BE	VAN	Antwerp	
BE	VBR	Flemish Brabant	
BE	VLG	Flanders	
BE	VLI	Limburg	
BE	VOV	East Flanders	
BE	VWV	West Flanders	
BE	WAL	Wallonia	
BE	WBR	Walloon Brabant	
BE	WHT	Hainaut	
BE	WLG	Liège	liege
BE	WLX	Luxembourg	
BE	WNA	Namur	
BF	01	Boucle du Mouhoun Region	
BF	02	Cascades Region	
BF	03	Centre	
BF	04	Centre-Est Region	centre est region
BF	05	Centre-Nord Region	centre nord region
BF	06	Centre-Ouest Region	centre ouest region
BF	07	Centre-Sud Region	centre sud region
BF	08	Est Region	
BF	09	Hauts-Bassins Region	hauts bassins region
BF	10	Nord Region, Burkina Faso	nord region burkina faso	nord region
BF	11	Plateau-Central Region	plateau central region
BF	12	Sahel Region	
BF	13	Sud-Ouest Region	sud ouest region
BF	BAL	Balé Province	bale province
BF	BAM	Bam Province	
BF	BAN	Banwa Province	
BF	BAZ	Bazèga Province	bazega province
BF	BGR	Bougouriba Province	
BF	BLG	Boulgou	
BF	COM	Comoé Province	comoe province
BF	GAN	Ganzourgou Province	
BF	GNA	Gnagna Province	
BF	GOU	Gourma Province	
BF	HOU	Houet Province	
BF	IOB	Ioba Province	
BF	KAD	Kadiogo Province	
BF	KEN	Kénédougou Province	kenedougou province
BF	KMD	Komondjari Province	
BF	KMP	Kompienga Province	
BF	KOP	Koulpélogo Province	koulpelogo province
BF	KOS	Kossi Province	
BF	KOT	Kouritenga Province	
BF	KOW	Kourwéogo Province	kourweogo province
BF	LER	Léraba Province	leraba province
BF	LOR	Loroum Province	
BF	MOU	Mouhoun	
BF	NAM	Namentenga Province	
BF	NAO	Nahouri Province	
BF	NAY	Nayala Province	
BF	NOU	Noumbiel Province	
BF	OUB	Oubritenga Province	
BF	OUD	Oudalan Province	
BF	PAS	Passoré Province	passore province
BF	PON	Poni Province	
BF	SEN	Séno Province	seno province
BF	SIS	Sissili Province	
BF	SMT	Sanmatenga Province	
BF	SNG	Sanguié Province	sanguie province
BF	SOM	Soum Province	
BF	SOR	Sourou Province	
BF	TAP	Tapoa Province	
BF	TUI	Tuy Province	
BF	YAG	Yagha Province	
BF	YAT	Yatenga Province	
BF	ZIR	Ziro Province	
BF	ZON	Zondoma Province	
BF	ZOU	Zoundwéogo Province	zoundweogo province
BG	01	Blagoevgrad Province	
BG	02	Burgas Province	
BG	03	Varna Province	
BG	04	Veliko Tarnovo Province	
BG	05	Vidin Province	
BG	06	Vratsa Province	
BG	07	Gabrovo Province	
BG	08	Dobrich Province	
BG	09	Kardzhali Province	
BG	10	Kyustendil Province	
BG	11	Lovech Province	
BG	12	Montana Province	
BG	13	Pazardzhik Province	
BG	14	Pernik Province	
BG	15	Pleven Province	
BG	16	Plovdiv Province	
BG	17	Razgrad Province	
BG	18	Ruse Province	
BG	19	Silistra Province	
BG	20	Sliven Province	
BG	21	Smolyan Province	
BG	22	Sofia City Province	
BG	23	Sofia Province	
BG	24	Stara Zagora Province	
BG	25	Targovishte Province	
BG	26	Haskovo Province	
BG	27	Shumen	
BG	28	Yambol Province	
BH	13	Capital Governorate	
BH	14	Southern Governorate	
BH	15	Muharraq Governorate	
BH	16	Central Governorate	
BH	17	Northern Governorate	
BI	BB	Bubanza Province	
BI	BL	Bujumbura Rural Province	
BI	BM	Bujumbura Mairie Province	
BI	BR	Bururi Province	
BI	CA	Cankuzo Province	
BI	CI	Cibitoke Province	
BI	GI	Gitega Province	
BI	KI	Kirundo Province	
BI	KR	Karuzi Province	
BI	KY	Kayanza Province	
BI	MA	Makamba Province	
BI	MU	Muramvya Province	
BI	MW	Mwaro Province	
BI	MY	Muyinga Province	
BI	NG	Ngozi Province	
BI	RM	Rumonge Province	
BI	RT	Rutana Province	
BI	RY	Ruyigi Province	
BJ	AK	Atakora Department	
BJ	AL	Alibori Department	
BJ	AQ	Atlantique Department	
BJ	BO	Borgou Department	
BJ	CO	Collines Department	
BJ	DO	Donga Department	
BJ	KO	Kouffo Department	
BJ	LI	Littoral Department	
BJ	MO	Mono Department	
BJ	OU	Ouémé Department	oueme department
BJ	PL	Plateau Department	
BJ	ZO	Zou Department	
BM	DEV	Devonshire Parish	
BM	HA	Hamilton Parish	
BM	PAG	Paget Parish	
BM	PEM	Pembroke Parish	
BM	SAN	Sandys Parish	
BM	SGE	Saint George's Parish	saint georges parish
BM	SMI	Smith's Parish,	smiths parish	smiths parish
BM	SOU	Southampton Parish	
BM	WAR	Warwick Parish	
BN	BE	Belait District	
BN	BM	Brunei-Muara District	brunei muara district
BN	TE	Temburong District	
BN	TU	Tutong District	
BO	B	Beni Department	
BO	C	Cochabamba Department	
BO	H	Chuquisaca Department	
BO	L	La Paz Department	
BO	N	Pando Department	
BO	O	Oruro Department	
BO	P	Potosí Department	potosi department
BO	S	Santa Cruz Department	
BO	T	Tarija Department	
BR	AC	Acre	
BR	AL	Alagoas	
BR	AM	Amazonas	
BR	AP	Amapá	amapa
BR	BA	Bahia	
BR	CE	Ceará	ceara
BR	DF	Distrito Federal	
BR	ES	Espírito Santo	espirito santo
BR	GO	Goiás	goias
BR	MA	Maranhão	maranhao
BR	MG	Minas Gerais	
BR	MS	Mato Grosso do Sul	
BR	MT	Mato Grosso	
BR	PA	Pará	para
BR	PB	Paraíba	paraiba
BR	PE	Pernambuco	
BR	PI	Piauí	piaui
BR	PR	Paraná	parana
BR	RJ	Rio de Janeiro	
BR	RN	Rio Grande do Norte	
BR	RO	Rondônia	rondonia
BR	RR	Roraima	
BR	RS	Rio Grande do Sul	
BR	SC	Santa Catarina	
BR	SE	Sergipe	
BR	SP	São Paulo	sao paulo
BR	TO	Tocantins	
BS	AC	Acklins and Crooked Islands	
BS	AK	Acklins	
BS	BI	Bimini	
BS	BP	Black Point	
BS	BY	Berry Islands	
BS	CE	Central Eleuthera	
BS	CI	Cat Island	
BS	CK	Crooked Island	
BS	CO	Central Abaco	
BS	CS	Central Andros	
BS	EG	East Grand Bahama	
BS	EX	Exuma	
BS	FC	Fresh Creek	
BS	FP	Freeport	
BS	GC	Grand Cay	
BS	GH	Governor's Harbour	governors harbour
BS	GT	Green Turtle Cay	
BS	HI	Harbour Island	
BS	HR	High Rock	
BS	HT	Hope Town	
BS	IN	Inagua	
BS	KB	Kemps Bay	
BS	LI	Long Island	
BS	MC	Mangrove Cay	
BS	MG	Mayaguana District	
BS	MH	Marsh Harbour	
BS	NB	Nichollstown and Berry Islands	
BS	NE	North Eleuthera	
BS	NO	North Abaco	
BS	NP	New Providence	
BS	NS	North Andros	
BS	RC	Rum Cay District	
BS	RI	Ragged Island	
BS	RS	Rock Sound	
BS	SA	South Andros	
BS	SE	South Eleuthera	
BS	SO	South Abaco	
BS	SP	Sandy Point	
BS	SR	San Salvador and Rum Cay	
BS	SS	San Salvador Island	
BS	SW	Spanish Wells	
BS	WG	West Grand Bahama	
BT	11	Paro District	
BT	12	Chukha District	
BT	13	Haa District	
BT	14	Samtse District	
BT	15	Thimphu District	
BT	21	Tsirang District	
BT	22	Dagana District	
BT	23	Punakha District	
BT	24	Wangdue Phodrang District	
BT	31	Sarpang District	
BT	32	Trongsa District	
BT	33	Bumthang District	
BT	34	Zhemgang District	
BT	41	Trashigang District	
BT	42	Mongar District	
BT	43	Pemagatshel District	
BT	44	Lhuntse District	
BT	45	Samdrup Jongkhar District	
BT	GA	Gasa District	
BW	CE	Central District	
BW	GH	Ghanzi District	
BW	KG	Kgalagadi District	
BW	KL	Kgatleng District	
BW	KW	Kweneng District	
BW	NE	North-East District	north east district
BW	NG	Ngamiland	
BW	NW	North-West District	north west district
BW	SE	South-East District	south east district
BW	SO	Southern District	
BY	BR	Brest Region	
BY	HM	Minsk	
BY	HO	Gomel Region	
BY	HR	Grodno Region	
BY	MA	Mogilev Region	
BY	MI	Minsk Region	
BY	VI	Vitebsk Region	
BZ	BZ	Belize District	
BZ	CY	Cayo District	
BZ	CZL	Corozal District	
BZ	OW	Orange Walk District	
BZ	SC	Stann Creek District	
BZ	TOL	Toledo District	
CA	AB	Alberta		ab
CA	BC	British Columbia		bc
CA	MB	Manitoba		mb
CA	NB	New Brunswick		nb
CA	NL	Newfoundland and Labrador		nl
CA	NS	Nova Scotia		ns
CA	NT	Northwest Territories		nt
CA	NU	Nunavut		nu
CA	ON	Ontario		on
CA	PE	Prince Edward Island		pe
CA	QC	Quebec		qc
CA	SK	Saskatchewan		sk
CA	YT	Yukon		yt
CD	BC	Kongo Central	
CD	BU	Bas-Uélé	bas uele
CD	EQ	Équateur	equateur
CD	HK	Haut-Katanga	haut katanga
CD	HL	Haut-Lomami	haut lomami
CD	HU	Haut-Uélé	haut uele
CD	IT	Ituri	
CD	KC	Kasaï Central	kasai central
CD	KE	Kasaï Oriental	kasai oriental
CD	KG	Kwango	
CD	KL	Kwilu	
CD	KN	Kinshasa	
CD	KS	Kasaï	kasai
CD	LO	Lomami	
CD	LU	Lualaba	
CD	MA	Maniema	
CD	MN	Mai-Ndombe	mai ndombe
CD	MO	Mongala	
CD	NK	Nord-Kivu	nord kivu
CD	NU	Nord-Ubangi	nord ubangi
CD	SA	Sankuru	
CD	SK	Sud-Kivu	sud kivu
CD	SU	Sud-Ubangi	sud ubangi
CD	TA	Tanganyika	
CD	TO	Tshopo	
CD	TU	Tshuapa	
CF	AC	Ouham Prefecture	
CF	BB	Bamingui-Bangoran Prefecture	bamingui bangoran prefecture
CF	BGF	Bangui	
CF	BK	Basse-Kotto Prefecture	basse kotto prefecture
CF	HK	Haute-Kotto Prefecture	haute kotto prefecture
CF	HM	Haut-Mbomou Prefecture	haut mbomou prefecture
CF	HS	Mambéré-Kadéï	mambere kadei
CF	KB	Nana-Grébizi Economic Prefecture	nana grebizi economic prefecture
CF	KG	Kémo Prefecture	kemo prefecture
CF	LB	Lobaye Prefecture	
CF	MB	Mbomou Prefecture	
CF	MP	Ombella-M'Poko Prefecture	ombella mpoko prefecture
CF	NM	Nana-Mambéré Prefecture	nana mambere prefecture
CF	OP	Ouham-Pendé Prefecture	ouham pende prefecture
CF	SE	Sangha-Mbaéré	sangha mbaere
CF	UK	Ouaka Prefecture	
CF	VK	Vakaga Prefecture	
CG	11	Bouenza Department	
CG	12	Pool Department	
CG	13	Sangha Department	
CG	14	Plateaux Department	
CG	15	Cuvette-Ouest Department	cuvette ouest department
CG	16	Pointe-Noire	pointe noire
CG	2	Lékoumou Department	lekoumou department
CG	5	Kouilou Department	
CG	7	Likouala Department	
CG	8	Cuvette Department	
CG	9	Niari Department	
CG	BZV	Brazzaville	
CH	AG	Aargau	
CH	AI	Appenzell Innerrhoden	
CH	AR	Appenzell Ausserrhoden	
CH	BE	Bern	
CH	BL	Basel-Land	basel land
CH	BS	Basel-Stadt	basel stadt
CH	FR	Fribourg	
CH	GE	Geneva	
CH	GL	Glarus	
CH	GR	Graubünden	graubunden
CH	JU	Jura	
CH	LU	Lucerne	
CH	NE	Neuchâtel	neuchatel
CH	NW	Nidwalden	
CH	OW	Obwalden	
CH	SG	St. Gallen	st gallen
CH	SH	Schaffhausen	
CH	SO	Solothurn	
CH	SZ	Schwyz	
CH	TG	Thurgau	
CH	TI	Ticino	
CH	UR	Uri	
CH	VD	Vaud	
CH	VS	Valais	
CH	ZG	Zug	
CH	ZH	Zürich	zurich
CI	01	Lagunes region	
CI	02	Haut-Sassandra	haut sassandra
CI	03	Savanes Region	
CI	04	Vallée du Bandama Region	vallee du bandama region
CI	05	Moyen-Comoé	moyen comoe
CI	06	Dix-Huit Montagnes	dix huit montagnes
CI	07	Lacs Region	
CI	09	Bas-Sassandra Region	bas sassandra region
CI	10	Denguélé Region	denguele region
CI	11	N'zi-Comoé	nzi comoe
CI	12	Marahoué Region	marahoue region
CI	13	Sud-Comoé	sud comoe
CI	14	Worodougou	
CI	15	Sud-Bandama	sud bandama
CI	16	Agnéby	agneby
CI	17	Bafing Region	
CI	18	Fromager	
CI	19	Moyen-Cavally	moyen cavally
CI	AB	Abidjan	
CI	BS	Bas-Sassandra District	bas sassandra district
CI	CM	Comoé District	comoe district
CI	DN	Denguélé District	denguele district
CI	GD	Gôh-Djiboua District	goh djiboua district
CI	LC	Lacs District	
CI	LG	Lagunes District	
CI	MG	Montagnes District	
CI	SM	Sassandra-Marahoué District	sassandra marahoue district
CI	VB	Vallée du Bandama District	vallee du bandama district
CI	WR	Woroba District	
CI	YM	Yamoussoukro	
CI	ZZ	Zanzan Region	
CL	AI	Aisén del General Carlos Ibañez del Campo	aisen del general carlos ibanez del campo
CL	AN	Antofagasta	
CL	AP	Arica y Parinacota	
CL	AR	La Araucanía	la araucania
CL	AT	Atacama	
CL	BI	Biobío	biobio
CL	CO	Coquimbo	
CL	LI	Libertador General Bernardo O'Higgins	libertador general bernardo ohiggins
CL	LL	Los Lagos	
CL	LR	Los Ríos	los rios
CL	MA	Magallanes y de la Antártica Chilena	magallanes y de la antartica chilena
CL	ML	Maule	
CL	NB	Ñuble	nuble
CL	RM	Región Metropolitana de Santiago	region metropolitana de santiago
CL	TA	Tarapacá	tarapaca
CL	VS	Valparaíso	valparaiso
CM	AD	Adamawa	
CM	CE	Centre	
CM	EN	Far North	
CM	ES	East	
CM	LT	Littoral	
CM	NO	North	
CM	NW	Northwest	
CM	OU	West	
CM	SU	South	
CM	SW	Southwest	
CN	AH	Anhui	
CN	BJ	Beijing	
CN	CQ	Chongqing	
CN	FJ	Fujian	
CN	GD	Guangdong	
CN	GS	Gansu	
CN	GX	Guangxi Zhuang	
CN	GZ	Guizhou	
CN	HA	Henan	
CN	HB	Hubei	
CN	HE	Hebei	
CN	HI	Hainan	
CN	HK	Hong Kong SAR	
CN	HL	Heilongjiang	
CN	HN	Hunan	
CN	JL	Jilin	
CN	JS	Jiangsu	
CN	JX	Jiangxi	
CN	LN	Liaoning	
CN	MO	Macau SAR	
CN	NM	Inner Mongolia	
CN	NX	Ningxia Huizu	
CN	QH	Qinghai	
CN	SC	Sichuan	
CN	SD	Shandong	
CN	SH	Shanghai	
CN	SN	Shaanxi	
CN	SX	Shanxi	
CN	TJ	Tianjin	
CN	TW	Taiwan	
CN	XJ	Xinjiang	
CN	XZ	Xizang	
CN	YN	Yunnan	
CN	ZJ	Zhejiang	
CO	AMA	Amazonas	
CO	ANT	Antioquia	
CO	ARA	Arauca	
CO	ATL	Atlántico	atlantico
CO	BOL	Bolívar	bolivar
CO	BOY	Boyacá	boyaca
CO	CAL	Caldas	
CO	CAQ	Caquetá	caqueta
CO	CAS	Casanare	
CO	CAU	Cauca	
CO	CES	Cesar	
CO	CHO	Chocó	choco
CO	COR	Córdoba	cordoba
CO	CUN	Cundinamarca	
CO	DC	Bogotá D.C.	bogota dc
CO	GUA	Guainía	guainia
CO	GUV	Guaviare	
CO	HUI	Huila	
CO	LAG	La Guajira	
CO	MAG	Magdalena	
CO	MET	Meta	
CO	NAR	Nariño	narino
CO	NSA	Norte de Santander	
CO	PUT	Putumayo	
CO	QUI	Quindío	quindio
CO	RIS	Risaralda	
CO	SAN	Santander	
CO	SAP	Archipiélago de San Andrés, Providencia y Santa Catalina	archipielago de san andres providencia y santa catalina	archipielago de san andres
CO	SUC	Sucre	
CO	TOL	Tolima	
CO	VAC	Valle del Cauca	
CO	VAU	Vaupés	vaupes
CO	VID	Vichada	
CR	A	Alajuela Province	
CR	C	Provincia de Cartago	
CR	G	Guanacaste Province	
CR	H	Heredia Province	
CR	L	Limón Province	limon province
CR	P	Puntarenas Province	
CR	SJ	San José Province	san jose province
CU	01	Pinar del Río Province	pinar del rio province
CU	03	Havana Province	
CU	04	Matanzas Province	
CU	05	Villa Clara Province	
CU	06	Cienfuegos Province	
CU	07	Sancti Spíritus Province	sancti spiritus province
CU	08	Ciego de Ávila Province	ciego de avila province
CU	09	Camagüey Province	camaguey province
CU	10	Las Tunas Province	
CU	11	Holguín Province	holguin province
CU	12	Granma Province	
CU	13	Santiago de Cuba Province	
CU	14	Guantánamo Province	guantanamo province
CU	15	Artemisa Province	
CU	16	Mayabeque Province	
CU	99	Isla de la Juventud	
CV	B	Barlavento Islands	
CV	BR	Brava	
CV	BV	Boa Vista	
CV	CA	Santa Catarina	
CV	CF	Santa Catarina do Fogo	
CV	CR	Santa Cruz	
CV	MA	Maio Municipality	
CV	MO	Mosteiros	
CV	PA	Paul	
CV	PN	Porto Novo	
CV	PR	Praia	
CV	RB	Ribeira Brava Municipality	
CV	RG	Ribeira Grande	
CV	RS	Ribeira Grande de Santiago	
CV	S	Sotavento Islands	
CV	SD	São Domingos	sao domingos
CV	SF	São Filipe	sao filipe
CV	SL	Sal	
CV	SM	São Miguel	sao miguel
CV	SO	São Lourenço dos Órgãos	sao lourenco dos orgaos
CV	SV	São Vicente	sao vicente
CV	TA	Tarrafal	
CV	TS	Tarrafal de São Nicolau	tarrafal de sao nicolau
CY	01	Nicosia District (Lefkoşa)	nicosia district lefkosa	nicosia district
CY	02	Limassol District (Leymasun)	limassol district leymasun	limassol district
CY	03	Larnaca District (Larnaka)	larnaca district larnaka	larnaca district
CY	04	Famagusta District (Mağusa)	famagusta district magusa	famagusta district
CY	05	Paphos District (Pafos)	paphos district pafos	paphos district
CY	06	Kyrenia District (Keryneia)	kyrenia district keryneia	kyrenia district
CZ	10	Praha, Hlavní město	praha hlavni mesto	praha
CZ	20	Středočeský kraj	stredocesky kraj
CZ	201	Benešov	benesov
CZ	202	Beroun	
CZ	203	Kladno	
CZ	204	Kolín	kolin
CZ	205	Kutná Hora	kutna hora
CZ	206	Mělník	melnik
CZ	207	Mladá Boleslav	mlada boleslav
CZ	208	Nymburk	
CZ	209	Praha-východ	praha vychod
CZ	20A	Praha-západ	praha zapad
CZ	20B	Příbram	pribram
CZ	20C	Rakovník	rakovnik
CZ	31	Jihočeský kraj	jihocesky kraj
CZ	311	České Budějovice	ceske budejovice
CZ	312	Český Krumlov	cesky krumlov
CZ	313	Jindřichův Hradec	jindrichuv hradec
CZ	314	Písek	pisek
CZ	315	Prachatice	
CZ	316	Strakonice	
CZ	317	Tábor	tabor
CZ	32	Plzeňský kraj	plzensky kraj
CZ	321	Domažlice	domazlice
CZ	322	Klatovy	
CZ	323	Plzeň-město	plzen mesto
CZ	324	Plzeň-jih	plzen jih
CZ	325	Plzeň-sever	plzen sever
CZ	326	Rokycany	
CZ	327	Tachov	
CZ	41	Karlovarský kraj	karlovarsky kraj
CZ	411	Cheb	
CZ	412	Karlovy Vary	
CZ	413	Sokolov	
CZ	42	Ústecký kraj	ustecky kraj
CZ	421	Děčín	decin
CZ	422	Chomutov	
CZ	423	Litoměřice	litomerice
CZ	424	Louny	
CZ	425	Most	
CZ	426	Teplice	
CZ	427	Ústí nad Labem	usti nad labem
CZ	51	Liberecký kraj	liberecky kraj
CZ	511	Česká Lípa	ceska lipa
CZ	512	Jablonec nad Nisou	
CZ	513	Liberec	
CZ	514	Semily	
CZ	52	Královéhradecký kraj	kralovehradecky kraj
CZ	521	Hradec Králové	hradec kralove
CZ	522	Jičín	jicin
CZ	523	Náchod	nachod
CZ	524	Rychnov nad Kněžnou	rychnov nad kneznou
CZ	525	Trutnov	
CZ	53	Pardubický kraj	pardubicky kraj
CZ	531	Chrudim	
CZ	532	Pardubice	
CZ	533	Svitavy	
CZ	534	Ústí nad Orlicí	usti nad orlici
CZ	63	Kraj Vysočina	kraj vysocina
CZ	631	Havlíčkův Brod	havlickuv brod
CZ	632	Jihlava	
CZ	633	Pelhřimov	pelhrimov
CZ	634	Třebíč	trebic
CZ	635	Žďár nad Sázavou	zdar nad sazavou
CZ	64	Jihomoravský kraj	jihomoravsky kraj
CZ	641	Blansko	
CZ	642	Brno-město	brno mesto
CZ	643	Brno-venkov	brno venkov
CZ	644	Břeclav	breclav
CZ	645	Hodonín	hodonin
CZ	646	Vyškov	vyskov
CZ	647	Znojmo	
CZ	71	Olomoucký kraj	olomoucky kraj
CZ	711	Jeseník	jesenik
CZ	712	Olomouc	
CZ	713	Prostějov	prostejov
CZ	714	Přerov	prerov
CZ	715	Šumperk	sumperk
CZ	72	Zlínský kraj	zlinsky kraj
CZ	721	Kroměříž	kromeriz
CZ	722	Uherské Hradiště	uherske hradiste
CZ	723	Vsetín	vsetin
CZ	724	Zlín	zlin
CZ	80	Moravskoslezský kraj	moravskoslezsky kraj
CZ	801	Bruntál	bruntal
CZ	802	Frýdek-Místek	frydek mistek
CZ	803	Karviná	karvina
CZ	804	Nový Jičín	novy jicin
CZ	805	Opava	
CZ	806	Ostrava-město	ostrava mesto
DE	BB	Brandenburg	
DE	BE	Berlin	
DE	BW	Baden-Württemberg	baden wurttemberg
DE	BY	Bavaria	
DE	HB	Bremen	
DE	HE	Hesse	
DE	HH	Hamburg	
DE	MV	Mecklenburg-Vorpommern	mecklenburg vorpommern
DE	NI	Lower Saxony	
DE	NW	North Rhine-Westphalia	north rhine westphalia
DE	RP	Rhineland-Palatinate	rhineland palatinate
DE	SH	Schleswig-Holstein	schleswig holstein
DE	SL	Saarland	
DE	SN	Saxony	
DE	ST	Saxony-Anhalt	saxony anhalt
DE	TH	Thuringia	
DJ	AR	Arta Region	
DJ	AS	Ali Sabieh Region	
DJ	DI	Dikhil Region	
DJ	DJ	Djibouti	
DJ	OB	Obock Region	
DJ	TA	Tadjourah Region	
DK	81	North Denmark Region	
DK	82	Central Denmark Region	
DK	83	Region of Southern Denmark	
DK	84	Capital Region of Denmark	
DK	85	Region Zealand	
DM	02	Saint Andrew Parish	
DM	03	Saint David Parish	
DM	04	Saint George Parish	
DM	05	Saint John Parish	
DM	06	Saint Joseph Parish	
DM	07	Saint Luke Parish	
DM	08	Saint Mark Parish	
DM	09	Saint Patrick Parish	
DM	10	Saint Paul Parish	
DM	11	Saint Peter Parish	
DO	01	Distrito Nacional	
DO	02	Azua Province	
DO	03	Baoruco Province	
DO	04	Barahona Province	
DO	05	Dajabón Province	dajabon province
DO	06	Duarte Province	
DO	08	El Seibo Province	
DO	09	Espaillat Province	
DO	10	Independencia	
DO	11	La Altagracia Province	
DO	12	La Romana Province	
DO	13	La Vega Province	
DO	14	María Trinidad Sánchez Province	maria trinidad sanchez province
DO	15	Monte Cristi Province	
DO	16	Pedernales Province	
DO	17	Peravia Province	
DO	18	Puerto Plata Province	
DO	19	Hermanas Mirabal Province	
DO	20	Samaná Province	samana province
DO	21	San Cristóbal Province	san cristobal province
DO	22	San Juan Province	
DO	23	San Pedro de Macorís	san pedro de macoris
DO	24	Sánchez Ramírez Province	sanchez ramirez province
DO	25	Santiago Province	
DO	26	Santiago Rodríguez Province	santiago rodriguez province
DO	27	Valverde Province	
DO	28	Monseñor Nouel Province	monsenor nouel province
DO	29	Monte Plata Province	
DO	30	Hato Mayor Province	
DO	31	San José de Ocoa Province	san jose de ocoa province
DO	32	Santo Domingo Province	
DZ	01	Adrar	
DZ	02	Chlef	
DZ	03	Laghouat	
DZ	04	Oum El Bouaghi	
DZ	05	Batna	
DZ	06	Béjaïa	bejaia
DZ	07	Biskra	
DZ	08	Béchar	bechar
DZ	09	Blida	
DZ	10	Bouïra	bouira
DZ	11	Tamanghasset	
DZ	12	Tébessa	tebessa
DZ	13	Tlemcen	
DZ	14	Tiaret	
DZ	15	Tizi Ouzou	
DZ	16	Algiers	
DZ	17	Djelfa	
DZ	18	Jijel	
DZ	19	Sétif	setif
DZ	20	Saïda	saida
DZ	21	Skikda	
DZ	22	Sidi Bel Abbès	sidi bel abbes
DZ	23	Annaba	
DZ	24	Guelma	
DZ	25	Constantine	
DZ	26	Médéa	medea
DZ	27	Mostaganem	
DZ	28	M'Sila	msila
DZ	29	Mascara	
DZ	30	Ouargla	
DZ	31	Oran	
DZ	32	El Bayadh	
DZ	33	Illizi	
DZ	34	Bordj Bou Arréridj	bordj bou arreridj
DZ	35	Boumerdès	boumerdes
DZ	36	El Tarf	
DZ	37	Tindouf	
DZ	38	Tissemsilt	
DZ	39	El Oued	
DZ	40	Khenchela	
DZ	41	Souk Ahras	
DZ	42	Tipasa	
DZ	43	Mila	
DZ	44	Aïn Defla	ain defla
DZ	45	Naama	
DZ	46	Aïn Témouchent	ain temouchent
DZ	47	Ghardaïa	ghardaia
DZ	48	Relizane	
DZ	49	El M'ghair	el mghair
DZ	50	El Menia	
DZ	51	Ouled Djellal	
DZ	52	Bordj Baji Mokhtar	
DZ	53	Béni Abbès	beni abbes
DZ	54	Timimoun	
DZ	55	Touggourt	
DZ	56	Djanet	
DZ	57	In Salah	
DZ	58	In Guezzam	
EC	A	Azuay	
EC	B	Bolívar	bolivar
EC	C	Carchi	
EC	D	Orellana	
EC	E	Esmeraldas	
EC	F	Cañar	canar
EC	G	Guayas	
EC	H	Chimborazo	
EC	I	Imbabura	
EC	L	Loja	
EC	M	Manabí	manabi
EC	N	Napo	
EC	O	El Oro	
EC	P	Pichincha	
EC	R	Los Ríos	los rios
EC	S	Morona-Santiago	morona santiago
EC	SD	Santo Domingo de los Tsáchilas	santo domingo de los tsachilas
EC	SE	Santa Elena	
EC	T	Tungurahua	
EC	U	Sucumbíos	sucumbios
EC	W	Galápagos	galapagos
EC	X	Cotopaxi	
EC	Y	Pastaza	
EC	Z	Zamora Chinchipe	
EE	37	Harju County	
EE	39	Hiiu County	
EE	44	Ida-Viru County	ida viru county
EE	49	Jõgeva County	jogeva county
EE	51	Järva County	jarva county
EE	57	Lääne County	laane county
EE	59	Lääne-Viru County	laane viru county
EE	65	Põlva County	polva county
EE	67	Pärnu County	parnu county
EE	70	Rapla County	
EE	74	Saare County	
EE	78	Tartu County	
EE	82	Valga County	
EE	84	Viljandi County	
EE	86	Võru County	voru county
EG	ALX	Alexandria	
EG	ASN	Aswan	
EG	AST	Asyut	
EG	BA	Red Sea	
EG	BH	Beheira	
EG	BNS	Beni Suef	
EG	C	Cairo	
EG	DK	Dakahlia	
EG	DT	Damietta	
EG	FYM	Faiyum	
EG	GH	Gharbia	
EG	GZ	Giza	
EG	IS	Ismailia	
EG	JS	South Sinai	
EG	KB	Qalyubia	
EG	KFS	Kafr el-Sheikh	kafr el sheikh
EG	KN	Qena	
EG	LX	Luxor	
EG	MN	Minya	
EG	MNF	Monufia	
EG	MT	Matrouh	
EG	PTS	Port Said	
EG	SHG	Sohag	
EG	SHR	Sharqia	
EG	SIN	North Sinai	
EG	SUZ	Suez	
EG	WAD	New Valley	
ER	AN	Anseba Region	
ER	DK	Southern Red Sea Region	
ER	DU	Debub Region	
ER	GB	Gash-Barka Region	gash barka region
ER	MA	Maekel Region	
ER	SK	Northern Red Sea Region	
ES	AN	Andalusia	
ES	AR	Aragon	
ES	AS	Asturias	
ES	AV	Ávila	avila
ES	BU	Burgos Province	
ES	CB	Cantabria	
ES	CE	Ceuta	
ES	CL	Castile and León	castile and leon
ES	CM	Castilla La Mancha	
ES	CN	Canary Islands	
ES	CT	Catalonia	
ES	EX	Extremadura	
ES	GA	Galicia	
ES	LE	Léon	leon
ES	MC	Murcia	
ES	MD	Madrid	
ES	ML	Melilla	
ES	NC	Navarra	
ES	P	Palencia Province	
ES	PM	Balearic Islands	
ES	PV	Basque Country	
ES	RI	La Rioja	
ES	SA	Salamanca Province	
ES	SG	Segovia Province	
ES	SO	Soria Province	
ES	VA	Valladolid Province	
ES	VC	Valencia	
ES	ZA	Zamora Province	
ET	AA	Addis Ababa	
ET	AF	Afar Region	
ET	AM	Amhara Region	
ET	BE	Benishangul-Gumuz Region	benishangul gumuz region
ET	DD	Dire Dawa	
ET	GA	Gambela Region	
ET	HA	Harari Region	
ET	OR	Oromia Region	
ET	SN	Southern Nations, Nationalities, and Peoples' Region	southern nations nationalities and peoples region	southern nations
ET	SO	Somali Region	
ET	TI	Tigray Region	
FI	01	Åland Islands	aland islands
FI	02	South Karelia	
FI	03	Southern Ostrobothnia	
FI	04	Southern Savonia	
FI	05	Kainuu	
FI	06	Tavastia Proper	
FI	07	Central Ostrobothnia	
FI	08	Central Finland	
FI	09	Kymenlaakso	
FI	11	Pirkanmaa	
FI	12	Ostrobothnia	
FI	13	North Karelia	
FI	14	Northern Ostrobothnia	
FI	15	Northern Savonia	
FI	16	Päijänne Tavastia	paijanne tavastia
FI	17	Satakunta	
FI	18	Uusimaa	
FI	19	Finland Proper	
FI	IS	Eastern Finland Province	
FI	LL	Lapland	
FI	OL	Oulu Province	
FJ	01	Ba	
FJ	02	Bua	
FJ	03	Cakaudrove	
FJ	04	Kadavu	
FJ	05	Lau	
FJ	06	Lomaiviti	
FJ	07	Macuata	
FJ	08	Nadroga-Navosa	nadroga navosa
FJ	09	Naitasiri	
FJ	10	Namosi	
FJ	11	Ra	
FJ	12	Rewa	
FJ	13	Serua	
FJ	14	Tailevu	
FJ	C	Central Division	
FJ	E	Eastern Division	
FJ	N	Northern Division	
FJ	R	Rotuma	
FJ	W	Western Division	
FM	KSA	Kosrae State	
FM	PNI	Pohnpei State	
FM	TRK	Chuuk State	
FM	YAP	Yap State	
FR	01	Ain	
FR	02	Aisne	
FR	03	Allier	
FR	04	Alpes-de-Haute-Provence	alpes de haute provence
FR	05	Hautes-Alpes	hautes alpes
FR	06	Alpes-Maritimes	alpes maritimes
FR	07	Ardèche	ardeche
FR	08	Ardennes	
FR	09	Ariège	ariege
FR	10	Aube	
FR	11	Aude	
FR	12	Aveyron	
FR	13	Bouches-du-Rhône	bouches du rhone
FR	14	Calvados	
FR	15	Cantal	
FR	16	Charente	
FR	17	Charente-Maritime	charente maritime
FR	18	Cher	
FR	19	Corrèze	correze
FR	20R	Corse	
FR	21	Côte-d'Or	cote dor
FR	22	Côtes-d'Armor	cotes darmor
FR	23	Creuse	
FR	24	Dordogne	
FR	25	Doubs	
FR	26	Drôme	drome
FR	27	Eure	
FR	28	Eure-et-Loir	eure et loir
FR	29	Finistère	finistere
FR	2A	Corse-du-Sud	corse du sud
FR	2B	Haute-Corse	haute corse
FR	30	Gard	
FR	31	Haute-Garonne	haute garonne
FR	32	Gers	
FR	33	Gironde	
FR	34	Hérault	herault
FR	35	Ille-et-Vilaine	ille et vilaine
FR	36	Indre	
FR	37	Indre-et-Loire	indre et loire
FR	38	Isère	isere
FR	39	Jura	
FR	40	Landes	
FR	41	Loir-et-Cher	loir et cher
FR	42	Loire	
FR	43	Haute-Loire	haute loire
FR	44	Loire-Atlantique	loire atlantique
FR	45	Loiret	
FR	46	Lot	
FR	47	Lot-et-Garonne	lot et garonne
FR	48	Lozère	lozere
FR	49	Maine-et-Loire	maine et loire
FR	50	Manche	
FR	51	Marne	
FR	52	Haute-Marne	haute marne
FR	53	Mayenne	
FR	54	Meurthe-et-Moselle	meurthe et moselle
FR	55	Meuse	
FR	56	Morbihan	
FR	57	Moselle	
FR	58	Nièvre	nievre
FR	59	Nord	
FR	60	Oise	
FR	61	Orne	
FR	62	Pas-de-Calais	pas de calais
FR	63	Puy-de-Dôme	puy de dome
FR	64	Pyrénées-Atlantiques	pyrenees atlantiques
FR	65	Hautes-Pyrénées	hautes pyrenees
FR	66	Pyrénées-Orientales	pyrenees orientales
FR	67	Bas-Rhin	bas rhin
FR	68	Haut-Rhin	haut rhin
FR	69	Rhône	rhone
FR	69M	Métropole de Lyon	metropole de lyon
FR	6AE	Alsace	
FR	70	Haute-Saône	haute saone
FR	71	Saône-et-Loire	saone et loire
FR	72	Sarthe	
FR	73	Savoie	
FR	74	Haute-Savoie	haute savoie
FR	75C	Paris	
FR	76	Seine-Maritime	seine maritime
FR	77	Seine-et-Marne	seine et marne
FR	78	Yvelines	
FR	79	Deux-Sèvres	deux sevres
FR	80	Somme	
FR	81	Tarn	
FR	82	Tarn-et-Garonne	tarn et garonne
FR	83	Var	
FR	84	Vaucluse	
FR	85	Vendée	vendee
FR	86	Vienne	
FR	87	Haute-Vienne	haute vienne
FR	88	Vosges	
FR	89	Yonne	
FR	90	Territoire de Belfort	
FR	91	Essonne	
FR	92	Hauts-de-Seine	hauts de seine
FR	93	Seine-Saint-Denis	seine saint denis
FR	94	Val-de-Marne	val de marne
FR	95	Val-d'Oise	val doise
FR	971	Guadeloupe	
FR	972	Martinique	
FR	973	French Guiana	
FR	974	La Réunion	la reunion
FR	976	Mayotte	
FR	ARA	Auvergne-Rhône-Alpes	auvergne rhone alpes
FR	BFC	Bourgogne-Franche-Comté	bourgogne franche comte
FR	BL	Saint-Barthélemy	saint barthelemy
FR	BRE	Bretagne	
FR	CP	Clipperton	
FR	CVL	Centre-Val de Loire	centre val de loire
FR	GES	Grand-Est	grand est
FR	HDF	Hauts-de-France	hauts de france
FR	IDF	Île-de-France	ile de france
FR	MF	Saint-Martin	saint martin
FR	NAQ	Nouvelle-Aquitaine	nouvelle aquitaine
FR	NOR	Normandie	
FR	OCC	Occitanie	
FR	PAC	Provence-Alpes-Côte-d’Azur	provence alpes cote dazur
FR	PDL	Pays-de-la-Loire	pays de la loire
FR	PF	French Polynesia	
FR	PM	Saint Pierre and Miquelon	
FR	TF	French Southern and Antarctic Lands	
FR	WF	Wallis and Futuna	
GA	1	Estuaire Province	
GA	2	Haut-Ogooué Province	haut ogooue province
GA	3	Moyen-Ogooué Province	moyen ogooue province
GA	4	Ngounié Province	ngounie province
GA	5	Nyanga Province	
GA	6	Ogooué-Ivindo Province	ogooue ivindo province
GA	7	Ogooué-Lolo Province	ogooue lolo province
GA	8	Ogooué-Maritime Province	ogooue maritime province
GA	9	Woleu-Ntem Province	woleu ntem province
GB	ABC	Armagh, Banbridge and Craigavon	armagh banbridge and craigavon	armagh
GB	ABD	Aberdeenshire	
GB	ABE	Aberdeen	
GB	AGB	Argyll and Bute	
GB	AND	Ards and North Down	
GB	ANN	Antrim and Newtownabbey	
GB	ANS	Angus	
GB	ANT	Antrim	
GB	ARD	Ards	
GB	ARM	Armagh City and District Council	
GB	BAS	Bath and North East Somerset	
GB	BBD	Blackburn with Darwen	
GB	BDF	Bedford	
GB	BDG	London Borough of Barking and Dagenham	
GB	BEN	London Borough of Brent	
GB	BEX	London Borough of Bexley	
GB	BFS	Belfast district	
GB	BGE	Bridgend County Borough	
GB	BGW	Blaenau Gwent County Borough	
GB	BIR	Birmingham	
GB	BKM	Buckinghamshire	
GB	BLA	Ballymena Borough	
GB	BLY	Ballymoney	
GB	BMH	Bournemouth	
GB	BNB	Banbridge	
GB	BNE	London Borough of Barnet	
GB	BNH	Brighton and Hove	
GB	BNS	Barnsley	
GB	BOL	Bolton	
GB	BPL	Blackpool	
GB	BRC	Bracknell Forest	
GB	BRD	Bradford	
GB	BRY	London Borough of Bromley	
GB	BST	City of Bristol	
GB	BUR	Bury	
GB	CAM	Cambridgeshire	
GB	CAY	Caerphilly County Borough	
GB	CBF	Central Bedfordshire	
GB	CCG	Causeway Coast and Glens	
GB	CGN	Ceredigion	
GB	CGV	Craigavon Borough Council	
GB	CHE	Cheshire East	
GB	CHW	Cheshire West and Chester	
GB	CKF	Carrickfergus Borough Council	
GB	CKT	Cookstown District Council	
GB	CLD	Calderdale	
GB	CLK	Clackmannanshire	
GB	CLR	Coleraine Borough Council	
GB	CMA	Cumbria	
GB	CMD	London Borough of Camden	
GB	CMN	Carmarthenshire	
GB	CON	Cornwall	
GB	COV	Coventry	
GB	CRF	City and County of Cardiff	
GB	CRY	London Borough of Croydon	
GB	CSR	Castlereagh	
GB	CWY	Conwy County Borough	
GB	DAL	Darlington	
GB	DBY	Derbyshire	
GB	DEN	Denbighshire	
GB	DER	City of Derby	
GB	DEV	Devon	
GB	DGN	Dungannon and South Tyrone Borough Council	
GB	DGY	Dumfries and Galloway	
GB	DNC	Doncaster	
GB	DND	Dundee	
GB	DOR	Dorset	
GB	DOW	Down District Council	
GB	DRS	Derry City and Strabane	
GB	DRY	Derry City Council	
GB	DUD	Dudley	
GB	DUR	County Durham	
GB	EAL	London Borough of Ealing	
GB	EAY	East Ayrshire	
GB	EDH	Edinburgh	
GB	EDU	East Dunbartonshire	
GB	ELN	East Lothian	
GB	ELS	Outer Hebrides	
GB	ENF	London Borough of Enfield	
GB	ENG	England	
GB	ERW	East Renfrewshire	
GB	ERY	East Riding of Yorkshire	
GB	ESS	Essex	
GB	ESX	East Sussex	
GB	FAL	Falkirk	
GB	FER	Fermanagh District Council	
GB	FIF	Fife	
GB	FLN	Flintshire	
GB	FMO	Fermanagh and Omagh	
GB	GAT	Gateshead	
GB	GLG	Glasgow	
GB	GLS	Gloucestershire	
GB	GRE	Royal Borough of Greenwich	
GB	GWN	Gwynedd	
GB	HAL	Halton	
GB	HAM	Hampshire	
GB	HAV	London Borough of Havering	
GB	HCK	London Borough of Hackney	
GB	HEF	Herefordshire	
GB	HIL	London Borough of Hillingdon	
GB	HLD	Highland	
GB	HMF	London Borough of Hammersmith and Fulham	
GB	HNS	London Borough of Hounslow	
GB	HPL	Hartlepool	
GB	HRT	Hertfordshire	
GB	HRW	London Borough of Harrow	
GB	HRY	London Borough of Haringey	
GB	IOS	Isles of Scilly	
GB	IOW	Isle of Wight	
GB	ISL	London Borough of Islington	
GB	IVC	Inverclyde	
GB	KEC	Royal Borough of Kensington and Chelsea	
GB	KEN	Kent	
GB	KHL	City of Kingston upon Hull	
GB	KIR	Kirklees	
GB	KTT	Royal Borough of Kingston upon Thames	
GB	KWL	Knowsley	
GB	LAN	Lancashire	
GB	LBC	Lisburn and Castlereagh	
GB	LBH	London Borough of Lambeth	
GB	LCE	City of Leicester	
GB	LDS	Leeds	
GB	LEC	Leicestershire	
GB	LEW	London Borough of Lewisham	
GB	LIN	Lincolnshire	
GB	LIV	Liverpool	
GB	LMV	Limavady Borough Council	
GB	LND	City of London	
GB	LRN	Larne Borough Council	
GB	LSB	Lisburn City Council	
GB	MAN	Manchester	
GB	MDB	Middlesbrough	
GB	MDW	Medway	
GB	MEA	Mid and East Antrim	
GB	MFT	Magherafelt District Council	
GB	MIK	Milton Keynes	
GB	MLN	Midlothian	
GB	MON	Monmouthshire	
GB	MRT	London Borough of Merton	
GB	MRY	Moray	
GB	MTY	Merthyr Tydfil County Borough	
GB	MUL	Mid Ulster	
GB	MYL	Moyle District Council	
GB	NAY	North Ayrshire	
GB	NBL	Northumberland	
GB	NDN	North Down Borough Council	
GB	NEL	North East Lincolnshire	
GB	NET	Newcastle upon Tyne	
GB	NFK	Norfolk	
GB	NGM	City of Nottingham	
GB	NIR	Northern Ireland	
GB	NLK	North Lanarkshire	
GB	NLN	North Lincolnshire	
GB	NMD	Newry, Mourne and Down	newry mourne and down	newry
GB	NSM	North Somerset	
GB	NTA	Newtownabbey Borough Council	
GB	NTH	Northamptonshire	
GB	NTL	Neath Port Talbot County Borough	
GB	NTT	Nottinghamshire	
GB	NTY	North Tyneside	
GB	NWM	London Borough of Newham	
GB	NWP	Newport	
GB	NYK	North Yorkshire	
GB	NYM	Newry and Mourne District Council	
GB	OLD	Oldham	
GB	OMH	Omagh District Council	
GB	ORK	Orkney Islands	
GB	OXF	Oxfordshire	
GB	PEM	Pembrokeshire	
GB	PKN	Perth and Kinross	
GB	PLY	City of Plymouth	
GB	POL	Poole	
GB	POR	City of Portsmouth	
GB	POW	Powys	
GB	PTE	City of Peterborough	
GB	RCC	Redcar and Cleveland	
GB	RCH	Rochdale	
GB	RCT	Rhondda Cynon Taf	
GB	RDB	London Borough of Redbridge	
GB	RDG	Reading	
GB	RFW	Renfrewshire	
GB	RIC	London Borough of Richmond upon Thames	
GB	ROT	Rotherham	
GB	RUT	Rutland	
GB	SAW	Sandwell	
GB	SAY	South Ayrshire	
GB	SCB	Scottish Borders	
GB	SCT	Scotland	
GB	SFK	Suffolk	
GB	SFT	Sefton	
GB	SGC	South Gloucestershire	
GB	SH-AC	Ascension Island	
GB	SH-HL	Saint Helena	
GB	SHF	Sheffield	
GB	SHN	St Helens	
GB	SHR	Shropshire	
GB	SKP	Stockport	
GB	SLF	Salford	
GB	SLG	Slough	
GB	SLK	South Lanarkshire	
GB	SND	City of Sunderland	
GB	SOL	Solihull	
GB	SOM	Somerset	
GB	SOS	Southend-on-Sea	southend on sea
GB	SRY	Surrey	
GB	STB	Strabane District Council	
GB	STE	City of Stoke-on-Trent	city of stoke on trent
GB	STG	Stirling	
GB	STH	City of Southampton	
GB	STN	London Borough of Sutton	
GB	STS	Staffordshire	
GB	STT	Stockton-on-Tees	stockton on tees
GB	STY	South Tyneside	
GB	SWA	City and County of Swansea	
GB	SWD	Swindon	
GB	SWK	London Borough of Southwark	
GB	TAM	Tameside	
GB	TFW	Telford and Wrekin	
GB	THR	Thurrock	
GB	TOB	Torbay	
GB	TOF	Torfaen	
GB	TRF	Trafford	
GB	TWH	London Borough of Tower Hamlets	
GB	UKM	United Kingdom	
GB	VGL	Vale of Glamorgan	
GB	WAR	Warwickshire	
GB	WBK	West Berkshire	
GB	WDU	West Dunbartonshire	
GB	WFT	London Borough of Waltham Forest	
GB	WGN	Metropolitan Borough of Wigan	
GB	WIL	Wiltshire	
GB	WKF	Wakefield	
GB	WLL	Walsall	
GB	WLN	West Lothian	
GB	WLS	Wales	
GB	WLV	City of Wolverhampton	
GB	WND	London Borough of Wandsworth	
GB	WNM	Windsor and Maidenhead	
GB	WOK	Wokingham	
GB	WOR	Worcestershire	
GB	WRL	Wirral	
GB	WRT	Warrington	
GB	WRX	Wrexham County Borough	
GB	WSM	City of Westminster	
GB	WSX	West Sussex	
GB	YOR	City of York	
GB	ZET	Shetland Islands	
GD	01	Saint Andrew Parish	
GD	02	Saint David Parish	
GD	03	Saint George Parish	
GD	04	Saint John Parish	
GD	05	Saint Mark Parish	
GD	06	Saint Patrick Parish	
GD	10	Carriacou and Petite Martinique	
GE	29	Khelvachauri Municipality	
GE	50	Senaki Municipality	
GE	AB	Autonomous Republic of Abkhazia	
GE	AJ	Adjara	
GE	GU	Guria	
GE	IM	Imereti	
GE	KA	Kakheti	
GE	KK	Kvemo Kartli	
GE	MM	Mtskheta-Mtianeti	mtskheta mtianeti
GE	RL	Racha-Lechkhumi and Kvemo Svaneti	racha lechkhumi and kvemo svaneti
GE	SJ	Samtskhe-Javakheti	samtskhe javakheti
GE	SK	Shida Kartli	
GE	SZ	Samegrelo-Zemo Svaneti	samegrelo zemo svaneti
GE	TB	Tbilisi	
GH	AA	Greater Accra	
GH	AF	Ahafo	
GH	AH	Ashanti	
GH	BE	Bono East	
GH	BO	Bono	
GH	CP	Central	
GH	EP	Eastern	
GH	NE	North East	
GH	NP	Northern	
GH	OT	Oti	
GH	SV	Savannah	
GH	TV	Volta	
GH	UE	Upper East	
GH	UW	Upper West	
GH	WN	Western North	
GH	WP	Western	
GM	B	Banjul	
GM	L	Lower River Division	
GM	M	Central River Division	
GM	N	North Bank Division	
GM	U	Upper River Division	
GM	W	West Coast Division	
GN	B	Boké Region	boke region
GN	BE	Beyla Prefecture	
GN	BF	Boffa Prefecture	
GN	BK	Boké Prefecture	boke prefecture
GN	C	Conakry	
GN	CO	Coyah Prefecture	
GN	D	Kindia Region	
GN	DB	Dabola Prefecture	
GN	DI	Dinguiraye Prefecture	
GN	DL	Dalaba Prefecture	
GN	DU	Dubréka Prefecture	dubreka prefecture
GN	FA	Faranah Prefecture	
GN	FO	Forécariah Prefecture	forecariah prefecture
GN	FR	Fria Prefecture	
GN	GA	Gaoual Prefecture	
GN	GU	Guéckédou Prefecture	gueckedou prefecture
GN	K	Kankan Region	
GN	KA	Kankan Prefecture	
GN	KB	Koubia Prefecture	
GN	KD	Kindia Prefecture	
GN	KE	Kérouané Prefecture	kerouane prefecture
GN	KN	Koundara Prefecture	
GN	KO	Kouroussa Prefecture	
GN	KS	Kissidougou Prefecture	
GN	L	Labé Region	labe region
GN	LA	Labé Prefecture	labe prefecture
GN	LE	Lélouma Prefecture	lelouma prefecture
GN	LO	Lola Prefecture	
GN	M	Mamou Region	
GN	MC	Macenta Prefecture	
GN	MD	Mandiana Prefecture	
GN	ML	Mali Prefecture	
GN	MM	Mamou Prefecture	
GN	N	Nzérékoré Region	nzerekore region
GN	NZ	Nzérékoré Prefecture	nzerekore prefecture
GN	PI	Pita Prefecture	
GN	SI	Siguiri Prefecture	
GN	TE	Télimélé Prefecture	telimele prefecture
GN	TO	Tougué Prefecture	tougue prefecture
GN	YO	Yomou Prefecture	
GQ	AN	Annobón Province	annobon province
GQ	BN	Bioko Norte Province	
GQ	BS	Bioko Sur Province	
GQ	C	Río Muni	rio muni
GQ	CS	Centro Sur Province	
GQ	I	Insular Region	
GQ	KN	Kié-Ntem Province	kie ntem province
GQ	LI	Litoral Province	
GQ	WN	Wele-Nzas Province	wele nzas province
GR	01	Aetolia-Acarnania Regional Unit	aetolia acarnania regional unit
GR	03	Boeotia Regional Unit	
GR	04	Euboea	
GR	06	Phthiotis Prefecture	
GR	11	Argolis Regional Unit	
GR	12	Arcadia Prefecture	
GR	13	Achaea Regional Unit	
GR	15	Corinthia Regional Unit	
GR	16	Laconia	
GR	22	Corfu Prefecture	
GR	23	Kefalonia Prefecture	
GR	24	Lefkada Regional Unit	
GR	33	Ioannina Regional Unit	
GR	34	Preveza Prefecture	
GR	41	Karditsa Regional Unit	
GR	42	Larissa Prefecture	
GR	51	Grevena Prefecture	
GR	52	Drama Regional Unit	
GR	53	Imathia Regional Unit	
GR	54	Thessaloniki Regional Unit	
GR	56	Kastoria Regional Unit	
GR	57	Kilkis Regional Unit	
GR	58	Kozani Prefecture	
GR	59	Pella Regional Unit	
GR	62	Serres Prefecture	
GR	94	Chania Regional Unit	
GR	A	East Macedonia and Thrace	
GR	A2	East Attica Regional Unit	
GR	B	Central Macedonia	
GR	C	West Macedonia Region	
GR	D	Epirus Region	
GR	F	Ionian Islands Region	
GR	G	West Greece Region	
GR	H	Central Greece Region	
GR	I	Attica Region	
GR	J	Peloponnese Region	
GR	L	South Aegean	
GR	M	Crete Region	
GT	AV	Alta Verapaz Department	
GT	BV	Baja Verapaz Department	
GT	CM	Chimaltenango Department	
GT	CQ	Chiquimula Department	
GT	ES	Escuintla Department	
GT	GU	Guatemala Department	
GT	HU	Huehuetenango Department	
GT	IZ	Izabal Department	
GT	JA	Jalapa Department	
GT	JU	Jutiapa Department	
GT	PE	Petén Department	peten department
GT	PR	El Progreso Department	
GT	QC	Quiché Department	quiche department
GT	QZ	Quetzaltenango Department	
GT	RE	Retalhuleu Department	
GT	SA	Sacatepéquez Department	sacatepequez department
GT	SM	San Marcos Department	
GT	SO	Sololá Department	solola department
GT	SR	Santa Rosa Department	
GT	SU	Suchitepéquez Department	suchitepequez department
GT	TO	Totonicapán Department	totonicapan department
GW	BA	Bafatá	bafata
GW	BL	Bolama Region	
GW	BM	Biombo Region	
GW	CA	Cacheu Region	
GW	GA	Gabú Region	gabu region
GW	L	Leste Province	
GW	N	Norte Province	
GW	OI	Oio Region	
GW	QU	Quinara Region	
GW	S	Sul Province	
GW	TO	Tombali Region	
GY	BA	Barima-Waini	barima waini
GY	CU	Cuyuni-Mazaruni	cuyuni mazaruni
GY	DE	Demerara-Mahaica	demerara mahaica
GY	EB	East Berbice-Corentyne	east berbice corentyne
GY	ES	Essequibo Islands-West Demerara	essequibo islands west demerara
GY	MA	Mahaica-Berbice	mahaica berbice
GY	PM	Pomeroon-Supenaam	pomeroon supenaam
GY	PT	Potaro-Siparuni	potaro siparuni
GY	UD	Upper Demerara-Berbice	upper demerara berbice
GY	UT	Upper Takutu-Upper Essequibo	upper takutu upper essequibo
HK	HCW	Central and Western District	
HK	HEA	Eastern	
HK	HSO	Southern	
HK	HWC	Wan Chai	
HK	KKC	Kowloon City	
HK	KKT	Kwun Tong	
HK	KSS	Sham Shui Po	
HK	KWT	Wong Tai Sin	
HK	KYT	Yau Tsim Mong	
HK	NIS	Islands District	
HK	NKT	Kwai Tsing	
HK	NNO	North	
HK	NSK	Sai Kung District	
HK	NST	Sha Tin	
HK	NTM	Tuen Mun	
HK	NTW	Tsuen Wan District	
HK	NYL	Yuen Long District	
HN	AT	Atlántida Department	atlantida department
HN	CH	Choluteca Department	
HN	CL	Colón Department	colon department
HN	CM	Comayagua Department	
HN	CP	Copán Department	copan department
HN	CR	Cortés Department	cortes department
HN	EP	El Paraíso Department	el paraiso department
HN	FM	Francisco Morazán Department	francisco morazan department
HN	GD	Gracias a Dios Department	
HN	IB	Bay Islands Department	
HN	IN	Intibucá Department	intibuca department
HN	LE	Lempira Department	
HN	LP	La Paz Department	
HN	OC	Ocotepeque Department	
HN	OL	Olancho Department	
HN	SB	Santa Bárbara Department	santa barbara department
HN	VA	Valle Department	
HN	YO	Yoro Department	
HR	01	Zagreb County	
HR	02	Krapina-Zagorje County	krapina zagorje county
HR	03	Sisak-Moslavina County	sisak moslavina county
HR	05	Karlovac County	
HR	06	Koprivnica-Križevci County	koprivnica krizevci county
HR	07	Bjelovar-Bilogora County	bjelovar bilogora county
HR	08	Primorje-Gorski Kotar County	primorje gorski kotar county
HR	09	Lika-Senj County	lika senj county
HR	10	Virovitica-Podravina County	virovitica podravina county
HR	11	Požega-Slavonia County	pozega slavonia county
HR	12	Brod-Posavina County	brod posavina county
HR	13	Zadar County	
HR	14	Osijek-Baranja County	osijek baranja county
HR	15	Šibenik-Knin County	sibenik knin county
HR	16	Vukovar-Syrmia County	vukovar syrmia county
HR	17	Split-Dalmatia County	split dalmatia county
HR	18	Istria County	
HR	19	Dubrovnik-Neretva County	dubrovnik neretva county
HR	20	Međimurje County	medimurje county
HR	21	Zagreb	
HT	AR	Artibonite	
HT	CE	Centre	
HT	GA	Grand'Anse	grandanse
HT	ND	Nord	
HT	NE	Nord-Est	nord est
HT	NI	Nippes	
HT	NO	Nord-Ouest	nord ouest
HT	OU	Ouest	
HT	SD	Sud	
HT	SE	Sud-Est	sud est
HU	BA	Baranya County	
HU	BC	Békéscsaba	bekescsaba
HU	BE	Békés County	bekes county
HU	BK	Bács-Kiskun County	bacs kiskun county
HU	BU	Budapest	
HU	BZ	Borsod-Abaúj-Zemplén County	borsod abauj zemplen county
HU	CS	Csongrád County	csongrad county
HU	DE	Debrecen	
HU	DU	Dunaújváros	dunaujvaros
HU	EG	Eger	
HU	ER	Érd	erd
HU	FE	Fejér County	fejer county
HU	GS	Győr-Moson-Sopron County	gyor moson sopron county
HU	GY	Győr	gyor
HU	HB	Hajdú-Bihar County	hajdu bihar county
HU	HE	Heves County	
HU	HV	Hódmezővásárhely	hodmezovasarhely
HU	JN	Jász-Nagykun-Szolnok County	jasz nagykun szolnok county
HU	KM	Kecskemét	kecskemet
HU	KV	Kaposvár	kaposvar
HU	MI	Miskolc	
HU	NK	Nagykanizsa	
HU	NO	Nógrád County	nograd county
HU	NY	Nyíregyháza	nyiregyhaza
HU	PE	Pest County	
HU	PS	Pécs	pecs
HU	SD	Szeged	
HU	SF	Székesfehérvár	szekesfehervar
HU	SH	Szombathely	
HU	SK	Szolnok	
HU	SN	Sopron	
HU	SO	Somogy County	
HU	SS	Szekszárd	szekszard
HU	ST	Salgótarján	salgotarjan
HU	SZ	Szabolcs-Szatmár-Bereg County	szabolcs szatmar bereg county
HU	TB	Tatabánya	tatabanya
HU	TO	Tolna County	
HU	VA	Vas County	
HU	VE	Veszprém County	veszprem county
HU	VM	Veszprém	veszprem
HU	ZA	Zala County	
HU	ZE	Zalaegerszeg	
ID	AC	Aceh	
ID	BA	Bali	
ID	BB	Kepulauan Bangka Belitung	
ID	BE	Bengkulu	
ID	BT	Banten	
ID	GO	Gorontalo	
ID	JA	Jambi	
ID	JB	Jawa Barat	
ID	JI	Jawa Timur	
ID	JK	DKI Jakarta	
ID	JT	Jawa Tengah	
ID	KA	Kalimantan Barat	
ID	KI	Kalimantan Timur	
ID	KR	Kepulauan Riau	
ID	KS	Kalimantan Selatan	
ID	KT	Kalimantan Tengah	
ID	KU	Kalimantan Utara	
ID	LA	Lampung	
ID	MA	Maluku	
ID	MU	Maluku Utara	
ID	NB	Nusa Tenggara Barat	
ID	NT	Nusa Tenggara Timur	
ID	PA	Papua	
ID	PB	Papua Barat	
ID	RI	Riau	
ID	SA	Sulawesi Utara	
ID	SB	Sumatera Barat	
ID	SG	Sulawesi Tenggara	
ID	SN	Sulawesi Selatan	
ID	SR	Sulawesi Barat	
ID	SS	Sumatera Selatan	
ID	ST	Sulawesi Tengah	
ID	SU	Sumatera Utara	
ID	YO	DI Yogyakarta	
IE	C	Connacht	
IE	CE	Clare	
IE	CN	Cavan	
IE	CO	Cork	
IE	CW	Carlow	
IE	D	Dublin	
IE	DL	Donegal	
IE	G	Galway	
IE	KE	Kildare	
IE	KK	Kilkenny	
IE	KY	Kerry	
IE	L	Leinster	
IE	LD	Longford	
IE	LH	Louth	
IE	LK	Limerick	
IE	LS	Laois	
IE	M	Munster	
IE	MH	Meath	
IE	MN	Monaghan	
IE	MO	Mayo	
IE	OY	Offaly	
IE	RN	Roscommon	
IE	SO	Sligo	
IE	TA	Tipperary	
IE	U	Ulster	
IE	WD	Waterford	
IE	WH	Westmeath	
IE	WW	Wicklow	
IE	WX	Wexford	
IL	D	Southern District	
IL	HA	Haifa District	
IL	JM	Jerusalem District	
IL	M	Central District	
IL	TA	Tel Aviv District	
IL	Z	Northern District	
IN	AN	Andaman and Nicobar Islands	
IN	AP	Andhra Pradesh	
IN	AR	Arunachal Pradesh	
IN	AS	Assam	
IN	BR	Bihar	
IN	CH	Chandigarh	
IN	CT	Chhattisgarh	
IN	DH	Dadra and Nagar Haveli and Daman and Diu	
IN	DL	Delhi	
IN	GA	Goa	
IN	GJ	Gujarat	
IN	HP	Himachal Pradesh	
IN	HR	Haryana	
IN	JH	Jharkhand	
IN	JK	Jammu and Kashmir	
IN	KA	Karnataka	
IN	KL	Kerala	
IN	LA	Ladakh	
IN	LD	Lakshadweep	
IN	MH	Maharashtra	
IN	ML	Meghalaya	
IN	MN	Manipur	
IN	MP	Madhya Pradesh	
IN	MZ	Mizoram	
IN	NL	Nagaland	
IN	OR	Odisha	
IN	PB	Punjab	
IN	PY	Puducherry	
IN	RJ	Rajasthan	
IN	SK	Sikkim	
IN	TG	Telangana	
IN	TN	Tamil Nadu	
IN	TR	Tripura	
IN	UP	Uttar Pradesh	
IN	UT	Uttarakhand	
IN	WB	West Bengal	
IQ	AN	Al Anbar Governorate	
IQ	AR	Erbil Governorate	
IQ	BA	Basra Governorate	
IQ	BB	Babylon Governorate	
IQ	BG	Baghdad Governorate	
IQ	DA	Dohuk Governorate	
IQ	DI	Diyala Governorate	
IQ	DQ	Dhi Qar Governorate	
IQ	KA	Karbala Governorate	
IQ	KI	Kirkuk Governorate	
IQ	MA	Maysan Governorate	
IQ	MU	Al Muthanna Governorate	
IQ	NA	Najaf Governorate	
IQ	NI	Nineveh Governorate	
IQ	QA	Al-Qādisiyyah Governorate	al qadisiyyah governorate
IQ	SD	Saladin Governorate	
IQ	SU	Sulaymaniyah Governorate	
IQ	WA	Wasit Governorate	
IR	00	Markazi	
IR	01	Gilan	
IR	02	Mazandaran	
IR	03	East Azerbaijan	
IR	04	West Azarbaijan	
IR	05	Kermanshah	
IR	06	Khuzestan	
IR	07	Fars	
IR	08	Kerman	
IR	09	Razavi Khorasan	
IR	10	Isfahan	
IR	11	Sistan and Baluchestan	
IR	12	Kurdistan	
IR	13	Hamadan	
IR	14	Chaharmahal and Bakhtiari	
IR	15	Lorestan	
IR	16	Ilam	
IR	17	Kohgiluyeh and Boyer-Ahmad	kohgiluyeh and boyer ahmad
IR	18	Bushehr	
IR	19	Zanjan	
IR	20	Semnan	
IR	21	Yazd	
IR	22	Hormozgan	
IR	23	Tehran	
IR	24	Ardabil	
IR	25	Qom	
IR	26	Qazvin	
IR	27	Golestan	
IR	28	North Khorasan	
IR	29	South Khorasan	
IR	30	Alborz	
IS	1	Capital Region	
IS	2	Southern Peninsula Region	
IS	3	Western Region	
IS	4	Westfjords	
IS	5	Northwestern Region	
IS	6	Northeastern Region	
IS	7	Eastern Region	
IS	8	Southern Region	
IT	21	Piedmont	
IT	23	Aosta Valley	
IT	25	Lombardy	
IT	32	Trentino-South Tyrol	trentino south tyrol
IT	34	Veneto	
IT	36	Friuli–Venezia Giulia	friuli venezia giulia
IT	42	Liguria	
IT	45	Emilia-Romagna	emilia romagna
IT	52	Tuscany	
IT	55	Umbria	
IT	57	Marche	
IT	62	Lazio	
IT	65	Abruzzo	
IT	67	Molise	
IT	72	Campania	
IT	75	Apulia	
IT	77	Basilicata	
IT	78	Calabria	
IT	82	Sicily	
IT	88	Sardinia	
IT	AG	Libero consorzio comunale di Agrigento	
IT	AL	Province of Alessandria	
IT	AN	Province of Ancona	
IT	AP	Province of Ascoli Piceno	
IT	AQ	Province of L'Aquila	province of laquila
IT	AT	Province of Asti	
IT	AV	Province of Avellino	
IT	BA	Metropolitan City of Bari	
IT	BG	Province of Bergamo	
IT	BI	Province of Biella	
IT	BL	Province of Belluno	
IT	BN	Benevento Province	
IT	BO	Metropolitan City of Bologna	
IT	BR	Province of Brindisi	
IT	BS	Province of Brescia	
IT	BT	Province of Barletta-Andria-Trani	province of barletta andria trani
IT	BZ	South Tyrol	
IT	CA	Metropolitan City of Cagliari	
IT	CB	Province of Campobasso	
IT	CE	Province of Caserta	
IT	CH	Province of Chieti	
IT	CI	Province of Carbonia-Iglesias	province of carbonia iglesias
IT	CL	Libero consorzio comunale di Caltanissetta	
IT	CN	Province of Cuneo	
IT	CO	Province of Como	
IT	CR	Province of Cremona	
IT	CS	Province of Cosenza	
IT	CT	Metropolitan City of Catania	
IT	CZ	Province of Catanzaro	
IT	EN	Libero consorzio comunale di Enna	
IT	FC	Province of Forlì-Cesena	province of forli cesena
IT	FE	Province of Ferrara	
IT	FG	Province of Foggia	
IT	FI	Metropolitan City of Florence	
IT	FM	Province of Fermo	
IT	FR	Province of Frosinone	
IT	GE	Metropolitan City of Genoa	
IT	GO	Province of Gorizia	
IT	GR	Province of Grosseto	
IT	IM	Province of Imperia	
IT	IS	Province of Isernia	
IT	KR	Province of Crotone	
IT	LC	Province of Lecco	
IT	LE	Province of Lecce	
IT	LI	Province of Livorno	
IT	LO	Province of Lodi	
IT	LT	Province of Latina	
IT	LU	Province of Lucca	
IT	MB	Province of Monza and Brianza	
IT	MC	Province of Macerata	
IT	ME	Metropolitan City of Messina	
IT	MI	Metropolitan City of Milan	
IT	MN	Province of Mantua	
IT	MO	Province of Modena	
IT	MS	Province of Massa and Carrara	
IT	MT	Province of Matera	
IT	NA	Metropolitan City of Naples	
IT	NO	Province of Novara	
IT	NU	Province of Nuoro	
IT	OG	Province of Ogliastra	
IT	OR	Province of Oristano	
IT	OT	Province of Olbia-Tempio	province of olbia tempio
IT	PA	Metropolitan City of Palermo	
IT	PC	Province of Piacenza	
IT	PD	Province of Padua	
IT	PE	Province of Pescara	
IT	PG	Province of Perugia	
IT	PI	Province of Pisa	
IT	PN	Province of Pordenone	
IT	PO	Province of Prato	
IT	PR	Province of Parma	
IT	PT	Province of Pistoia	
IT	PU	Pesaro and Urbino Province	
IT	PV	Province of Pavia	
IT	PZ	Province of Potenza	
IT	RA	Province of Ravenna	
IT	RC	Metropolitan City of Reggio Calabria	
IT	RE	Province of Reggio Emilia	
IT	RG	Libero consorzio comunale di Ragusa	
IT	RI	Province of Rieti	
IT	RM	Metropolitan City of Rome	
IT	RN	Province of Rimini	
IT	RO	Province of Rovigo	
IT	SA	Province of Salerno	
IT	SI	Province of Siena	
IT	SO	Province of Sondrio	
IT	SP	Province of La Spezia	
IT	SR	Libero consorzio comunale di Siracusa	
IT	SS	Province of Sassari	
IT	SV	Province of Savona	
IT	TA	Province of Taranto	
IT	TE	Province of Teramo	
IT	TN	Trentino	
IT	TO	Metropolitan City of Turin	
IT	TP	Libero consorzio comunale di Trapani	
IT	TR	Province of Terni	
IT	TS	Province of Trieste	
IT	TV	Province of Treviso	
IT	UD	Province of Udine	
IT	VA	Province of Varese	
IT	VB	Province of Verbano-Cusio-Ossola	province of verbano cusio ossola
IT	VC	Province of Vercelli	
IT	VE	Metropolitan City of Venice	
IT	VI	Province of Vicenza	
IT	VR	Province of Verona	
IT	VS	Province of Medio Campidano	
IT	VT	Province of Viterbo	
IT	VV	Province of Vibo Valentia	
JM	01	Kingston Parish	
JM	02	Saint Andrew	
JM	03	Saint Thomas Parish	
JM	04	Portland Parish	
JM	05	Saint Mary Parish	
JM	06	Saint Ann Parish	
JM	07	Trelawny Parish	
JM	08	Saint James Parish	
JM	09	Hanover Parish	
JM	10	Westmoreland Parish	
JM	11	Saint Elizabeth Parish	
JM	12	Manchester Parish	
JM	13	Clarendon Parish	
JM	14	Saint Catherine Parish	
JO	AJ	Ajloun Governorate	
JO	AM	Amman Governorate	
JO	AQ	Aqaba Governorate	
JO	AT	Tafilah Governorate	
JO	AZ	Zarqa Governorate	
JO	BA	Balqa Governorate	
JO	IR	Irbid Governorate	
JO	JA	Jerash Governorate	
JO	KA	Karak Governorate	
JO	MA	Mafraq Governorate	
JO	MD	Madaba Governorate	
JO	MN	Ma'an Governorate	maan governorate
JP	01	Hokkaidō Prefecture	hokkaido prefecture
JP	02	Aomori Prefecture	
JP	03	Iwate Prefecture	
JP	04	Miyagi Prefecture	
JP	05	Akita Prefecture	
JP	06	Yamagata Prefecture	
JP	07	Fukushima Prefecture	
JP	08	Ibaraki Prefecture	
JP	09	Tochigi Prefecture	
JP	10	Gunma Prefecture	
JP	11	Saitama Prefecture	
JP	12	Chiba Prefecture	
JP	13	Tokyo	
JP	14	Kanagawa Prefecture	
JP	15	Niigata Prefecture	
JP	16	Toyama Prefecture	
JP	17	Ishikawa Prefecture	
JP	18	Fukui Prefecture	
JP	19	Yamanashi Prefecture	
JP	20	Nagano Prefecture	
JP	21	Gifu Prefecture	
JP	22	Shizuoka Prefecture	
JP	23	Aichi Prefecture	
JP	24	Mie Prefecture	
JP	25	Shiga Prefecture	
JP	26	Kyōto Prefecture	kyoto prefecture
JP	27	Ōsaka Prefecture	osaka prefecture
JP	28	Hyōgo Prefecture	hyogo prefecture
JP	29	Nara Prefecture	
JP	30	Wakayama Prefecture	
JP	31	Tottori Prefecture	
JP	32	Shimane Prefecture	
JP	33	Okayama Prefecture	
JP	34	Hiroshima Prefecture	
JP	35	Yamaguchi Prefecture	
JP	36	Tokushima Prefecture	
JP	37	Kagawa Prefecture	
JP	38	Ehime Prefecture	
JP	39	Kōchi Prefecture	kochi prefecture
JP	40	Fukuoka Prefecture	
JP	41	Saga Prefecture	
JP	42	Nagasaki Prefecture	
JP	43	Kumamoto Prefecture	
JP	44	Ōita Prefecture	oita prefecture
JP	45	Miyazaki Prefecture	
JP	46	Kagoshima Prefecture	
JP	47	Okinawa Prefecture	
KE	01	Baringo	
KE	02	Bomet	
KE	03	Bungoma	
KE	04	Busia	
KE	05	Elgeyo-Marakwet	elgeyo marakwet
KE	06	Embu	
KE	07	Garissa	
KE	08	Homa Bay	
KE	09	Isiolo	
KE	10	Kajiado	
KE	11	Kakamega	
KE	12	Kericho	
KE	13	Kiambu	
KE	14	Kilifi	
KE	15	Kirinyaga	
KE	16	Kisii	
KE	17	Kisumu	
KE	18	Kitui	
KE	19	Kwale	
KE	20	Laikipia	
KE	21	Lamu	
KE	22	Machakos	
KE	23	Makueni	
KE	24	Mandera	
KE	25	Marsabit	
KE	26	Meru	
KE	27	Migori	
KE	28	Mombasa	
KE	29	Murang'a	muranga
KE	30	Nairobi City	
KE	31	Nakuru	
KE	32	Nandi	
KE	33	Narok	
KE	34	Nyamira	
KE	35	Nyandarua	
KE	36	Nyeri	
KE	37	Samburu	
KE	38	Siaya	
KE	39	Taita–Taveta	taita taveta
KE	40	Tana River	
KE	41	Tharaka-Nithi	tharaka nithi
KE	42	Trans Nzoia	
KE	43	Turkana	
KE	44	Uasin Gishu	
KE	45	Vihiga	
KE	46	Wajir	
KE	47	West Pokot	
KG	B	Batken Region	
KG	C	Chuy Region	
KG	GB	Bishkek	
KG	GO	Osh	
KG	J	Jalal-Abad Region	jalal abad region
KG	N	Naryn Region	
KG	O	Osh Region	
KG	T	Talas Region	
KG	Y	Issyk-Kul Region	issyk kul region
KH	1	Banteay Meanchey	
KH	10	Kratie	
KH	11	Mondulkiri	
KH	12	Phnom Penh	
KH	13	Preah Vihear	
KH	14	Prey Veng	
KH	15	Pursat	
KH	16	Ratanakiri	
KH	17	Siem Reap	
KH	18	Sihanoukville	
KH	19	Stung Treng	
KH	2	Battambang	
KH	20	Svay Rieng	
KH	21	Takeo	
KH	22	Oddar Meanchey	
KH	23	Kep	
KH	24	Pailin	
KH	3	Kampong Cham	
KH	4	Kampong Chhnang	
KH	5	Kampong Speu	
KH	6	Kampong Thom	
KH	7	Kampot	
KH	8	Kandal	
KH	9	Koh Kong	
KH	NTP	Tai Po District	
KI	G	Gilbert Islands	
KI	L	Line Islands	
KI	P	Phoenix Islands	
KM	A	Anjouan	
KM	G	Grande Comore	
KM	M	Mohéli	moheli
KN	01	Christ Church Nichola Town Parish	
KN	02	Saint Anne Sandy Point Parish	
KN	04	Saint George Gingerland Parish	
KN	05	Saint James Windward Parish	
KN	06	Saint John Capisterre Parish	
KN	07	Saint John Figtree Parish	
KN	08	Saint Mary Cayon Parish	
KN	09	Saint Paul Capisterre Parish	
KN	10	Saint Paul Charlestown Parish	
KN	11	Saint Peter Basseterre Parish	
KN	12	Saint Thomas Lowland Parish	
KN	13	Saint Thomas Middle Island Parish	
KN	15	Trinity Palmetto Point Parish	
KN	K	Saint Kitts	
KN	N	Nevis	
KP	01	Pyongyang	
KP	02	South Pyongan Province	
KP	03	North Pyongan Province	
KP	04	Chagang Province	
KP	05	South Hwanghae Province	
KP	06	North Hwanghae Province	
KP	07	Kangwon Province	
KP	08	South Hamgyong Province	
KP	09	North Hamgyong Province	
KP	10	Ryanggang Province	
KP	13	Rason	
KR	11	Seoul	
KR	26	Busan	
KR	27	Daegu	
KR	28	Incheon	
KR	29	Gwangju	
KR	30	Daejeon	
KR	31	Ulsan	
KR	41	Gyeonggi Province	
KR	42	Gangwon Province	
KR	43	North Chungcheong Province	
KR	44	South Chungcheong Province	
KR	45	North Jeolla Province	
KR	46	South Jeolla Province	
KR	47	North Gyeongsang Province	
KR	48	South Gyeongsang Province	
KR	49	Jeju	
KR	50	Sejong City	
KW	AH	Al Ahmadi Governorate	
KW	FA	Al Farwaniyah Governorate	
KW	HA	Hawalli Governorate	
KW	JA	Al Jahra Governorate	
KW	KU	Capital Governorate	
KW	MU	Mubarak Al-Kabeer Governorate	mubarak al kabeer governorate
KZ	AKM	Akmola Region	
KZ	AKT	Aktobe Region	
KZ	ALA	Almaty	
KZ	ALM	Almaty Region	
KZ	AST	Nur-Sultan	nur sultan
KZ	ATY	Atyrau Region	
KZ	BAY	Baikonur	
KZ	KAR	Karaganda Region	
KZ	KUS	Kostanay Region	
KZ	KZY	Kyzylorda Region	
KZ	MAN	Mangystau Region	
KZ	PAV	Pavlodar Region	
KZ	SEV	North Kazakhstan Region	
KZ	VOS	East Kazakhstan Region	
KZ	YUZ	Turkestan Region	
KZ	ZAP	West Kazakhstan Province	
KZ	ZHA	Jambyl Region	
LA	AT	Attapeu Province	
LA	BK	Bokeo Province	
LA	BL	Bolikhamsai Province	
LA	CH	Champasak Province	
LA	HO	Houaphanh Province	
LA	KH	Khammouane Province	
LA	LM	Luang Namtha Province	
LA	LP	Luang Prabang Province	
LA	OU	Oudomxay Province	
LA	PH	Phongsaly Province	
LA	SL	Salavan Province	
LA	SV	Savannakhet Province	
LA	VI	Vientiane Province	
LA	VT	Vientiane Prefecture	
LA	XA	Sainyabuli Province	
LA	XE	Sekong Province	
LA	XI	Xiangkhouang Province	
LA	XN	Xaisomboun	
LA	XS	Xaisomboun Province	
LB	AK	Akkar Governorate	
LB	AS	North Governorate	
LB	BA	Beirut Governorate	
LB	BH	Baalbek-Hermel Governorate	baalbek hermel governorate
LB	BI	Beqaa Governorate	
LB	JA	South Governorate	
LB	JL	Mount Lebanon Governorate	
LB	NA	Nabatieh Governorate	
LC	01	Anse la Raye Quarter	
LC	02	Castries Quarter	
LC	03	Choiseul Quarter	
LC	04	Dauphin Quarter	
LC	05	Dennery Quarter	
LC	06	Gros Islet Quarter	
LC	07	Laborie Quarter	
LC	08	Micoud Quarter	
LC	09	Praslin Quarter	
LC	10	Soufrière Quarter	soufriere quarter
LC	11	Vieux Fort Quarter	
LC	12	Canaries	
LI	01	Balzers	
LI	02	Eschen	
LI	03	Gamprin	
LI	04	Mauren	
LI	05	Planken	
LI	06	Ruggell	
LI	07	Schaan	
LI	08	Schellenberg	
LI	09	Triesen	
LI	10	Triesenberg	
LI	11	Vaduz	
LK	1	Western Province	
LK	11	Colombo District	
LK	12	Gampaha District	
LK	13	Kalutara District	
LK	2	Central Province	
LK	21	Kandy District	
LK	22	Matale District	
LK	23	Nuwara Eliya District	
LK	3	Southern Province	
LK	31	Galle District	
LK	32	Matara District	
LK	33	Hambantota District	
LK	4	Northern Province	
LK	41	Jaffna District	
LK	42	Kilinochchi District	
LK	43	Mannar District	
LK	44	Vavuniya District	
LK	45	Mullaitivu District	
LK	5	Eastern Province	
LK	51	Batticaloa District	
LK	52	Ampara District	
LK	53	Trincomalee District	
LK	6	North Western Province	
LK	62	Puttalam District	
LK	7	North Central Province	
LK	71	Anuradhapura District	
LK	72	Polonnaruwa District	
LK	8	Uva Province	
LK	81	Badulla District	
LK	82	Monaragala District	
LK	9	Sabaragamuwa Province	
LK	91	Ratnapura district	
LK	92	Kegalle District	
LR	BG	Bong County	
LR	BM	Bomi County	
LR	CM	Grand Cape Mount County	
LR	GB	Grand Bassa County	
LR	GG	Grand Gedeh County	
LR	GK	Grand Kru County	
LR	GP	Gbarpolu County	
LR	LO	Lofa County	
LR	MG	Margibi County	
LR	MO	Montserrado County	
LR	MY	Maryland County	
LR	NI	Nimba	
LR	RG	River Gee County	
LR	RI	River Cess County	
LR	SI	Sinoe County	
LS	A	Maseru District	
LS	B	Butha-Buthe District	butha buthe district
LS	C	Leribe District	
LS	D	Berea District	
LS	E	Mafeteng District	
LS	F	Mohale's Hoek District	mohales hoek district
LS	G	Quthing District	
LS	H	Qacha's Nek District	qachas nek district
LS	J	Mokhotlong District	
LS	K	Thaba-Tseka District	thaba tseka district
LT	01	Akmenė District Municipality	akmene district municipality
LT	02	Alytus City Municipality	
LT	03	Alytus District Municipality	
LT	05	Birštonas Municipality	birstonas municipality
LT	06	Biržai District Municipality	birzai district municipality
LT	07	Druskininkai municipality	
LT	08	Elektrėnai municipality	elektrenai municipality
LT	09	Ignalina District Municipality	
LT	10	Jonava District Municipality	
LT	11	Joniškis District Municipality	joniskis district municipality
LT	12	Jurbarkas District Municipality	
LT	13	Kaišiadorys District Municipality	kaisiadorys district municipality
LT	14	Kalvarija municipality	
LT	15	Kaunas City Municipality	
LT	16	Kaunas District Municipality	
LT	17	Kazlų Rūda municipality	kazlu ruda municipality
LT	18	Kėdainiai District Municipality	kedainiai district municipality
LT	19	Kelmė District Municipality	kelme district municipality
LT	20	Klaipeda City Municipality	
LT	21	Klaipėda District Municipality	klaipeda district municipality
LT	22	Kretinga District Municipality	
LT	23	Kupiškis District Municipality	kupiskis district municipality
LT	24	Lazdijai District Municipality	
LT	25	Marijampolė Municipality	marijampole municipality
LT	26	Mažeikiai District Municipality	mazeikiai district municipality
LT	27	Molėtai District Municipality	moletai district municipality
LT	28	Neringa Municipality	
LT	29	Pagėgiai municipality	pagegiai municipality
LT	30	Pakruojis District Municipality	
LT	31	Palanga City Municipality	
LT	32	Panevėžys City Municipality	panevezys city municipality
LT	33	Panevėžys District Municipality	panevezys district municipality
LT	34	Pasvalys District Municipality	
LT	35	Plungė District Municipality	plunge district municipality
LT	36	Prienai District Municipality	
LT	37	Radviliškis District Municipality	radviliskis district municipality
LT	38	Raseiniai District Municipality	
LT	39	Rietavas municipality	
LT	40	Rokiškis District Municipality	rokiskis district municipality
LT	41	Šakiai District Municipality	sakiai district municipality
LT	42	Šalčininkai District Municipality	salcininkai district municipality
LT	43	Šiauliai City Municipality	siauliai city municipality
LT	44	Šiauliai District Municipality	siauliai district municipality
LT	45	Šilalė District Municipality	silale district municipality
LT	46	Šilutė District Municipality	silute district municipality
LT	47	Širvintos District Municipality	sirvintos district municipality
LT	48	Skuodas District Municipality	
LT	49	Švenčionys District Municipality	svencionys district municipality
LT	50	Tauragė District Municipality	taurage district municipality
LT	51	Telšiai District Municipality	telsiai district municipality
LT	52	Trakai District Municipality	
LT	53	Ukmergė District Municipality	ukmerge district municipality
LT	54	Utena District Municipality	
LT	55	Varėna District Municipality	varena district municipality
LT	56	Vilkaviškis District Municipality	vilkaviskis district municipality
LT	57	Vilnius City Municipality	
LT	58	Vilnius District Municipality	
LT	59	Visaginas Municipality	
LT	60	Zarasai District Municipality	
LT	AL	Alytus County	
LT	KL	Klaipėda County	klaipeda county
LT	KU	Kaunas County	
LT	MR	Marijampolė County	marijampole county
LT	PN	Panevėžys County	panevezys county
LT	SA	Šiauliai County	siauliai county
LT	TA	Tauragė County	taurage county
LT	TE	Telšiai County	telsiai county
LT	UT	Utena County	
LT	VL	Vilnius County	
LU	CA	Canton of Capellen	
LU	CL	Canton of Clervaux	
LU	D	Diekirch District	
LU	DI	Canton of Diekirch	
LU	EC	Canton of Echternach	
LU	ES	Canton of Esch-sur-Alzette	canton of esch sur alzette
LU	G	Grevenmacher District	
LU	GR	Canton of Grevenmacher	
LU	L	Luxembourg District	
LU	LU	Canton of Luxembourg	
LU	ME	Canton of Mersch	
LU	RD	Canton of Redange	
LU	RM	Canton of Remich	
LU	VD	Canton of Vianden	
LU	WI	Canton of Wiltz	
LV	001	Aglona Municipality	
LV	002	Aizkraukle Municipality	
LV	003	Aizpute Municipality	
LV	004	Aknīste Municipality	akniste municipality
LV	005	Aloja Municipality	
LV	006	Alsunga Municipality	
LV	007	Alūksne Municipality	aluksne municipality
LV	008	Amata Municipality	
LV	009	Ape Municipality	
LV	010	Auce Municipality	
LV	012	Babīte Municipality	babite municipality
LV	013	Baldone Municipality	
LV	014	Baltinava Municipality	
LV	015	Balvi Municipality	
LV	016	Bauska Municipality	
LV	017	Beverīna Municipality	beverina municipality
LV	018	Brocēni Municipality	broceni municipality
LV	019	Burtnieki Municipality	
LV	020	Carnikava Municipality	
LV	021	Cesvaine Municipality	
LV	022	Cēsis Municipality	cesis municipality
LV	023	Cibla Municipality	
LV	024	Dagda Municipality	
LV	025	Daugavpils Municipality	
LV	026	Dobele Municipality	
LV	027	Dundaga Municipality	
LV	028	Durbe Municipality	
LV	029	Engure Municipality	
LV	030	Ērgļi Municipality	ergli municipality
LV	031	Garkalne Municipality	
LV	032	Grobiņa Municipality	grobina municipality
LV	033	Gulbene Municipality	
LV	034	Iecava Municipality	
LV	035	Ikšķile Municipality	ikskile municipality
LV	036	Ilūkste Municipality	ilukste municipality
LV	037	Inčukalns Municipality	incukalns municipality
LV	038	Jaunjelgava Municipality	
LV	039	Jaunpiebalga Municipality	
LV	040	Jaunpils Municipality	
LV	041	Jelgava Municipality	
LV	042	Jēkabpils Municipality	jekabpils municipality
LV	043	Kandava Municipality	
LV	044	Kārsava Municipality	karsava municipality
LV	045	Kocēni Municipality	koceni municipality
LV	046	Koknese Municipality	
LV	047	Krāslava Municipality	kraslava municipality
LV	048	Krimulda Municipality	
LV	049	Krustpils Municipality	
LV	050	Kuldīga Municipality	kuldiga municipality
LV	051	Ķegums Municipality	kegums municipality
LV	052	Ķekava Municipality	kekava municipality
LV	053	Lielvārde Municipality	lielvarde municipality
LV	054	Limbaži Municipality	limbazi municipality
LV	055	Līgatne Municipality	ligatne municipality
LV	056	Līvāni Municipality	livani municipality
LV	057	Lubāna Municipality	lubana municipality
LV	058	Ludza Municipality	
LV	059	Madona Municipality	
LV	060	Mazsalaca Municipality	
LV	061	Mālpils Municipality	malpils municipality
LV	062	Mārupe Municipality	marupe municipality
LV	063	Mērsrags Municipality	mersrags municipality
LV	064	Naukšēni Municipality	naukseni municipality
LV	065	Nereta Municipality	
LV	066	Nīca Municipality	nica municipality
LV	067	Ogre Municipality	
LV	068	Olaine Municipality	
LV	069	Ozolnieki Municipality	
LV	070	Pārgauja Municipality	pargauja municipality
LV	071	Pāvilosta Municipality	pavilosta municipality
LV	072	Pļaviņas Municipality	plavinas municipality
LV	073	Preiļi Municipality	preili municipality
LV	074	Priekule Municipality	
LV	075	Priekuļi Municipality	priekuli municipality
LV	076	Rauna Municipality	
LV	077	Rēzekne Municipality	rezekne municipality
LV	078	Riebiņi Municipality	riebini municipality
LV	079	Roja Municipality	
LV	080	Ropaži Municipality	ropazi municipality
LV	081	Rucava Municipality	
LV	082	Rugāji Municipality	rugaji municipality
LV	083	Rundāle Municipality	rundale municipality
LV	084	Rūjiena Municipality	rujiena municipality
LV	085	Sala Municipality	
LV	086	Salacgrīva Municipality	salacgriva municipality
LV	087	Salaspils Municipality	
LV	088	Saldus Municipality	
LV	089	Saulkrasti Municipality	
LV	090	Sēja Municipality	seja municipality
LV	091	Sigulda Municipality	
LV	092	Skrīveri Municipality	skriveri municipality
LV	093	Skrunda Municipality	
LV	094	Smiltene Municipality	
LV	095	Stopiņi Municipality	stopini municipality
LV	096	Strenči Municipality	strenci municipality
LV	097	Talsi Municipality	
LV	098	Tērvete Municipality	tervete municipality
LV	099	Tukums Municipality	
LV	100	Vaiņode Municipality	vainode municipality
LV	101	Valka Municipality	
LV	102	Varakļāni Municipality	varaklani municipality
LV	103	Vārkava Municipality	varkava municipality
LV	104	Vecpiebalga Municipality	
LV	105	Vecumnieki Municipality	
LV	106	Ventspils Municipality	
LV	107	Viesīte Municipality	viesite municipality
LV	108	Viļaka Municipality	vilaka municipality
LV	109	Viļāni Municipality	vilani municipality
LV	110	Zilupe Municipality	
LV	DGV	Daugavpils	
LV	JEL	Jelgava	
LV	JKB	Jēkabpils	jekabpils
LV	JUR	Jūrmala	jurmala
LV	LPX	Liepāja	liepaja
LV	REZ	Rēzekne	rezekne
LV	RIX	Riga	
LV	VEN	Ventspils	
LV	VMR	Valmiera	
LY	BA	Benghazi	
LY	DR	Derna District	
LY	GT	Ghat District	
LY	JA	Jabal al Akhdar	
LY	JG	Jabal al Gharbi District	
LY	JI	Jafara	
LY	JU	Jufra	
LY	KF	Kufra District	
LY	MB	Murqub	
LY	MI	Misrata District	
LY	MJ	Marj District	
LY	MQ	Murzuq District	
LY	NL	Nalut District	
LY	NQ	Nuqat al Khams	
LY	SB	Sabha District	
LY	SR	Sirte District	
LY	TB	Tripoli District	
LY	WA	Al Wahat District	
LY	WD	Wadi al Hayaa District	
LY	WS	Wadi al Shatii District	
LY	ZA	Zawiya District	
MA	01	Tanger-Tétouan-Al Hoceïma	tanger tetouan al hoceima
MA	02	L'Oriental	loriental
MA	03	Fès-Meknès	fes meknes
MA	04	Rabat-Salé-Kénitra	rabat sale kenitra
MA	05	Béni Mellal-Khénifra	beni mellal khenifra
MA	06	Casablanca-Settat	casablanca settat
MA	07	Marrakesh-Safi	marrakesh safi
MA	08	Drâa-Tafilalet	draa tafilalet
MA	09	Souss-Massa	souss massa
MA	10	Guelmim-Oued Noun (EH-partial)	guelmim oued noun eh partial	guelmim oued noun
MA	11	Laâyoune-Sakia El Hamra (EH-partial)	laayoune sakia el hamra eh partial	laayoune sakia el hamra
MA	12	Dakhla-Oued Ed-Dahab (EH)	dakhla oued ed dahab eh	dakhla oued ed dahab
MA	AGD	Agadir-Ida-Ou-Tanane	agadir ida ou tanane
MA	AOU	Aousserd (EH)	aousserd eh	aousserd
MA	ASZ	Assa-Zag (EH-partial)	assa zag eh partial	assa zag
MA	AZI	Azilal	
MA	BEM	Béni Mellal	beni mellal
MA	BER	Berkane	
MA	BES	Benslimane	
MA	BOD	Boujdour (EH)	boujdour eh	boujdour
MA	BOM	Boulemane	
MA	BRR	Berrechid	
MA	CAS	Casablanca	
MA	CHE	Chefchaouen	
MA	CHI	Chichaoua	
MA	CHT	Chtouka-Ait Baha	chtouka ait baha
MA	DRI	Driouch	
MA	ERR	Errachidia	
MA	ESI	Essaouira	
MA	ESM	Es-Semara (EH-partial)	es semara eh partial	es semara
MA	FAH	Fahs-Anjra	fahs anjra
MA	FES	Fès	fes
MA	FIG	Figuig	
MA	FQH	Fquih Ben Salah	
MA	GUE	Guelmim	
MA	GUF	Guercif	
MA	HAJ	El Hajeb	
MA	HAO	Al Haouz	
MA	HOC	Al Hoceïma	al hoceima
MA	IFR	Ifrane	
MA	INE	Inezgane-Ait Melloul	inezgane ait melloul
MA	JDI	El Jadida	
MA	JRA	Jerada	
MA	KEN	Kénitra	kenitra
MA	KES	El Kelâa des Sraghna	el kelaa des sraghna
MA	KHE	Khémisset	khemisset
MA	KHN	Khénifra	khenifra
MA	KHO	Khouribga	
MA	LAA	Laâyoune (EH)	laayoune eh	laayoune
MA	LAR	Larache	
MA	MAR	Marrakech	
MA	MDF	M’diq-Fnideq	mdiq fnideq
MA	MED	Médiouna	mediouna
MA	MEK	Meknès	meknes
MA	MID	Midelt	
MA	MOH	Mohammadia	
MA	MOU	Moulay Yacoub	
MA	NAD	Nador	
MA	NOU	Nouaceur	
MA	OUA	Ouarzazate	
MA	OUD	Oued Ed-Dahab (EH)	oued ed dahab eh	oued ed dahab
MA	OUJ	Oujda-Angad	oujda angad
MA	OUZ	Ouezzane	
MA	RAB	Rabat	
MA	REH	Rehamna	
MA	SAF	Safi	
MA	SAL	Salé	sale
MA	SEF	Sefrou	
MA	SET	Settat	
MA	SIB	Sidi Bennour	
MA	SIF	Sidi Ifni	
MA	SIK	Sidi Kacem	
MA	SIL	Sidi Slimane	
MA	SKH	Skhirate-Témara	skhirate temara
MA	TAF	Tarfaya (EH-partial)	tarfaya eh partial	tarfaya
MA	TAI	Taourirt	
MA	TAO	Taounate	
MA	TAR	Taroudannt	
MA	TAT	Tata	
MA	TAZ	Taza	
MA	TET	Tétouan	tetouan
MA	TIN	Tinghir	
MA	TIZ	Tiznit	
MA	TNG	Tanger-Assilah	tanger assilah
MA	TNT	Tan-Tan (EH-partial)	tan tan eh partial	tan tan
MA	YUS	Youssoufia	
MA	ZAG	Zagora	
MC	CL	La Colle	
MC	CO	La Condamine	
MC	MG	Moneghetti	
MD	AN	Anenii Noi District	
MD	BA	Bălți Municipality	balti municipality
MD	BD	Bender Municipality	
MD	BR	Briceni District	
MD	BS	Basarabeasca District	
MD	CA	Cahul District	
MD	CL	Călărași District	calarasi district
MD	CM	Cimișlia District	cimislia district
MD	CR	Criuleni District	
MD	CS	Căușeni District	causeni district
MD	CT	Cantemir District	
MD	CU	Chișinău Municipality	chisinau municipality
MD	DO	Dondușeni District	donduseni district
MD	DR	Drochia District	
MD	DU	Dubăsari District	dubasari district
MD	ED	Edineț District	edinet district
MD	FA	Fălești District	falesti district
MD	FL	Florești District	floresti district
MD	GA	Gagauzia	
MD	GL	Glodeni District	
MD	HI	Hîncești District	hincesti district
MD	IA	Ialoveni District	
MD	NI	Nisporeni District	
MD	OC	Ocnița District	ocnita district
MD	OR	Orhei District	
MD	RE	Rezina District	
MD	RI	Rîșcani District	riscani district
MD	SD	Șoldănești District	soldanesti district
MD	SI	Sîngerei District	singerei district
MD	SN	Transnistria autonomous territorial unit	
MD	SO	Soroca District	
MD	ST	Strășeni District	straseni district
MD	SV	Ștefan Vodă District	stefan voda district
MD	TA	Taraclia District	
MD	TE	Telenești District	telenesti district
MD	UN	Ungheni District	
ME	01	Andrijevica Municipality	
ME	02	Bar Municipality	
ME	03	Berane Municipality	
ME	04	Bijelo Polje Municipality	
ME	05	Budva Municipality	
ME	06	Old Royal Capital Cetinje	
ME	07	Danilovgrad Municipality	
ME	09	Kolašin Municipality	kolasin municipality
ME	10	Kotor Municipality	
ME	11	Mojkovac Municipality	
ME	12	Nikšić Municipality	niksic municipality
ME	13	Plav Municipality	
ME	14	Pljevlja Municipality	
ME	15	Plužine Municipality	pluzine municipality
ME	16	Podgorica Municipality	
ME	17	Rožaje Municipality	rozaje municipality
ME	18	Šavnik Municipality	savnik municipality
ME	19	Tivat Municipality	
ME	20	Ulcinj Municipality	
ME	21	Žabljak Municipality	zabljak municipality
ME	22	Gusinje Municipality	
ME	23	Petnjica Municipality	
MG	A	Toamasina Province	
MG	D	Antsiranana Province	
MG	F	Fianarantsoa Province	
MG	M	Mahajanga Province	
MG	T	Antananarivo Province	
MG	U	Toliara Province	
MH	L	Ralik Chain	
MH	T	Ratak Chain	
MK	01	Aerodrom Municipality	
MK	02	Aračinovo Municipality	aracinovo municipality
MK	03	Berovo Municipality	
MK	04	Bitola Municipality	
MK	05	Bogdanci Municipality	
MK	06	Bogovinje Municipality	
MK	07	Bosilovo Municipality	
MK	08	Brvenica Municipality	
MK	09	Butel Municipality	
MK	10	Valandovo Municipality	
MK	11	Vasilevo Municipality	
MK	12	Vevčani Municipality	vevcani municipality
MK	13	Veles Municipality	
MK	14	Vinica Municipality	
MK	15	Vraneštica Municipality	vranestica municipality
MK	16	Vrapčište Municipality	vrapciste municipality
MK	17	Gazi Baba Municipality	
MK	18	Gevgelija Municipality	
MK	19	Gostivar Municipality	
MK	20	Gradsko Municipality	
MK	22	Debarca Municipality	
MK	23	Delčevo Municipality	delcevo municipality
MK	24	Demir Kapija Municipality	
MK	25	Demir Hisar Municipality	
MK	26	Dojran Municipality	
MK	27	Dolneni Municipality	
MK	28	Drugovo Municipality	
MK	29	Gjorče Petrov Municipality	gjorce petrov municipality
MK	30	Želino Municipality	zelino municipality
MK	31	Zajas Municipality	
MK	32	Zelenikovo Municipality	
MK	33	Zrnovci Municipality	
MK	34	Ilinden Municipality	
MK	35	Jegunovce Municipality	
MK	36	Kavadarci Municipality	
MK	37	Karbinci	
MK	38	Karpoš Municipality	karpos municipality
MK	39	Kisela Voda Municipality	
MK	40	Kičevo Municipality	kicevo municipality
MK	41	Konče Municipality	konce municipality
MK	42	Kočani Municipality	kocani municipality
MK	43	Kratovo Municipality	
MK	44	Kriva Palanka Municipality	
MK	45	Krivogaštani Municipality	krivogastani municipality
MK	46	Kruševo Municipality	krusevo municipality
MK	47	Kumanovo Municipality	
MK	48	Lipkovo Municipality	
MK	49	Lozovo Municipality	
MK	50	Mavrovo and Rostuša Municipality	mavrovo and rostusa municipality
MK	51	Makedonska Kamenica Municipality	
MK	52	Makedonski Brod Municipality	
MK	53	Mogila Municipality	
MK	54	Negotino Municipality	
MK	55	Novaci Municipality	
MK	56	Novo Selo Municipality	
MK	57	Oslomej Municipality	
MK	58	Ohrid Municipality	
MK	59	Petrovec Municipality	
MK	60	Pehčevo Municipality	pehcevo municipality
MK	61	Plasnica Municipality	
MK	62	Prilep Municipality	
MK	63	Probištip Municipality	probistip municipality
MK	64	Radoviš Municipality	radovis municipality
MK	65	Rankovce Municipality	
MK	66	Resen Municipality	
MK	67	Rosoman Municipality	
MK	68	Saraj Municipality	
MK	69	Sveti Nikole Municipality	
MK	70	Sopište Municipality	sopiste municipality
MK	71	Staro Nagoričane Municipality	staro nagoricane municipality
MK	72	Struga Municipality	
MK	73	Strumica Municipality	
MK	74	Studeničani Municipality	studenicani municipality
MK	75	Tearce Municipality	
MK	76	Tetovo Municipality	
MK	77	Centar Municipality	
MK	78	Centar Župa Municipality	centar zupa municipality
MK	79	Čair Municipality	cair municipality
MK	80	Čaška Municipality	caska municipality
MK	81	Češinovo-Obleševo Municipality	cesinovo oblesevo municipality
MK	82	Čučer-Sandevo Municipality	cucer sandevo municipality
MK	83	Štip Municipality	stip municipality
MK	84	Šuto Orizari Municipality	suto orizari municipality
MK	85	Greater Skopje	
ML	1	Kayes Region	
ML	10	Taoudénit Region	taoudenit region
ML	2	Koulikoro Region	
ML	3	Sikasso Region	
ML	4	Ségou Region	segou region
ML	5	Mopti Region	
ML	6	Tombouctou Region	
ML	7	Gao Region	
ML	8	Kidal Region	
ML	9	Ménaka Region	menaka region
ML	BKO	Bamako	
MM	01	Sagaing Region	
MM	02	Bago	
MM	03	Magway Region	
MM	04	Mandalay Region	
MM	05	Tanintharyi Region	
MM	06	Yangon Region	
MM	07	Ayeyarwady Region	
MM	11	Kachin State	
MM	12	Kayah State	
MM	13	Kayin State	
MM	14	Chin State	
MM	15	Mon State	
MM	16	Rakhine State	
MM	17	Shan State	
MM	18	Naypyidaw Union Territory	
MN	035	Orkhon Province	
MN	037	Darkhan-Uul Province	darkhan uul province
MN	039	Khentii Province	
MN	041	Khövsgöl Province	khovsgol province
MN	043	Khovd Province	
MN	046	Uvs Province	
MN	047	Töv Province	tov province
MN	049	Selenge Province	
MN	051	Sükhbaatar Province	sukhbaatar province
MN	053	Ömnögovi Province	omnogovi province
MN	055	Övörkhangai Province	ovorkhangai province
MN	057	Zavkhan Province	
MN	059	Dundgovi Province	
MN	061	Dornod Province	
MN	063	Dornogovi Province	
MN	064	Govisümber Province	govisumber province
MN	065	Govi-Altai Province	govi altai province
MN	067	Bulgan Province	
MN	069	Bayankhongor Province	
MN	071	Bayan-Ölgii Province	bayan olgii province
MN	073	Arkhangai Province	
MR	01	Hodh Ech Chargui Region	
MR	02	Hodh El Gharbi Region	
MR	03	Assaba Region	
MR	04	Gorgol Region	
MR	05	Brakna Region	
MR	06	Trarza Region	
MR	07	Adrar Region	
MR	08	Dakhlet Nouadhibou	
MR	09	Tagant Region	
MR	10	Guidimaka Region	
MR	11	Tiris Zemmour Region	
MR	12	Inchiri Region	
MR	13	Nouakchott-Ouest Region	nouakchott ouest region
MR	14	Nouakchott-Nord Region	nouakchott nord region
MR	15	Nouakchott-Sud Region	nouakchott sud region
MT	01	Attard	
MT	02	Balzan	
MT	03	Birgu	
MT	04	Birkirkara	
MT	05	Birżebbuġa	birzebbuga
MT	06	Cospicua	
MT	07	Dingli	
MT	08	Fgura	
MT	09	Floriana	
MT	10	Fontana	
MT	11	Gudja	
MT	12	Gżira	gzira
MT	13	Għajnsielem	
MT	14	Għarb	
MT	15	Għargħur	
MT	16	Għasri	
MT	17	Għaxaq	
MT	18	Ħamrun	
MT	19	Iklin	
MT	20	Senglea	
MT	21	Kalkara	
MT	22	Kerċem	kercem
MT	23	Kirkop	
MT	24	Lija	
MT	25	Luqa	
MT	26	Marsa	
MT	27	Marsaskala	
MT	28	Marsaxlokk	
MT	29	Mdina	
MT	30	Mellieħa	
MT	31	Mġarr	mgarr
MT	32	Mosta	
MT	33	Mqabba	
MT	34	Msida	
MT	35	Mtarfa	
MT	36	Munxar	
MT	37	Nadur	
MT	38	Naxxar	
MT	39	Paola	
MT	40	Pembroke	
MT	41	Pietà	pieta
MT	42	Qala	
MT	43	Qormi	
MT	44	Qrendi	
MT	45	Victoria	
MT	46	Rabat	
MT	48	St. Julian's	st julians
MT	49	San Ġwann	san gwann
MT	50	Saint Lawrence	
MT	51	St. Paul's Bay	st pauls bay
MT	52	Sannat	
MT	53	Santa Luċija	santa lucija
MT	54	Santa Venera	
MT	55	Siġġiewi	siggiewi
MT	56	Sliema	
MT	57	Swieqi	
MT	58	Ta' Xbiex	ta xbiex
MT	59	Tarxien	
MT	60	Valletta	
MT	61	Xagħra	
MT	62	Xewkija	
MT	63	Xgħajra	
MT	64	Żabbar	zabbar
MT	65	Żebbuġ Gozo	zebbug gozo
MT	66	Żebbuġ Malta	zebbug malta
MT	67	Żejtun	zejtun
MT	68	Żurrieq	zurrieq
MU	AG	Agaléga	agalega
MU	BL	Rivière Noire District	riviere noire district
MU	BR	Beau Bassin-Rose Hill	beau bassin rose hill
MU	CC	Cargados Carajos	
MU	CU	Curepipe	
MU	FL	Flacq District	
MU	GP	Grand Port District	
MU	MO	Moka District	
MU	PA	Pamplemousses District	
MU	PL	Port Louis District	
MU	PU	Port Louis	
MU	PW	Plaines Wilhems District	
MU	QB	Quatre Bornes	
MU	RO	Rodrigues	
MU	RR	Rivière du Rempart District	riviere du rempart district
MU	SA	Savanne District	
MU	VP	Vacoas-Phoenix	vacoas phoenix
MV	00	Alif Dhaal Atoll	
MV	01	Addu Atoll	
MV	02	Alif Alif Atoll	
MV	03	Lhaviyani Atoll	
MV	04	Vaavu Atoll	
MV	05	Laamu Atoll	
MV	07	Haa Alif Atoll	
MV	08	Thaa Atoll	
MV	12	Meemu Atoll	
MV	13	Raa Atoll	
MV	14	Faafu Atoll	
MV	17	Dhaalu Atoll	
MV	23	Haa Dhaalu Atoll	
MV	24	Shaviyani Atoll	
MV	25	Noonu Atoll	
MV	26	Kaafu Atoll	
MV	27	Gaafu Alif Atoll	
MV	28	Gaafu Dhaalu Atoll	
MV	29	Gnaviyani Atoll	
MV	CE	Central Province	
MV	MLE	Malé	male
MV	NC	North Central Province	
MV	NO	North Province	
MV	SC	South Central Province	
MV	SU	South Province	
MV	US	Upper South Province	
MW	BA	Balaka District	
MW	BL	Blantyre District	
MW	C	Central Region	
MW	CK	Chikwawa District	
MW	CR	Chiradzulu District	
MW	CT	Chitipa district	
MW	DE	Dedza District	
MW	DO	Dowa District	
MW	KR	Karonga District	
MW	KS	Kasungu District	
MW	LI	Lilongwe District	
MW	LK	Likoma District	
MW	MC	Mchinji District	
MW	MG	Mangochi District	
MW	MH	Machinga District	
MW	MU	Mulanje District	
MW	MW	Mwanza District	
MW	MZ	Mzimba District	
MW	N	Northern Region	
MW	NB	Nkhata Bay District	
MW	NI	Ntchisi District	
MW	NK	Nkhotakota District	
MW	NS	Nsanje District	
MW	NU	Ntcheu District	
MW	PH	Phalombe District	
MW	RU	Rumphi District	
MW	S	Southern Region	
MW	SA	Salima District	
MW	TH	Thyolo District	
MW	ZO	Zomba District	
MX	AGU	Aguascalientes	
MX	BCN	Baja California	
MX	BCS	Baja California Sur	
MX	CAM	Campeche	
MX	CDMX	Ciudad de México	ciudad de mexico
MX	CHH	Chihuahua	
MX	CHP	Chiapas	
MX	COA	Coahuila de Zaragoza	
MX	COL	Colima	
MX	DUR	Durango	
MX	GRO	Guerrero	
MX	GUA	Guanajuato	
MX	HID	Hidalgo	
MX	JAL	Jalisco	
MX	MEX	Estado de México	estado de mexico
MX	MIC	Michoacán de Ocampo	michoacan de ocampo
MX	MOR	Morelos	
MX	NAY	Nayarit	
MX	NLE	Nuevo León	nuevo leon
MX	OAX	Oaxaca	
MX	PUE	Puebla	
MX	QUE	Querétaro	queretaro
MX	ROO	Quintana Roo	
MX	SIN	Sinaloa	
MX	SLP	San Luis Potosí	san luis potosi
MX	SON	Sonora	
MX	TAB	Tabasco	
MX	TAM	Tamaulipas	
MX	TLA	Tlaxcala	
MX	VER	Veracruz de Ignacio de la Llave	
MX	YUC	Yucatán	yucatan
MX	ZAC	Zacatecas	
MY	01	Johor	
MY	02	Kedah	
MY	03	Kelantan	
MY	04	Malacca	
MY	05	Negeri Sembilan	
MY	06	Pahang	
MY	07	Penang	
MY	08	Perak	
MY	09	Perlis	
MY	10	Selangor	
MY	11	Terengganu	
MY	12	Sabah	
MY	13	Sarawak	
MY	14	Kuala Lumpur	
MY	15	Labuan	
MY	16	Putrajaya	
MZ	A	Niassa Province	
MZ	B	Manica Province	
MZ	G	Gaza Province	
MZ	I	Inhambane Province	
MZ	L	Maputo Province	
MZ	MPM	Maputo	
MZ	N	Nampula Province	
MZ	P	Cabo Delgado Province	
MZ	Q	Zambezia Province	
MZ	S	Sofala Province	
MZ	T	Tete Province	
NA	CA	Zambezi Region	
NA	ER	Erongo Region	
NA	HA	Hardap Region	
NA	KA	Karas Region	
NA	KE	Kavango East Region	
NA	KH	Khomas Region	
NA	KU	Kunene Region	
NA	KW	Kavango West Region	
NA	OD	Otjozondjupa Region	
NA	OH	Omaheke Region	
NA	ON	Oshana Region	
NA	OS	Omusati Region	
NA	OT	Oshikoto Region	
NA	OW	Ohangwena Region	
NE	1	Agadez Region	
NE	2	Diffa Region	
NE	3	Dosso Region	
NE	4	Maradi Region	
NE	5	Tahoua Region	
NE	6	Tillabéri Region	tillaberi region
NE	7	Zinder Region	
NG	AB	Abia	
NG	AD	Adamawa	
NG	AK	Akwa Ibom	
NG	AN	Anambra	
NG	BA	Bauchi	
NG	BE	Benue	
NG	BO	Borno	
NG	BY	Bayelsa	
NG	CR	Cross River	
NG	DE	Delta	
NG	EB	Ebonyi	
NG	ED	Edo	
NG	EK	Ekiti	
NG	EN	Enugu	
NG	FC	Abuja Federal Capital Territory	
NG	GO	Gombe	
NG	IM	Imo	
NG	JI	Jigawa	
NG	KD	Kaduna	
NG	KE	Kebbi	
NG	KN	Kano	
NG	KO	Kogi	
NG	KT	Katsina	
NG	KW	Kwara	
NG	LA	Lagos	
NG	NA	Nasarawa	
NG	NI	Niger	
NG	OG	Ogun	
NG	ON	Ondo	
NG	OS	Osun	
NG	OY	Oyo	
NG	PL	Plateau	
NG	RI	Rivers	
NG	SO	Sokoto	
NG	TA	Taraba	
NG	YO	Yobe	
NG	ZA	Zamfara	
NI	AN	North Caribbean Coast	
NI	AS	South Caribbean Coast	
NI	BO	Boaco	
NI	CA	Carazo	
NI	CI	Chinandega	
NI	CO	Chontales	
NI	ES	Estelí	esteli
NI	GR	Granada	
NI	JI	Jinotega	
NI	LE	León	leon
NI	MD	Madriz	
NI	MN	Managua	
NI	MS	Masaya	
NI	MT	Matagalpa	
NI	NS	Nueva Segovia	
NI	RI	Rivas	
NI	SJ	Río San Juan	rio san juan
NL	BQ1	Bonaire	
NL	BQ2	Saba	
NL	BQ3	Sint Eustatius	
NL	DR	Drenthe	
NL	FL	Flevoland	
NL	FR	Friesland	
NL	GE	Gelderland	
NL	GR	Groningen	
NL	LI	Limburg	
NL	NB	North Brabant	
NL	NH	North Holland	
NL	OV	Overijssel	
NL	UT	Utrecht	
NL	ZE	Zeeland	
NL	ZH	South Holland	
NO	01	Østfold	ostfold
NO	02	Akershus	
NO	03	Oslo	
NO	04	Hedmark	
NO	05	Oppland	
NO	06	Buskerud	
NO	07	Vestfold	
NO	08	Telemark	
NO	10	Vest-Agder	vest agder
NO	11	Rogaland	
NO	12	Hordaland	
NO	14	Sogn og Fjordane	
NO	15	Møre og Romsdal	more og romsdal
NO	16	Sør-Trøndelag	sor trondelag
NO	17	Nord-Trøndelag	nord trondelag
NO	18	Nordland	
NO	19	Troms	
NO	20	Finnmark	
NO	21	Svalbard	
NO	22	Jan Mayen	
NO	50	Trøndelag	trondelag
NP	1	Central Region	
NP	2	Mid-Western Region	mid western region
NP	3	Western Region	
NP	4	Eastern Development Region	
NP	5	Far-Western Development Region	far western development region
NP	BA	Bagmati Zone	
NP	BH	Bheri Zone	
NP	DH	Dhaulagiri Zone	
NP	GA	Gandaki Zone	
NP	JA	Janakpur Zone	
NP	KA	Karnali Zone	
NP	KO	Kosi Zone	
NP	LU	Lumbini Zone	
NP	MA	Mahakali Zone	
NP	ME	Mechi Zone	
NP	NA	Narayani Zone	
NP	RA	Rapti Zone	
NP	SA	Sagarmatha Zone	
NP	SE	Seti Zone	
NR	01	Aiwo District	
NR	02	Anabar District	
NR	03	Anetan District	
NR	04	Anibare District	
NR	05	Baiti District	
NR	06	Boe District	
NR	07	Buada District	
NR	08	Denigomodu District	
NR	09	Ewa District	
NR	10	Ijuw District	
NR	11	Meneng District	
NR	12	Nibok District	
NR	13	Uaboe District	
NR	14	Yaren District	
NZ	AUK	Auckland Region	
NZ	BOP	Bay of Plenty Region	
NZ	CAN	Canterbury Region	
NZ	CIT	Chatham Islands	
NZ	GIS	Gisborne District	
NZ	HKB	Hawke's Bay Region	hawkes bay region
NZ	MBH	Marlborough Region	
NZ	MWT	Manawatu-Wanganui Region	manawatu wanganui region
NZ	NSN	Nelson Region	
NZ	NTL	Northland Region	
NZ	OTA	Otago Region	
NZ	STL	Southland Region	
NZ	TAS	Tasman District	
NZ	TKI	Taranaki Region	
NZ	WGN	Wellington Region	
NZ	WKO	Waikato Region	
NZ	WTC	West Coast Region	
OM	BA	Al Batinah Region	
OM	BJ	Al Batinah South Governorate	
OM	BS	Al Batinah North Governorate	
OM	BU	Al Buraimi Governorate	
OM	DA	Ad Dakhiliyah Governorate	
OM	MA	Muscat Governorate	
OM	MU	Musandam Governorate	
OM	SH	Ash Sharqiyah Region	
OM	SJ	Ash Sharqiyah South Governorate	
OM	SS	Ash Sharqiyah North Governorate	
OM	WU	Al Wusta Governorate	
OM	ZA	Ad Dhahirah Governorate	
OM	ZU	Dhofar Governorate	
PA	1	Bocas del Toro Province	
PA	10	Panamá Oeste Province	panama oeste province
PA	2	Coclé Province	cocle province
PA	3	Colón Province	colon province
PA	4	Chiriquí Province	chiriqui province
PA	5	Darién Province	darien province
PA	6	Herrera Province	
PA	7	Los Santos Province	
PA	8	Panamá Province	panama province
PA	9	Veraguas Province	
PA	EM	Emberá-Wounaan Comarca	embera wounaan comarca
PA	KY	Guna Yala	
PA	NB	Ngöbe-Buglé Comarca	ngobe bugle comarca
PE	AMA	Amazonas	
PE	ANC	Áncash	ancash
PE	APU	Apurímac	apurimac
PE	ARE	Arequipa	
PE	AYA	Ayacucho	
PE	CAJ	Cajamarca	
PE	CAL	Callao	
PE	CUS	Cusco	
PE	HUC	Huanuco	
PE	HUV	Huancavelica	
PE	ICA	Ica	
PE	JUN	Junín	junin
PE	LAL	La Libertad	
PE	LAM	Lambayeque	
PE	LIM	Lima	
PE	LOR	Loreto	
PE	MDD	Madre de Dios	
PE	MOQ	Moquegua	
PE	PAS	Pasco	
PE	PIU	Piura	
PE	PUN	Puno	
PE	SAM	San Martín	san martin
PE	TAC	Tacna	
PE	TUM	Tumbes	
PE	UCA	Ucayali	
PG	CPK	Chimbu Province	
PG	CPM	Central Province	
PG	EBR	East New Britain	
PG	EHG	Eastern Highlands Province	
PG	EPW	Enga Province	
PG	GPK	Gulf	
PG	HLA	Hela	
PG	JWK	Jiwaka Province	
PG	MBA	Milne Bay Province	
PG	MPL	Morobe Province	
PG	MPM	Madang Province	
PG	MRL	Manus Province	
PG	NCD	Port Moresby	
PG	NIK	New Ireland Province	
PG	NPP	Oro Province	
PG	NSB	Bougainville	
PG	SAN	Sandaun Province	
PG	SHM	Southern Highlands Province	
PG	WBK	West New Britain Province	
PG	WHM	Western Highlands Province	
PG	WPD	Western Province	
PH	01	Ilocos Region	
PH	02	Cagayan Valley	
PH	03	Central Luzon	
PH	05	Bicol Region	
PH	06	Western Visayas	
PH	07	Central Visayas	
PH	08	Eastern Visayas	
PH	09	Zamboanga Peninsula	
PH	10	Northern Mindanao	
PH	11	Davao Region	
PH	12	Soccsksargen	
PH	13	Caraga	
PH	14	Autonomous Region in Muslim Mindanao	
PH	15	Cordillera Administrative Region	
PH	40	Calabarzon	
PH	41	Mimaropa	
PH	ABR	Abra	
PH	AGN	Agusan del Norte	
PH	AGS	Agusan del Sur	
PH	AKL	Aklan	
PH	ALB	Albay	
PH	ANT	Antique	
PH	APA	Apayao	
PH	AUR	Aurora	
PH	BAN	Bataan	
PH	BAS	Basilan	
PH	BEN	Benguet	
PH	BIL	Biliran	
PH	BOH	Bohol	
PH	BTG	Batangas	
PH	BTN	Batanes	
PH	BUK	Bukidnon	
PH	BUL	Bulacan	
PH	CAG	Cagayan	
PH	CAM	Camiguin	
PH	CAN	Camarines Norte	
PH	CAP	Capiz	
PH	CAS	Camarines Sur	
PH	CAT	Catanduanes	
PH	CAV	Cavite	
PH	CEB	Cebu	
PH	COM	Compostela Valley	
PH	DAO	Davao Oriental	
PH	DAS	Davao del Sur	
PH	DAV	Davao del Norte	
PH	DIN	Dinagat Islands	
PH	DVO	Davao Occidental	
PH	EAS	Eastern Samar	
PH	GUI	Guimaras	
PH	IFU	Ifugao	
PH	ILI	Iloilo	
PH	ILN	Ilocos Norte	
PH	ILS	Ilocos Sur	
PH	ISA	Isabela	
PH	KAL	Kalinga	
PH	LAG	Laguna	
PH	LAN	Lanao del Norte	
PH	LAS	Lanao del Sur	
PH	LEY	Leyte	
PH	LUN	La Union	
PH	MAD	Marinduque	
PH	MAG	Maguindanao	
PH	MAS	Masbate	
PH	MDC	Occidental Mindoro	
PH	MDR	Oriental Mindoro	
PH	MOU	Mountain Province	
PH	MSC	Misamis Occidental	
PH	MSR	Misamis Oriental	
PH	NCO	Cotabato	
PH	NCR	Metro Manila	
PH	NEC	Negros Occidental	
PH	NER	Negros Oriental	
PH	NSA	Northern Samar	
PH	NUE	Nueva Ecija	
PH	NUV	Nueva Vizcaya	
PH	PAM	Pampanga	
PH	PAN	Pangasinan	
PH	PLW	Palawan	
PH	QUE	Quezon	
PH	QUI	Quirino	
PH	RIZ	Rizal	
PH	ROM	Romblon	
PH	SAR	Sarangani	
PH	SCO	South Cotabato	
PH	SIG	Siquijor	
PH	SLE	Southern Leyte	
PH	SLU	Sulu	
PH	SOR	Sorsogon	
PH	SUK	Sultan Kudarat	
PH	SUN	Surigao del Norte	
PH	SUR	Surigao del Sur	
PH	TAR	Tarlac	
PH	TAW	Tawi-Tawi	tawi tawi
PH	ZAN	Zamboanga del Norte	
PH	ZAS	Zamboanga del Sur	
PH	ZMB	Zambales	
PH	ZSI	Zamboanga Sibugay	
PK	BA	Balochistan	
PK	GB	Gilgit-Baltistan	gilgit baltistan
PK	IS	Islamabad Capital Territory	
PK	JK	Azad Kashmir	
PK	KP	Khyber Pakhtunkhwa	
PK	PB	Punjab	
PK	SD	Sindh	
PK	TA	Federally Administered Tribal Areas	
PL	DS	Lower Silesian Voivodeship	
PL	KP	Kuyavian-Pomeranian Voivodeship	kuyavian pomeranian voivodeship
PL	LB	Lubusz Voivodeship	
PL	LD	Łódź Voivodeship	lodz voivodeship
PL	LU	Lublin Voivodeship	
PL	MA	Lesser Poland Voivodeship	
PL	MZ	Masovian Voivodeship	
PL	OP	Opole Voivodeship	
PL	PD	Podlaskie Voivodeship	
PL	PK	Podkarpackie Voivodeship	
PL	PM	Pomeranian Voivodeship	
PL	SK	Świętokrzyskie Voivodeship	swietokrzyskie voivodeship
PL	SL	Silesian Voivodeship	
PL	WN	Warmian-Masurian Voivodeship	warmian masurian voivodeship
PL	WP	Greater Poland Voivodeship	
PL	ZP	West Pomeranian Voivodeship	
PT	01	Aveiro	
PT	02	Beja	
PT	03	Braga	
PT	04	Bragança	braganca
PT	05	Castelo Branco	
PT	06	Coimbra	
PT	07	Évora	evora
PT	08	Faro	
PT	09	Guarda	
PT	10	Leiria	
PT	11	Lisbon	
PT	12	Portalegre	
PT	13	Porto	
PT	14	Santarém	santarem
PT	15	Setúbal	setubal
PT	16	Viana do Castelo	
PT	17	Vila Real	
PT	18	Viseu	
PT	20	Açores	acores
PT	30	Madeira	
PW	002	Aimeliik	
PW	004	Airai	
PW	010	Angaur	
PW	050	Hatohobei	
PW	100	Kayangel	
PW	150	Koror	
PW	212	Melekeok	
PW	214	Ngaraard	
PW	218	Ngarchelong	
PW	222	Ngardmau	
PW	224	Ngatpang	
PW	226	Ngchesar	
PW	227	Ngeremlengui	
PW	228	Ngiwal	
PW	350	Peleliu	
PW	370	Sonsorol	
PY	1	Concepción Department	concepcion department
PY	10	Alto Paraná Department	alto parana department
PY	11	Central Department	
PY	12	Ñeembucú Department	neembucu department
PY	13	Amambay Department	
PY	14	Canindeyú	canindeyu
PY	15	Presidente Hayes Department	
PY	16	Alto Paraguay Department	
PY	19	Boquerón Department	boqueron department
PY	2	San Pedro Department	
PY	3	Cordillera Department	
PY	4	Guairá Department	guaira department
PY	5	Caaguazú	caaguazu
PY	6	Caazapá	caazapa
PY	7	Itapúa	itapua
PY	8	Misiones Department	
PY	9	Paraguarí Department	paraguari department
QA	DA	Doha	
QA	KH	Al Khor	
QA	MS	Madinat ash Shamal	
QA	RA	Al Rayyan Municipality	
QA	SH	Al-Shahaniya	al shahaniya
QA	US	Umm Salal Municipality	
QA	WA	Al Wakrah	
QA	ZA	Al Daayen	
RO	AB	Alba	
RO	AG	Arges	
RO	AR	Arad County	
RO	B	Bucharest	
RO	BC	Bacău County	bacau county
RO	BH	Bihor County	
RO	BN	Bistrița-Năsăud County	bistrita nasaud county
RO	BR	Braila	
RO	BT	Botoșani County	botosani county
RO	BV	Brașov County	brasov county
RO	BZ	Buzău County	buzau county
RO	CJ	Cluj County	
RO	CL	Călărași County	calarasi county
RO	CS	Caraș-Severin County	caras severin county
RO	CT	Constanța County	constanta county
RO	CV	Covasna County	
RO	DB	Dâmbovița County	dambovita county
RO	DJ	Dolj County	
RO	GJ	Gorj County	
RO	GL	Galați County	galati county
RO	GR	Giurgiu County	
RO	HD	Hunedoara County	
RO	HR	Harghita County	
RO	IF	Ilfov County	
RO	IL	Ialomița County	ialomita county
RO	IS	Iași County	iasi county
RO	MH	Mehedinți County	mehedinti county
RO	MM	Maramureș County	maramures county
RO	MS	Mureș County	mures county
RO	NT	Neamț County	neamt county
RO	OT	Olt County	
RO	PH	Prahova County	
RO	SB	Sibiu County	
RO	SJ	Sălaj County	salaj county
RO	SM	Satu Mare County	
RO	SV	Suceava County	
RO	TL	Tulcea County	
RO	TM	Timiș County	timis county
RO	TR	Teleorman County	
RO	VL	Vâlcea County	valcea county
RO	VN	Vrancea County	
RO	VS	Vaslui County	
RS	00	Belgrade	
RS	01	North Bačka District	north backa district
RS	02	Central Banat District	
RS	03	North Banat District	
RS	04	South Banat District	
RS	05	West Bačka District	west backa district
RS	06	South Bačka District	south backa district
RS	07	Srem District	
RS	08	Mačva District	macva district
RS	09	Kolubara District	
RS	10	Podunavlje District	
RS	11	Braničevo District	branicevo district
RS	12	Šumadija District	sumadija district
RS	13	Pomoravlje District	
RS	14	Bor District	
RS	15	Zaječar District	zajecar district
RS	16	Zlatibor District	
RS	17	Moravica District	
RS	18	Raška District	raska district
RS	19	Rasina District	
RS	20	Nišava District	nisava district
RS	21	Toplica District	
RS	22	Pirot District	
RS	23	Jablanica District	
RS	24	Pčinja District	pcinja district
RS	VO	Vojvodina	
RU	AD	Republic of Adygea	
RU	AL	Altai Republic	
RU	ALT	Altai Krai	
RU	AMU	Amur Oblast	
RU	ARK	Arkhangelsk	
RU	AST	Astrakhan Oblast	
RU	BA	Republic of Bashkortostan	
RU	BEL	Belgorod Oblast	
RU	BRY	Bryansk Oblast	
RU	BU	Republic of Buryatia	
RU	CE	Chechen Republic	
RU	CHE	Chelyabinsk Oblast	
RU	CHU	Chukotka Autonomous Okrug	
RU	CU	Chuvash Republic	
RU	DA	Republic of Dagestan	
RU	IN	Republic of Ingushetia	
RU	IRK	Irkutsk	
RU	IVA	Ivanovo Oblast	
RU	KAM	Kamchatka Krai	
RU	KB	Kabardino-Balkar Republic	kabardino balkar republic
RU	KC	Karachay-Cherkess Republic	karachay cherkess republic
RU	KDA	Krasnodar Krai	
RU	KEM	Kemerovo Oblast	
RU	KGD	Kaliningrad	
RU	KGN	Kurgan Oblast	
RU	KHA	Khabarovsk Krai	
RU	KHM	Khanty-Mansi Autonomous Okrug	khanty mansi autonomous okrug
RU	KIR	Kirov Oblast	
RU	KK	Republic of Khakassia	
RU	KL	Republic of Kalmykia	
RU	KLU	Kaluga Oblast	
RU	KO	Komi Republic	
RU	KOS	Kostroma Oblast	
RU	KR	Republic of Karelia	
RU	KRS	Kursk Oblast	
RU	KYA	Krasnoyarsk Krai	
RU	LEN	Leningrad Oblast	
RU	LIP	Lipetsk Oblast	
RU	MAG	Magadan Oblast	
RU	ME	Mari El Republic	
RU	MO	Republic of Mordovia	
RU	MOS	Moscow Oblast	
RU	MOW	Moscow	
RU	MUR	Murmansk Oblast	
RU	NEN	Nenets Autonomous Okrug	
RU	NGR	Novgorod Oblast	
RU	NIZ	Nizhny Novgorod Oblast	
RU	NVS	Novosibirsk	
RU	OMS	Omsk Oblast	
RU	ORE	Orenburg Oblast	
RU	ORL	Oryol Oblast	
RU	PER	Perm Krai	
RU	PNZ	Penza Oblast	
RU	PRI	Primorsky Krai	
RU	PSK	Pskov Oblast	
RU	ROS	Rostov Oblast	
RU	RYA	Ryazan Oblast	
RU	SA	Sakha Republic	
RU	SAK	Sakhalin	
RU	SAM	Samara Oblast	
RU	SAR	Saratov Oblast	
RU	SE	Republic of North Ossetia-Alania	republic of north ossetia alania
RU	SMO	Smolensk Oblast	
RU	SPE	Saint Petersburg	
RU	STA	Stavropol Krai	
RU	SVE	Sverdlovsk	
RU	TA	Republic of Tatarstan	
RU	TAM	Tambov Oblast	
RU	TOM	Tomsk Oblast	
RU	TUL	Tula Oblast	
RU	TVE	Tver Oblast	
RU	TY	Tuva Republic	
RU	TYU	Tyumen Oblast	
RU	UA-40	Sevastopol	
RU	UD	Udmurt Republic	
RU	ULY	Ulyanovsk Oblast	
RU	VGG	Volgograd Oblast	
RU	VLA	Vladimir Oblast	
RU	VLG	Vologda Oblast	
RU	VOR	Voronezh Oblast	
RU	YAN	Yamalo-Nenets Autonomous Okrug	yamalo nenets autonomous okrug
RU	YAR	Yaroslavl Oblast	
RU	YEV	Jewish Autonomous Oblast	
RU	ZAB	Zabaykalsky Krai	
RW	01	Kigali district	
RW	02	Eastern Province	
RW	03	Northern Province	
RW	04	Western Province	
RW	05	Southern Province	
SA	01	Riyadh	
SA	02	Makkah	
SA	03	Al Madinah	
SA	04	Eastern Province	
SA	05	Al-Qassim	al qassim
SA	06	Ha'il	hail
SA	07	Tabuk	
SA	08	Northern Borders	
SA	09	Jizan	
SA	10	Najran	
SA	11	Al Bahah	
SA	12	Al Jawf	
SA	14	'Asir	asir
SB	CE	Central Province	
SB	CH	Choiseul Province	
SB	CT	Honiara	
SB	GU	Guadalcanal Province	
SB	IS	Isabel Province	
SB	MK	Makira-Ulawa Province	makira ulawa province
SB	ML	Malaita Province	
SB	RB	Rennell and Bellona Province	
SB	TE	Temotu Province	
SB	WE	Western Province	
SC	01	Anse-aux-Pins	anse aux pins
SC	02	Anse Boileau	
SC	04	Au Cap	
SC	05	Anse Royale	
SC	06	Baie Lazare	
SC	07	Baie Sainte Anne	
SC	08	Beau Vallon	
SC	09	Bel Air	
SC	10	Bel Ombre	
SC	11	Cascade	
SC	12	Glacis	
SC	13	Grand'Anse Mahé	grandanse mahe
SC	14	Grand'Anse Praslin	grandanse praslin
SC	15	La Digue	
SC	16	La Rivière Anglaise	la riviere anglaise
SC	17	Mont Buxton	
SC	18	Mont Fleuri	
SC	19	Plaisance	
SC	20	Pointe La Rue	
SC	21	Port Glaud	
SC	22	Saint Louis	
SC	23	Takamaka	
SC	24	Les Mamelles	
SC	25	Roche Caiman	
SD	DC	Central Darfur	
SD	DE	East Darfur	
SD	DN	North Darfur	
SD	DS	South Darfur	
SD	DW	West Darfur	
SD	GD	Al Qadarif	
SD	GK	West Kordofan	
SD	GZ	Al Jazirah	
SD	KA	Kassala	
SD	KH	Khartoum	
SD	KN	North Kordofan	
SD	KS	South Kordofan	
SD	NB	Blue Nile	
SD	NO	Northern	
SD	NR	River Nile	
SD	NW	White Nile	
SD	RS	Red Sea	
SD	SI	Sennar	
SE	AB	Stockholm County	
SE	AC	Västerbotten County	vasterbotten county
SE	BD	Norrbotten County	
SE	C	Uppsala County	
SE	D	Södermanland County	sodermanland county
SE	E	Östergötland County	ostergotland county
SE	F	Jönköping County	jonkoping county
SE	G	Kronoberg County	
SE	H	Kalmar County	
SE	I	Gotland County	
SE	K	Blekinge	
SE	M	Skåne County	skane county
SE	N	Halland County	
SE	O	Västra Götaland County	vastra gotaland county
SE	S	Värmland County	varmland county
SE	T	Örebro County	orebro county
SE	U	Västmanland County	vastmanland county
SE	W	Dalarna County	
SE	X	Gävleborg County	gavleborg county
SE	Y	Västernorrland County	vasternorrland county
SG	01	Central Singapore Community Development Council	
SG	02	North East Community Development Council	
SG	03	North West Community Development Council	
SG	04	South East Community Development Council	
SG	05	South West Community Development Council	
SI	001	Ajdovščina Municipality	ajdovscina municipality
SI	002	Beltinci Municipality	
SI	003	Bled Municipality	
SI	004	Bohinj Municipality	
SI	005	Borovnica Municipality	
SI	006	Bovec Municipality	
SI	007	Brda Municipality	
SI	008	Brezovica Municipality	
SI	009	Brežice Municipality	brezice municipality
SI	010	Tišina Municipality	tisina municipality
SI	011	City Municipality of Celje	
SI	012	Cerklje na Gorenjskem Municipality	
SI	013	Cerknica Municipality	
SI	014	Cerkno Municipality	
SI	015	Črenšovci Municipality	crensovci municipality
SI	016	Črna na Koroškem Municipality	crna na koroskem municipality
SI	017	Črnomelj Municipality	crnomelj municipality
SI	018	Destrnik Municipality	
SI	019	Divača Municipality	divaca municipality
SI	020	Dobrepolje Municipality	
SI	021	Dobrova–Polhov Gradec Municipality	dobrova polhov gradec municipality
SI	022	Dol pri Ljubljani Municipality	
SI	023	Domžale Municipality	domzale municipality
SI	024	Dornava Municipality	
SI	025	Dravograd Municipality	
SI	026	Duplek Municipality	
SI	027	Gorenja Vas–Poljane Municipality	gorenja vas poljane municipality
SI	028	Gorišnica Municipality	gorisnica municipality
SI	029	Gornja Radgona Municipality	
SI	030	Gornji Grad Municipality	
SI	031	Gornji Petrovci Municipality	
SI	032	Grosuplje Municipality	
SI	033	Šalovci Municipality	salovci municipality
SI	034	Hrastnik Municipality	
SI	035	Hrpelje–Kozina Municipality	hrpelje kozina municipality
SI	036	Idrija Municipality	
SI	037	Ig Municipality	
SI	038	Municipality of Ilirska Bistrica	
SI	039	Ivančna Gorica Municipality	ivancna gorica municipality
SI	040	Izola Municipality	
SI	041	Jesenice Municipality	
SI	042	Juršinci Municipality	jursinci municipality
SI	043	Kamnik Municipality	
SI	044	Kanal ob Soči Municipality	kanal ob soci municipality
SI	045	Kidričevo Municipality	kidricevo municipality
SI	046	Kobarid Municipality	
SI	047	Kobilje Municipality	
SI	048	Kočevje Municipality	kocevje municipality
SI	049	Komen Municipality	
SI	050	Koper City Municipality	
SI	051	Kozje Municipality	
SI	052	Kranj City Municipality	
SI	053	Kranjska Gora Municipality	
SI	054	Municipality of Krško	municipality of krsko
SI	055	Kungota	
SI	056	Kuzma Municipality	
SI	057	Laško Municipality	lasko municipality
SI	058	Lenart Municipality	
SI	059	Lendava Municipality	
SI	060	Litija Municipality	
SI	061	Ljubljana City Municipality	
SI	062	Ljubno Municipality	
SI	063	Ljutomer Municipality	
SI	064	Logatec Municipality	
SI	065	Loška Dolina Municipality	loska dolina municipality
SI	066	Loški Potok Municipality	loski potok municipality
SI	067	Luče Municipality	luce municipality
SI	068	Lukovica Municipality	
SI	069	Majšperk Municipality	majsperk municipality
SI	070	Maribor City Municipality	
SI	071	Medvode Municipality	
SI	072	Mengeš Municipality	menges municipality
SI	073	Metlika Municipality	
SI	074	Mežica Municipality	mezica municipality
SI	075	Miren–Kostanjevica Municipality	miren kostanjevica municipality
SI	076	Mislinja Municipality	
SI	077	Moravče Municipality	moravce municipality
SI	078	Moravske Toplice Municipality	
SI	079	Mozirje Municipality	
SI	080	Murska Sobota City Municipality	
SI	081	Muta Municipality	
SI	082	Naklo Municipality	
SI	083	Nazarje Municipality	
SI	084	Nova Gorica City Municipality	
SI	085	City Municipality of Novo Mesto	
SI	086	Odranci Municipality	
SI	087	Ormož Municipality	ormoz municipality
SI	088	Osilnica Municipality	
SI	089	Pesnica Municipality	
SI	090	Piran Municipality	
SI	091	Pivka Municipality	
SI	092	Podčetrtek Municipality	podcetrtek municipality
SI	093	Podvelka Municipality	
SI	094	Postojna Municipality	
SI	095	Preddvor Municipality	
SI	096	Ptuj City Municipality	
SI	097	Puconci Municipality	
SI	098	Rače–Fram Municipality	race fram municipality
SI	099	Radeče Municipality	radece municipality
SI	100	Radenci Municipality	
SI	101	Radlje ob Dravi Municipality	
SI	102	Radovljica Municipality	
SI	103	Ravne na Koroškem Municipality	ravne na koroskem municipality
SI	104	Ribnica Municipality	
SI	105	Rogašovci Municipality	rogasovci municipality
SI	106	Rogaška Slatina Municipality	rogaska slatina municipality
SI	107	Rogatec Municipality	
SI	108	Ruše Municipality	ruse municipality
SI	109	Semič Municipality	semic municipality
SI	110	Sevnica Municipality	
SI	111	Sežana Municipality	sezana municipality
SI	112	Slovenj Gradec City Municipality	
SI	113	Slovenska Bistrica Municipality	
SI	114	Slovenske Konjice Municipality	
SI	115	Starše Municipality	starse municipality
SI	116	Sveti Jurij ob Ščavnici Municipality	sveti jurij ob scavnici municipality
SI	117	Šenčur Municipality	sencur municipality
SI	118	Šentilj Municipality	sentilj municipality
SI	119	Šentjernej Municipality	sentjernej municipality
SI	120	Šentjur Municipality	sentjur municipality
SI	121	Škocjan Municipality	skocjan municipality
SI	122	Škofja Loka Municipality	skofja loka municipality
SI	123	Municipality of Škofljica	municipality of skofljica
SI	124	Šmarje pri Jelšah Municipality	smarje pri jelsah municipality
SI	125	Šmartno ob Paki Municipality	smartno ob paki municipality
SI	126	Šoštanj Municipality	sostanj municipality
SI	127	Štore Municipality	store municipality
SI	128	Tolmin Municipality	
SI	129	Trbovlje Municipality	
SI	130	Trebnje Municipality	
SI	131	Tržič Municipality	trzic municipality
SI	132	Turnišče Municipality	turnisce municipality
SI	134	Velike Lašče Municipality	velike lasce municipality
SI	135	Videm Municipality	
SI	136	Vipava Municipality	
SI	137	Vitanje Municipality	
SI	138	Vodice Municipality	
SI	139	Vojnik Municipality	
SI	140	Vrhnika Municipality	
SI	141	Vuzenica Municipality	
SI	142	Zagorje ob Savi Municipality	
SI	143	Zavrč Municipality	zavrc municipality
SI	144	Zreče Municipality	zrece municipality
SI	146	Železniki Municipality	zelezniki municipality
SI	147	Žiri Municipality	ziri municipality
SI	148	Benedikt Municipality	
SI	149	Bistrica ob Sotli Municipality	
SI	150	Bloke Municipality	
SI	151	Braslovče Municipality	braslovce municipality
SI	152	Cankova Municipality	
SI	153	Cerkvenjak Municipality	
SI	154	Dobje Municipality	
SI	155	Dobrna Municipality	
SI	156	Dobrovnik Municipality	
SI	157	Dolenjske Toplice Municipality	
SI	158	Grad Municipality	
SI	159	Hajdina Municipality	
SI	160	Hoče–Slivnica Municipality	hoce slivnica municipality
SI	161	Hodoš Municipality	hodos municipality
SI	162	Horjul Municipality	
SI	163	Jezersko Municipality	
SI	164	Komenda Municipality	
SI	165	Kostel Municipality	
SI	166	Križevci Municipality	krizevci municipality
SI	167	Lovrenc na Pohorju Municipality	
SI	168	Markovci Municipality	
SI	169	Miklavž na Dravskem Polju Municipality	miklavz na dravskem polju municipality
SI	170	Mirna Peč Municipality	mirna pec municipality
SI	171	Oplotnica	
SI	172	Podlehnik Municipality	
SI	173	Polzela Municipality	
SI	174	Prebold Municipality	
SI	175	Prevalje Municipality	
SI	176	Razkrižje Municipality	razkrizje municipality
SI	177	Ribnica na Pohorju Municipality	
SI	178	Selnica ob Dravi Municipality	
SI	179	Sodražica Municipality	sodrazica municipality
SI	180	Solčava Municipality	solcava municipality
SI	181	Sveta Ana Municipality	
SI	182	Sveti Andraž v Slovenskih Goricah Municipality	sveti andraz v slovenskih goricah municipality
SI	183	Šempeter–Vrtojba Municipality	sempeter vrtojba municipality
SI	184	Tabor Municipality	
SI	185	Trnovska Vas Municipality	
SI	186	Trzin Municipality	
SI	187	Velika Polana Municipality	
SI	188	Veržej Municipality	verzej municipality
SI	189	Vransko Municipality	
SI	190	Žalec Municipality	zalec municipality
SI	191	Žetale Municipality	zetale municipality
SI	192	Žirovnica Municipality	zirovnica municipality
SI	193	Žužemberk Municipality	zuzemberk municipality
SI	194	Šmartno pri Litiji Municipality	smartno pri litiji municipality
SI	195	Municipality of Apače	municipality of apace
SI	196	Municipality of Cirkulane	
SI	197	Kostanjevica na Krki Municipality	
SI	198	Makole Municipality	
SI	199	Mokronog–Trebelno Municipality	mokronog trebelno municipality
SI	200	Poljčane Municipality	poljcane municipality
SI	201	Renče–Vogrsko Municipality	rence vogrsko municipality
SI	202	Središče ob Dravi	sredisce ob dravi
SI	203	Straža Municipality	straza municipality
SI	204	Sveta Trojica v Slovenskih Goricah Municipality	
SI	205	Sveti Tomaž Municipality	sveti tomaz municipality
SI	206	Šmarješke Toplice Municipality	smarjeske toplice municipality
SI	207	Gorje Municipality	
SI	208	Log–Dragomer Municipality	log dragomer municipality
SI	209	Rečica ob Savinji Municipality	recica ob savinji municipality
SI	210	Sveti Jurij v Slovenskih Goricah Municipality	
SI	211	Šentrupert Municipality	sentrupert municipality
SI	212	Mirna Municipality	
SI	213	Ankaran Municipality	
SK	BC	Banská Bystrica Region	banska bystrica region
SK	BL	Bratislava Region	
SK	KI	Košice Region	kosice region
SK	NI	Nitra Region	
SK	PV	Prešov Region	presov region
SK	TA	Trnava Region	
SK	TC	Trenčín Region	trencin region
SK	ZI	Žilina Region	zilina region
SL	E	Eastern Province	
SL	N	Northern Province	
SL	S	Southern Province	
SL	W	Western Area	
SM	01	Acquaviva	
SM	02	Chiesanuova	
SM	03	Domagnano	
SM	04	Faetano	
SM	05	Fiorentino	
SM	06	Borgo Maggiore	
SM	07	San Marino	
SM	08	Montegiardino	
SM	09	Serravalle	
SN	DB	Diourbel Region	
SN	DK	Dakar	
SN	FK	Fatick	
SN	KA	Kaffrine	
SN	KD	Kolda	
SN	KE	Kédougou	kedougou
SN	KL	Kaolack	
SN	LG	Louga	
SN	MT	Matam	
SN	SE	Sédhiou	sedhiou
SN	SL	Saint-Louis	saint louis
SN	TC	Tambacounda Region	
SN	TH	Thiès Region	thies region
SN	ZG	Ziguinchor	
SO	AW	Awdal Region	
SO	BK	Bakool	
SO	BN	Banaadir	
SO	BR	Bari	
SO	BY	Bay	
SO	GA	Galguduud	
SO	GE	Gedo	
SO	HI	Hiran	
SO	JD	Middle Juba	
SO	JH	Lower Juba	
SO	MU	Mudug	
SO	NU	Nugal	
SO	SA	Sanaag Region	
SO	SD	Middle Shebelle	
SO	SH	Lower Shebelle	
SO	TO	Togdheer Region	
SR	BR	Brokopondo District	
SR	CM	Commewijne District	
SR	CR	Coronie District	
SR	MA	Marowijne District	
SR	NI	Nickerie District	
SR	PM	Paramaribo District	
SR	PR	Para District	
SR	SA	Saramacca District	
SR	SI	Sipaliwini District	
SR	WA	Wanica District	
SS	BN	Northern Bahr el Ghazal	
SS	BW	Western Bahr el Ghazal	
SS	EC	Central Equatoria	
SS	EE	Eastern Equatoria	
SS	EW	Western Equatoria	
SS	JG	Jonglei State	
SS	LK	Lakes	
SS	NU	Upper Nile	
SS	UY	Unity	
SS	WR	Warrap	
ST	P	Príncipe Province	principe province
ST	S	São Tomé Province	sao tome province
SV	AH	Ahuachapán Department	ahuachapan department
SV	CA	Cabañas Department	cabanas department
SV	CH	Chalatenango Department	
SV	CU	Cuscatlán Department	cuscatlan department
SV	LI	La Libertad Department	
SV	MO	Morazán Department	morazan department
SV	PA	La Paz Department	
SV	SA	Santa Ana Department	
SV	SM	San Miguel Department	
SV	SO	Sonsonate Department	
SV	SS	San Salvador Department	
SV	SV	San Vicente Department	
SV	UN	La Unión Department	la union department
SV	US	Usulután Department	usulutan department
SY	DI	Damascus Governorate	
SY	DR	Daraa Governorate	
SY	DY	Deir ez-Zor Governorate	deir ez zor governorate
SY	HA	Al-Hasakah Governorate	al hasakah governorate
SY	HI	Homs Governorate	
SY	HL	Aleppo Governorate	
SY	HM	Hama Governorate	
SY	ID	Idlib Governorate	
SY	LA	Latakia Governorate	
SY	QU	Quneitra Governorate	
SY	RA	Al-Raqqah Governorate	al raqqah governorate
SY	RD	Rif Dimashq Governorate	
SY	SU	As-Suwayda Governorate	as suwayda governorate
SY	TA	Tartus Governorate	
SZ	HH	Hhohho District	
SZ	LU	Lubombo District	
SZ	MA	Manzini District	
SZ	SH	Shiselweni District	
TD	BA	Batha Region	
TD	BG	Bahr el Gazel	
TD	BO	Borkou	
TD	EE	Ennedi-Est	ennedi est
TD	EN	Ennedi Region	
TD	EO	Ennedi-Ouest	ennedi ouest
TD	GR	Guéra Region	guera region
TD	HL	Hadjer-Lamis	hadjer lamis
TD	KA	Kanem Region	
TD	LC	Lac Region	
TD	LO	Logone Occidental Region	
TD	LR	Logone Oriental Region	
TD	MA	Mandoul Region	
TD	MC	Moyen-Chari Region	moyen chari region
TD	ME	Mayo-Kebbi Est Region	mayo kebbi est region
TD	MO	Mayo-Kebbi Ouest Region	mayo kebbi ouest region
TD	ND	N'Djamena	ndjamena
TD	OD	Ouaddaï Region	ouaddai region
TD	SA	Salamat Region	
TD	SI	Sila Region	
TD	TA	Tandjilé Region	tandjile region
TD	TI	Tibesti Region	
TD	WF	Wadi Fira Region	
TG	C	Centrale Region	
TG	K	Kara Region	
TG	M	Maritime	
TG	P	Plateaux Region	
TG	S	Savanes Region	
TH	10	Bangkok	
TH	11	Samut Prakan	
TH	12	Nonthaburi	
TH	13	Pathum Thani	
TH	14	Phra Nakhon Si Ayutthaya	
TH	15	Ang Thong	
TH	16	Lop Buri	
TH	17	Sing Buri	
TH	18	Chai Nat	
TH	19	Saraburi	
TH	20	Chon Buri	
TH	21	Rayong	
TH	22	Chanthaburi	
TH	23	Trat	
TH	24	Chachoengsao	
TH	25	Prachin Buri	
TH	26	Nakhon Nayok	
TH	27	Sa Kaeo	
TH	30	Nakhon Ratchasima	
TH	31	Buri Ram	
TH	32	Surin	
TH	33	Si Sa Ket	
TH	34	Ubon Ratchathani	
TH	35	Yasothon	
TH	36	Chaiyaphum	
TH	37	Amnat Charoen	
TH	38	Bueng Kan	
TH	39	Nong Bua Lam Phu	
TH	40	Khon Kaen	
TH	41	Udon Thani	
TH	42	Loei	
TH	43	Nong Khai	
TH	44	Maha Sarakham	
TH	45	Roi Et	
TH	46	Kalasin	
TH	47	Sakon Nakhon	
TH	48	Nakhon Phanom	
TH	49	Mukdahan	
TH	50	Chiang Mai	
TH	51	Lamphun	
TH	52	Lampang	
TH	53	Uttaradit	
TH	54	Phrae	
TH	55	Nan	
TH	56	Phayao	
TH	57	Chiang Rai	
TH	58	Mae Hong Son	
TH	60	Nakhon Sawan	
TH	61	Uthai Thani	
TH	62	Kamphaeng Phet	
TH	63	Tak	
TH	64	Sukhothai	
TH	65	Phitsanulok	
TH	66	Phichit	
TH	67	Phetchabun	
TH	70	Ratchaburi	
TH	71	Kanchanaburi	
TH	72	Suphan Buri	
TH	73	Nakhon Pathom	
TH	74	Samut Sakhon	
TH	75	Samut Songkhram	
TH	76	Phetchaburi	
TH	77	Prachuap Khiri Khan	
TH	80	Nakhon Si Thammarat	
TH	81	Krabi	
TH	82	Phangnga	
TH	83	Phuket	
TH	84	Surat Thani	
TH	85	Ranong	
TH	86	Chumphon	
TH	90	Songkhla	
TH	91	Satun	
TH	92	Trang	
TH	93	Phatthalung	
TH	94	Pattani	
TH	95	Yala	
TH	96	Narathiwat	
TH	S	Pattaya	
TJ	GB	Gorno-Badakhshan Autonomous Province	gorno badakhshan autonomous province
TJ	KT	Khatlon Province	
TJ	RA	districts of Republican Subordination	
TJ	SU	Sughd Province	
TL	AL	Aileu municipality	
TL	AN	Ainaro Municipality	
TL	BA	Baucau Municipality	
TL	BO	Bobonaro Municipality	
TL	CO	Cova Lima Municipality	
TL	DI	Dili municipality	
TL	ER	Ermera District	
TL	LA	Lautém Municipality	lautem municipality
TL	LI	Liquiçá Municipality	liquica municipality
TL	MF	Manufahi Municipality	
TL	MT	Manatuto District	
TL	VI	Viqueque Municipality	
TM	A	Ahal Region	
TM	B	Balkan Region	
TM	D	Daşoguz Region	dasoguz region
TM	L	Lebap Region	
TM	M	Mary Region	
TM	S	Ashgabat	
TN	11	Tunis Governorate	
TN	12	Ariana Governorate	
TN	13	Ben Arous Governorate	
TN	14	Manouba Governorate	
TN	22	Zaghouan Governorate	
TN	23	Bizerte Governorate	
TN	31	Kassrine	
TN	32	Jendouba Governorate	
TN	33	Kef Governorate	
TN	34	Siliana Governorate	
TN	41	Kairouan Governorate	
TN	42	Kasserine Governorate	
TN	43	Sidi Bouzid Governorate	
TN	51	Sousse Governorate	
TN	52	Monastir Governorate	
TN	53	Mahdia Governorate	
TN	61	Sfax Governorate	
TN	71	Gafsa Governorate	
TN	72	Tozeur Governorate	
TN	73	Kebili Governorate	
TN	81	Gabès Governorate	gabes governorate
TN	82	Medenine Governorate	
TN	83	Tataouine Governorate	
TO	01	ʻEua	
TO	02	Haʻapai	
TO	03	Niuas	
TO	04	Tongatapu	
TO	05	Vavaʻu	
TR	01	Adana	
TR	02	Adıyaman	adiyaman
TR	03	Afyonkarahisar	
TR	04	Ağrı	agri
TR	05	Amasya	
TR	06	Ankara	
TR	07	Antalya	
TR	08	Artvin	
TR	09	Aydın	aydin
TR	10	Balıkesir	balikesir
TR	11	Bilecik	
TR	12	Bingöl	bingol
TR	13	Bitlis	
TR	14	Bolu	
TR	15	Burdur	
TR	16	Bursa	
TR	17	Çanakkale	canakkale
TR	18	Çankırı	cankiri
TR	19	Çorum	corum
TR	20	Denizli	
TR	21	Diyarbakır	diyarbakir
TR	22	Edirne	
TR	23	Elazığ	elazig
TR	24	Erzincan	
TR	25	Erzurum	
TR	26	Eskişehir	eskisehir
TR	27	Gaziantep	
TR	28	Giresun	
TR	29	Gümüşhane	gumushane
TR	30	Hakkâri	hakkari
TR	31	Hatay	
TR	32	Isparta	
TR	33	Mersin	
TR	34	Istanbul	
TR	35	İzmir	izmir
TR	36	Kars	
TR	37	Kastamonu	
TR	38	Kayseri	
TR	39	Kırklareli	kirklareli
TR	40	Kırşehir	kirsehir
TR	41	Kocaeli	
TR	42	Konya	
TR	43	Kütahya	kutahya
TR	44	Malatya	
TR	45	Manisa	
TR	46	Kahramanmaraş	kahramanmaras
TR	47	Mardin	
TR	48	Muğla	mugla
TR	49	Muş	mus
TR	50	Nevşehir	nevsehir
TR	51	Niğde	nigde
TR	52	Ordu	
TR	53	Rize	
TR	54	Sakarya	
TR	55	Samsun	
TR	56	Siirt	
TR	57	Sinop	
TR	58	Sivas	
TR	59	Tekirdağ	tekirdag
TR	60	Tokat	
TR	61	Trabzon	
TR	62	Tunceli	
TR	63	Şanlıurfa	sanliurfa
TR	64	Uşak	usak
TR	65	Van	
TR	66	Yozgat	
TR	67	Zonguldak	
TR	68	Aksaray	
TR	69	Bayburt	
TR	70	Karaman	
TR	71	Kırıkkale	kirikkale
TR	72	Batman	
TR	73	Şırnak	sirnak
TR	74	Bartın	bartin
TR	75	Ardahan	
TR	76	Iğdır	igdir
TR	77	Yalova	
TR	78	Karabük	karabuk
TR	79	Kilis	
TR	80	Osmaniye	
TR	81	Düzce	duzce
TT	ARI	Arima	
TT	CHA	Chaguanas	
TT	CTT	Couva-Tabaquite-Talparo Regional Corporation	couva tabaquite talparo regional corporation
TT	DMN	Diego Martin Regional Corporation	
TT	ETO	Eastern Tobago	
TT	MRC	Rio Claro-Mayaro Regional Corporation	rio claro mayaro regional corporation
TT	PED	Penal-Debe Regional Corporation	penal debe regional corporation
TT	POS	Port of Spain	
TT	PRT	Princes Town Regional Corporation	
TT	PTF	Point Fortin	
TT	SFO	San Fernando	
TT	SGE	Sangre Grande Regional Corporation	
TT	SIP	Siparia Regional Corporation	
TT	SJL	San Juan-Laventille Regional Corporation	san juan laventille regional corporation
TT	TUP	Tunapuna-Piarco Regional Corporation	tunapuna piarco regional corporation
TT	WTO	Western Tobago	
TV	FUN	Funafuti	
TV	NIT	Niutao Island Council	
TV	NKF	Nukufetau	
TV	NKL	Nukulaelae	
TV	NMA	Nanumea	
TV	NMG	Nanumanga	
TV	NUI	Nui	
TV	VAI	Vaitupu	
TW	CHA	Changhua	
TW	CYI	Chiayi	
TW	CYQ	Chiayi	
TW	HSQ	Hsinchu	
TW	HSZ	Hsinchu	
TW	HUA	Hualien	
TW	ILA	Yilan	
TW	KEE	Keelung	
TW	KHH	Kaohsiung	
TW	KIN	Kinmen	
TW	LIE	Lienchiang	
TW	MIA	Miaoli	
TW	NAN	Nantou	
TW	NWT	New Taipei	
TW	PEN	Penghu	
TW	PIF	Pingtung	
TW	TAO	Taoyuan	
TW	TNN	Tainan	
TW	TPE	Taipei	
TW	TTT	Taitung	
TW	TXG	Taichung	
TW	YUN	Yunlin	
TZ	01	Arusha	
TZ	02	Dar es Salaam	
TZ	03	Dodoma	
TZ	04	Iringa	
TZ	05	Kagera	
TZ	06	Pemba North	
TZ	07	Zanzibar North	
TZ	08	Kigoma	
TZ	09	Kilimanjaro	
TZ	10	Pemba South	
TZ	11	Zanzibar South	
TZ	12	Lindi	
TZ	13	Mara	
TZ	14	Mbeya	
TZ	15	Zanzibar West	
TZ	16	Morogoro	
TZ	17	Mtwara	
TZ	18	Mwanza	
TZ	19	Pwani	
TZ	20	Rukwa	
TZ	21	Ruvuma	
TZ	22	Shinyanga	
TZ	23	Singida	
TZ	24	Tabora	
TZ	25	Tanga	
TZ	26	Manyara	
TZ	27	Geita	
TZ	28	Katavi	
TZ	29	Njombe	
TZ	30	Simiyu	
TZ	31	Songwe	
UA	05	Vinnytska oblast	
UA	07	Volynska oblast	
UA	09	Luhanska oblast	
UA	12	Dnipropetrovska oblast	
UA	14	Donetska oblast	
UA	18	Zhytomyrska oblast	
UA	21	Zakarpatska Oblast	
UA	23	Zaporizka oblast	
UA	26	Ivano-Frankivska oblast	ivano frankivska oblast
UA	30	Kyiv	
UA	32	Kyivska oblast	
UA	35	Kirovohradska oblast	
UA	43	Autonomous Republic of Crimea	
UA	46	Lvivska oblast	
UA	48	Mykolaivska oblast	
UA	51	Odeska oblast	
UA	53	Poltavska oblast	
UA	56	Rivnenska oblast	
UA	59	Sumska oblast	
UA	61	Ternopilska oblast	
UA	63	Kharkivska oblast	
UA	65	Khersonska oblast	
UA	68	Khmelnytska oblast	
UA	71	Cherkaska oblast	
UA	74	Chernihivska oblast	
UA	77	Chernivetska oblast	
UG	101	Kalangala District	
UG	102	Kampala District	
UG	103	Kiboga District	
UG	104	Luwero District	
UG	105	Masaka District	
UG	106	Mpigi District	
UG	107	Mubende District	
UG	108	Mukono District	
UG	109	Nakasongola District	
UG	110	Rakai District	
UG	111	Sembabule District	
UG	112	Kayunga District	
UG	113	Wakiso District	
UG	114	Lyantonde District	
UG	115	Mityana District	
UG	116	Nakaseke District	
UG	117	Buikwe District	
UG	118	Bukomansimbi District	
UG	119	Butambala District	
UG	120	Buvuma District	
UG	121	Gomba District	
UG	122	Kalungu District	
UG	123	Kyankwanzi District	
UG	124	Lwengo District	
UG	125	Kyotera District	
UG	201	Bugiri District	
UG	202	Busia District	
UG	203	Iganga District	
UG	204	Jinja District	
UG	205	Kamuli District	
UG	206	Kapchorwa District	
UG	207	Katakwi District	
UG	208	Kumi District	
UG	209	Mbale District	
UG	210	Pallisa District	
UG	211	Soroti District	
UG	212	Tororo District	
UG	213	Kaberamaido District	
UG	214	Mayuge District	
UG	215	Sironko District	
UG	216	Amuria District	
UG	217	Budaka District	
UG	218	Bududa District	
UG	219	Bukedea District	
UG	220	Bukwo District	
UG	221	Butaleja District	
UG	222	Kaliro District	
UG	223	Manafwa District	
UG	224	Namutumba District	
UG	225	Bulambuli District	
UG	226	Buyende District	
UG	227	Kibuku District	
UG	228	Kween District	
UG	229	Luuka District	
UG	230	Namayingo District	
UG	231	Ngora District	
UG	232	Serere District	
UG	233	Butebo District	
UG	234	Namisindwa District	
UG	301	Adjumani District	
UG	302	Apac District	
UG	303	Arua District	
UG	304	Gulu District	
UG	305	Kitgum District	
UG	306	Kotido District	
UG	307	Lira District	
UG	308	Moroto District	
UG	309	Moyo District	
UG	310	Nebbi District	
UG	311	Nakapiripirit District	
UG	312	Pader District	
UG	313	Yumbe District	
UG	314	Abim District	
UG	315	Amolatar District	
UG	316	Amuru District	
UG	317	Dokolo District	
UG	318	Kaabong District	
UG	319	Koboko District	
UG	320	Maracha District	
UG	321	Oyam District	
UG	322	Agago District	
UG	323	Alebtong District	
UG	324	Amudat District	
UG	325	Kole District	
UG	326	Lamwo District	
UG	327	Napak District	
UG	328	Nwoya District	
UG	329	Otuke District	
UG	330	Zombo District	
UG	331	Omoro District	
UG	332	Pakwach District	
UG	401	Bundibugyo District	
UG	402	Bushenyi District	
UG	404	Kabale District	
UG	405	Kabarole District	
UG	406	Kasese District	
UG	407	Kibaale District	
UG	408	Kisoro District	
UG	409	Masindi District	
UG	410	Mbarara District	
UG	411	Ntungamo District	
UG	412	Rukungiri District	
UG	413	Kamwenge District	
UG	414	Kanungu District	
UG	415	Kyenjojo District	
UG	416	Buliisa District	
UG	417	Ibanda District	
UG	418	Isingiro District	
UG	419	Kiruhura District	
UG	420	Buhweju District	
UG	421	Kiryandongo District	
UG	422	Kyegegwa District	
UG	423	Mitooma District	
UG	424	Ntoroko District	
UG	425	Rubirizi District	
UG	426	Sheema District	
UG	427	Kagadi District	
UG	428	Kakumiro District	
UG	429	Rubanda District	
UG	430	Bunyangabu District	
UG	431	Rukiga District	
UG	C	Central Region	
UG	E	Eastern Region	
UG	N	Northern Region	
UG	W	Western Region	
US	AK	Alaska		ak
US	AL	Alabama		al
US	AR	Arkansas		ar
US	AS	American Samoa		as
US	AZ	Arizona		az
US	CA	California		ca
US	CO	Colorado		co
US	CT	Connecticut		ct
US	DC	District of Columbia		dc
US	DE	Delaware		de
US	FL	Florida		fl
US	GA	Georgia		ga
US	GU	Guam		gu
US	HI	Hawaii		hi
US	IA	Iowa		ia
US	ID	Idaho		id
US	IL	Illinois		il
US	IN	Indiana		in
US	KS	Kansas		ks
US	KY	Kentucky		ky
US	LA	Louisiana		la
US	MA	Massachusetts		ma
US	MD	Maryland		md
US	ME	Maine		me
US	MI	Michigan		mi
US	MN	Minnesota		mn
US	MO	Missouri		mo
US	MP	Northern Mariana Islands		mp
US	MS	Mississippi		ms
US	MT	Montana		mt
US	NC	North Carolina		nc
US	ND	North Dakota		nd
US	NE	Nebraska		ne
US	NH	New Hampshire		nh
US	NJ	New Jersey		nj
US	NM	New Mexico		nm
US	NV	Nevada		nv
US	NY	New York		ny
US	OH	Ohio		oh
US	OK	Oklahoma		ok
US	OR	Oregon		or
US	PA	Pennsylvania		pa
US	PR	Puerto Rico		pr
US	RI	Rhode Island		ri
US	SC	South Carolina		sc
US	SD	South Dakota		sd
US	TN	Tennessee		tn
US	TX	Texas		tx
US	UM	United States Minor Outlying Islands		um
US	UM-67	Johnston Atoll	
US	UM-71	Midway Atoll	
US	UM-76	Navassa Island	
US	UM-79	Wake Island	
US	UM-81	Baker Island	
US	UM-84	Howland Island	
US	UM-86	Jarvis Island	
US	UM-89	Kingman Reef	
US	UM-95	Palmyra Atoll	
US	UT	Utah		ut
US	VA	Virginia		va
US	VI	United States Virgin Islands		vi
US	VT	Vermont		vt
US	WA	Washington		wa
US	WI	Wisconsin		wi
US	WV	West Virginia		wv
US	WY	Wyoming		wy
UY	AR	Artigas Department	
UY	CA	Canelones Department	
UY	CL	Cerro Largo Department	
UY	CO	Colonia Department	
UY	DU	Durazno Department	
UY	FD	Florida Department	
UY	FS	Flores Department	
UY	LA	Lavalleja Department	
UY	MA	Maldonado Department	
UY	MO	Montevideo Department	
UY	PA	Paysandú Department	paysandu department
UY	RN	Río Negro Department	rio negro department
UY	RO	Rocha Department	
UY	RV	Rivera Department	
UY	SA	Salto Department	
UY	SJ	San José Department	san jose department
UY	SO	Soriano Department	
UY	TA	Tacuarembó Department	tacuarembo department
UY	TT	Treinta y Tres Department	
UZ	AN	Andijan Region	
UZ	BU	Bukhara Region	
UZ	FA	Fergana Region	
UZ	JI	Jizzakh Region	
UZ	NG	Namangan Region	
UZ	NW	Navoiy Region	
UZ	QA	Qashqadaryo Region	
UZ	QR	Karakalpakstan	
UZ	SA	Samarqand Region	
UZ	SI	Sirdaryo Region	
UZ	SU	Surxondaryo Region	
UZ	TK	Tashkent	
UZ	TO	Tashkent Region	
UZ	XO	Xorazm Region	
VC	01	Charlotte Parish	
VC	02	Saint Andrew Parish	
VC	03	Saint David Parish	
VC	04	Saint George Parish	
VC	05	Saint Patrick Parish	
VC	06	Grenadines Parish	
VE	A	Distrito Capital	
VE	B	Anzoátegui	anzoategui
VE	C	Apure	
VE	D	Aragua	
VE	E	Barinas	
VE	F	Bolívar	bolivar
VE	G	Carabobo	
VE	H	Cojedes	
VE	I	Falcón	falcon
VE	J	Guárico	guarico
VE	K	Lara	
VE	L	Mérida	merida
VE	M	Miranda	
VE	N	Monagas	
VE	O	Nueva Esparta	
VE	P	Portuguesa	
VE	R	Sucre	
VE	S	Táchira	tachira
VE	T	Trujillo	
VE	U	Yaracuy	
VE	V	Zulia	
VE	W	Federal Dependencies of Venezuela	
VE	X	La Guaira	
VE	Y	Delta Amacuro	
VE	Z	Amazonas	
VN	01	Lai Châu	lai chau
VN	02	Lào Cai	lao cai
VN	03	Hà Giang	ha giang
VN	04	Cao Bằng	cao bang
VN	05	Sơn La	son la
VN	06	Yên Bái	yen bai
VN	07	Tuyên Quang	tuyen quang
VN	09	Lạng Sơn	lang son
VN	13	Quảng Ninh	quang ninh
VN	14	Hòa Bình	hoa binh
VN	18	Ninh Bình	ninh binh
VN	20	Thái Bình	thai binh
VN	21	Thanh Hóa	thanh hoa
VN	22	Nghệ An	nghe an
VN	23	Hà Tĩnh	ha tinh
VN	24	Quảng Bình	quang binh
VN	25	Quảng Trị	quang tri
VN	26	Thừa Thiên-Huế	thua thien hue
VN	27	Quảng Nam	quang nam
VN	28	Kon Tum	
VN	29	Quảng Ngãi	quang ngai
VN	30	Gia Lai	
VN	31	Bình Định	binh dinh
VN	32	Phú Yên	phu yen
VN	33	Đắk Lắk	dak lak
VN	34	Khánh Hòa	khanh hoa
VN	35	Lâm Đồng	lam dong
VN	36	Ninh Thuận	ninh thuan
VN	37	Tây Ninh	tay ninh
VN	39	Đồng Nai	dong nai
VN	40	Bình Thuận	binh thuan
VN	41	Long An	
VN	43	Bà Rịa-Vũng Tàu	ba ria vung tau
VN	44	An Giang	
VN	45	Đồng Tháp	dong thap
VN	46	Tiền Giang	tien giang
VN	47	Kiên Giang	kien giang
VN	49	Vĩnh Long	vinh long
VN	50	Bến Tre	ben tre
VN	51	Trà Vinh	tra vinh
VN	52	Sóc Trăng	soc trang
VN	53	Bắc Kạn	bac kan
VN	54	Bắc Giang	bac giang
VN	55	Bạc Liêu	bac lieu
VN	56	Bắc Ninh	bac ninh
VN	57	Bình Dương	binh duong
VN	58	Bình Phước	binh phuoc
VN	59	Cà Mau	ca mau
VN	61	Hải Dương	hai duong
VN	63	Hà Nam	ha nam
VN	66	Hưng Yên	hung yen
VN	67	Nam Định	nam dinh
VN	68	Phú Thọ	phu tho
VN	69	Thái Nguyên	thai nguyen
VN	70	Vĩnh Phúc	vinh phuc
VN	71	Điện Biên	dien bien
VN	72	Đắk Nông	dak nong
VN	73	Hậu Giang	hau giang
VN	CT	Cần Thơ	can tho
VN	DN	Đà Nẵng	da nang
VN	HN	Hà Nội	ha noi
VN	HP	Hải Phòng	hai phong
VN	SG	Hồ Chí Minh	ho chi minh
VU	MAP	Malampa	
VU	PAM	Penama	
VU	SAM	Sanma	
VU	SEE	Shefa	
VU	TAE	Tafea	
VU	TOB	Torba	
WS	AA	A'ana	aana
WS	AL	Aiga-i-le-Tai	aiga i le tai
WS	AT	Atua	
WS	FA	Fa'asaleleaga	faasaleleaga
WS	GE	Gaga'emauga	gagaemauga
WS	GI	Gaga'ifomauga	gagaifomauga
WS	PA	Palauli	
WS	SA	Satupa'itea	satupaitea
WS	TU	Tuamasaga	
WS	VF	Va'a-o-Fonoti	vaa o fonoti
WS	VS	Vaisigano	
XK	XDG	Đakovica District (Gjakove)	dakovica district gjakove	dakovica district
XK	XGJ	Gjilan District	
XK	XKM	Kosovska Mitrovica District	
XK	XPE	Peć District	pec district
XK	XPI	Pristina (Priştine)	pristina pristine	pristina
XK	XPR	Prizren District	
XK	XUF	Uroševac District (Ferizaj)	urosevac district ferizaj	urosevac district
YE	AB	Abyan Governorate	
YE	AD	'Adan Governorate	adan governorate
YE	AM	'Amran Governorate	amran governorate
YE	BA	Al Bayda' Governorate	al bayda governorate
YE	DH	Dhamar Governorate	
YE	HD	Hadhramaut Governorate	
YE	HJ	Hajjah Governorate	
YE	HU	Al Hudaydah Governorate	
YE	IB	Ibb Governorate	
YE	JA	Al Jawf Governorate	
YE	LA	Lahij Governorate	
YE	MA	Ma'rib Governorate	marib governorate
YE	MR	Al Mahrah Governorate	
YE	MW	Al Mahwit Governorate	
YE	RA	Raymah Governorate	
YE	SA	Sana'a	sanaa
YE	SD	Saada Governorate	
YE	SH	Shabwah Governorate	
YE	SN	Sana'a Governorate	sanaa governorate
YE	SU	Socotra Governorate	
YE	TA	Ta'izz Governorate	taizz governorate
ZA	EC	Eastern Cape	
ZA	FS	Free State	
ZA	GP	Gauteng	
ZA	KZN	KwaZulu-Natal	kwazulu natal
ZA	LP	Limpopo	
ZA	MP	Mpumalanga	
ZA	NC	Northern Cape	
ZA	NW	North West	
ZA	WC	Western Cape	
ZM	01	Western Province	
ZM	02	Central Province	
ZM	03	Eastern Province	
ZM	04	Luapula Province	
ZM	05	Northern Province	
ZM	06	Northwestern Province	
ZM	07	Southern Province	
ZM	08	Copperbelt Province	
ZM	09	Lusaka Province	
ZM	10	Muchinga Province	
ZW	BU	Bulawayo Province	
ZW	HA	Harare Province	
ZW	MA	Manicaland	
ZW	MC	Mashonaland Central Province	
ZW	ME	Mashonaland East Province	
ZW	MI	Midlands Province	
ZW	MN	Matabeleland North Province	
ZW	MS	Matabeleland South Province	
ZW	MV	Masvingo Province	
ZW	MW	Mashonaland West Province	`;
