"""How English-language newsrooms name people and organisations: the rules of
`generator.ingest.entities.engine`.

An office comes before the name ("Deputy Foreign Minister Bui Thanh Son", "Cuban
Ambassador to Vietnam Rogelio Polanco Fuentes") or after it, set off by commas ("Claudia
Franco Hijuelos, Director General for Asia-Pacific at ..."). An organisation's head noun
ends its name ("Vietnam Trade Promotion Agency") or starts it, with its complement after
"of", "for" or "on" ("Ministry of Planning and Investment", "Committee on International
Trade") and where it sits after "in" ("Embassy of Vietnam in Mexico").

Entries written with a capital match only a capitalised word; entries in lower case match
either ("president" is "President" too).
"""

from __future__ import annotations

from generator.ingest.entities.lexicon import listed

# The grammar of organisation names: modifiers before the head, complement after it.
HEAD_FIRST = False
LOWERCASE_BRIDGE = 0  # lower-case words an organisation's name may hold: none
WORD_COMPLETION = False

ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "St", "Gen", "Col", "Lt", "Sen")

TITLES = listed(
    """
    president | vice president | state president | president-elect | prime minister | premier
    deputy prime minister | pm | deputy pm | fm | minister | vice minister | deputy minister
    foreign minister | deputy foreign minister | trade minister | defence minister
    defense minister | finance minister | economy minister | industry minister
    secretary | deputy secretary | general secretary | party general secretary
    general party secretary | party secretary | secretary general | secretary-general
    secretary of state | press secretary | first secretary | under secretary | undersecretary
    chairman | chairwoman | chairperson | chair | vice chairman | vice chairwoman
    deputy chairman | deputy chairwoman | speaker | deputy speaker
    ambassador | ambassador-designate | consul general | consul | counsellor | counselor
    commercial counsellor | commercial counselor | trade counsellor | trade counselor
    chargé d'affaires | attaché | envoy | special envoy | chief representative
    director | director general | director-general | deputy director | general director
    deputy director general | managing director | head | chief | ceo | president and ceo
    governor | mayor | vice mayor | senator | congressman | congresswoman | lawmaker | legislator
    deputy | spokesperson | spokesman | spokeswoman | representative
    king | queen | emperor | empress | prince | princess | crown prince | chancellor | sultan
    sheikh | emir | founder | chief executive | chief executive officer | general manager
    pope | professor | associate professor | commander | colonel | lieutenant general
    major general | senior lieutenant general | admiral | marshal
    """
)
WEAK_TITLES = listed(
    """
    counterpart | successor | successors | predecessor | predecessors | leader | leaders
    wife | husband | diplomat
    """
)
HONORIFICS = listed("mr. | mrs. | ms. | mr | mrs | ms | madam | madame | sir | dr. | dr")
MODIFIERS = listed(
    """
    deputy | vice | former | permanent | standing | acting | first | senior | executive
    assistant | outgoing | incoming | new | late | honorary | then
    """
)

ORGANISATION_HEADS = listed(
    """
    Ministry | Secretariat | Department | General Department | Administration | Agency
    News Agency | Office | Trade Office | Bureau | Authority | Board | Commission | Committee
    Council | Cabinet | Government | Parliament | Congress | Senate | Assembly | Duma
    House | House of Representatives | House of Commons | House of Lords | Chamber
    Chamber of Deputies | Chamber of Commerce | Chamber of Commerce and Industry
    Embassy | Consulate | Consulate General | Consulate-General | Mission | Delegation
    Party | Front | Union | Association | Society | Federation | Confederation | League
    Alliance | Coalition | Organization | Organisation | Institute | Academy | University
    College | Bank | Fund | Foundation | Group | Corporation | Corp | Company | Co. | Inc
    Inc. | Ltd | Ltd. | JSC | Holdings | Airlines | Airways | Centre | Center | Court
    Police | Army | Navy | Politburo | Inspectorate | Customs | Exchange | Club | Service
    Hospital | Cooperative | Co-operative
    """
)
WEAK_HEADS = listed("Forum")
# Heads of bodies that sit somewhere, so that "in Mexico" is part of their name
# ("Embassy of Vietnam in Mexico"); "the Joint Committee in Mexico City" met there.
SITED_HEADS = listed(
    """
    Embassy | Consulate | Consulate General | Consulate-General | Mission | Delegation
    Office | Trade Office | Bureau | Chamber | Chamber of Commerce
    Chamber of Commerce and Industry | Association | Society | Club | Centre | Center
    """
)
PLURAL_HEADS = listed(
    """
    Ministries | Departments | Agencies | Offices | Committees | Councils | Commissions
    Parliaments | Assemblies | Embassies | Consulates | Parties | Unions | Associations
    Societies | Federations | Organizations | Organisations | Banks | Funds | Groups
    Corporations | Companies | Governments | Chambers | Institutes | Universities
    """
)
AGREEMENT_WORDS = listed(
    """
    Agreement | Agreements | Treaty | Convention | Partnership | Pact | Accord | Accords
    Protocol | Charter | Declaration | Strategy | Plan | Framework | Initiative | Programme
    Program | Memorandum | Deal | Act | Law | Code | Vision | Roadmap | Statement | Resolution
    """
)
PORTFOLIOS = listed(
    """
    Foreign Affairs | Home Affairs | Internal Affairs | Economic Affairs | Social Affairs
    Economy | Economic Development | Finance | Planning and Investment | Planning
    Investment | Industry and Trade | Industry | Trade | Commerce | Foreign Trade
    International Trade | Agriculture | Agriculture and Rural Development | Rural Development
    Natural Resources and Environment | Natural Resources | Environment | Transport
    Transportation | Construction | Health | Education | Education and Training | Training
    Labour | Labor | Labour, Invalids and Social Affairs | Culture | Sports | Sport | Tourism
    Culture, Sports and Tourism | Information and Communications | Information
    Communications | Science and Technology | Science | Technology | Justice | Defence
    Defense | National Defence | National Defense | Public Security | Security | Energy
    Interior | Ethnic Affairs | Fisheries | Foreign Relations | External Relations
    Foreign Economic Relations | Immigration | Statistics
    """
)

PLACES = listed(
    """
    Vietnam | Viet Nam | Mexico | United States | United States of America | U.S. | US | USA
    America | China | Japan | Korea | South Korea | North Korea | Republic of Korea | RoK
    ROK | DPRK | Russia | Russian Federation | France | Germany | United Kingdom | UK | Britain
    Great Britain | England | Scotland | Wales | Ireland | Italy | Spain | Portugal
    Netherlands | Holland | Belgium | Luxembourg | Switzerland | Austria | Sweden | Norway
    Denmark | Finland | Iceland | Poland | Czech Republic | Czechia | Slovakia | Hungary
    Romania | Bulgaria | Greece | Turkey | Türkiye | Ukraine | Belarus | Serbia | Croatia
    Slovenia | Estonia | Latvia | Lithuania | Cyprus | Malta | India | Pakistan | Bangladesh
    Sri Lanka | Nepal | Bhutan | Maldives | Afghanistan | Iran | Iraq | Israel | Palestine
    Jordan | Lebanon | Syria | Saudi Arabia | United Arab Emirates | UAE | Qatar | Kuwait
    Bahrain | Oman | Yemen | Egypt | Libya | Tunisia | Algeria | Morocco | Sudan | Ethiopia
    Kenya | Tanzania | Uganda | Rwanda | Nigeria | Ghana | Senegal | Cameroon | Angola
    Mozambique | Zimbabwe | Zambia | South Africa | Namibia | Botswana | Madagascar
    Thailand | Malaysia | Singapore | Indonesia | Philippines | the Philippines | Laos | Lao
    Cambodia | Myanmar | Brunei | Timor-Leste | East Timor | Mongolia | Kazakhstan
    Uzbekistan | Kyrgyzstan | Tajikistan | Turkmenistan | Azerbaijan | Armenia | Georgia
    Australia | New Zealand | Papua New Guinea | Fiji | Canada | Cuba | Brazil | Argentina
    Chile | Peru | Colombia | Venezuela | Ecuador | Bolivia | Paraguay | Uruguay | Panama
    Costa Rica | Nicaragua | Honduras | Guatemala | El Salvador | Dominican Republic
    Haiti | Jamaica | Trinidad and Tobago | Taiwan | Hong Kong | Macau | Macao
    Asia | Europe | Africa | Oceania | the Americas | Latin America | Latin American
    Southeast Asia | South Asia | East Asia | Central Asia | Northeast Asia | Asia-Pacific
    Asia Pacific | Indo-Pacific | Middle East | Western Hemisphere | Pacific | Atlantic
    Caribbean | Central America | North America | South America | Mekong | East Sea
    Soviet Union | USSR
    South China Sea | Eurasia | Scandinavia | Western Europe | Eastern Europe
    Hanoi | Ha Noi | Ho Chi Minh City | HCMC | HCM City | Da Nang | Hai Phong | Haiphong
    Can Tho | Hue | Nha Trang | Ha Long | Vung Tau | Quang Ninh | Binh Duong | Dong Nai
    An Giang | Bac Lieu | Bac Giang | Bac Kan | Bac Ninh | Ben Tre | Binh Dinh | Binh Phuoc
    Binh Thuan | Ca Mau | Cao Bang | Dak Lak | Dak Nong | Dien Bien | Dong Thap | Gia Lai
    Ha Giang | Ha Nam | Ha Tinh | Hai Duong | Hau Giang | Hoa Binh | Hung Yen | Khanh Hoa
    Kien Giang | Kon Tum | Lai Chau | Lam Dong | Lang Son | Lao Cai | Long An | Nam Dinh
    Nghe An | Ninh Binh | Ninh Thuan | Phu Tho | Phu Yen | Quang Binh | Quang Nam | Quang Ngai
    Quang Tri | Soc Trang | Son La | Tay Ninh | Thai Binh | Thai Nguyen | Thanh Hoa
    Thua Thien Hue | Thua Thien-Hue | Tien Giang | Tra Vinh | Tuyen Quang | Vinh Long
    Vinh Phuc | Yen Bai | Phu Quoc | Da Lat | Ba Ria-Vung Tau | Ba Ria - Vung Tau
    Beijing | Shanghai | Tokyo | Osaka | Seoul | Busan | Moscow | St. Petersburg | Vladivostok
    Washington | Washington D.C. | New York | Paris | London | Berlin | Rome | Madrid
    Brussels | Geneva | Vienna | Prague | Warsaw | Budapest | Stockholm | Oslo | Helsinki
    Copenhagen | Amsterdam | The Hague | Lisbon | Athens | Dublin | Bern | Kyiv | Minsk
    Canberra | Sydney | Melbourne | Wellington | Auckland | Ottawa | Toronto | Vancouver
    Mexico City | Havana | La Habana | Lima | Buenos Aires | Brasilia | Sao Paulo | Santiago
    Bogota | Caracas | Bangkok | Jakarta | Kuala Lumpur | Manila | Vientiane | Phnom Penh
    Yangon | Naypyidaw | New Delhi | Delhi | Mumbai | Dhaka | Islamabad | Tehran | Riyadh
    Dubai | Abu Dhabi | Doha | Cairo | Pretoria | Johannesburg | Nairobi | Taipei
    Istanbul | Ankara | Astana | Tashkent | Ulaanbaatar
    """
)
PLACE_PREFIXES = listed("Republic of | Kingdom of | State of | Federal Republic of")
# Written in lower case so that "Hanoi city" and "Tran Hung Dao street" are places too.
PLACE_SUFFIXES = listed(
    "city | province | prefecture | district | county | delta | island | islands | peninsula"
    " | street | road | avenue | boulevard | square | bridge | airport"
)
# Each demonym and the place it names, for telling Vietnam's bodies from the others'.
DEMONYM_PLACES = {
    "Vietnamese": "Vietnam", "Mexican": "Mexico", "American": "United States",
    "U.S.": "United States", "Japanese": "Japan", "Chinese": "China", "Korean": "Korea",
    "South Korean": "Korea", "North Korean": "DPRK", "Russian": "Russia", "French": "France",
    "German": "Germany", "British": "United Kingdom", "Italian": "Italy", "Spanish": "Spain",
    "Portuguese": "Portugal", "Dutch": "Netherlands", "Belgian": "Belgium",
    "Swiss": "Switzerland", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
    "Finnish": "Finland", "Austrian": "Austria", "Polish": "Poland", "Czech": "Czechia",
    "Hungarian": "Hungary", "Ukrainian": "Ukraine", "Belarusian": "Belarus",
    "Greek": "Greece", "Turkish": "Turkey", "Indian": "India", "Pakistani": "Pakistan",
    "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka", "Indonesian": "Indonesia",
    "Thai": "Thailand", "Malaysian": "Malaysia", "Singaporean": "Singapore",
    "Filipino": "Philippines", "Philippine": "Philippines", "Lao": "Laos", "Laotian": "Laos",
    "Cambodian": "Cambodia", "Bruneian": "Brunei", "Timorese": "Timor-Leste",
    "Mongolian": "Mongolia", "Kazakh": "Kazakhstan", "Australian": "Australia",
    "Canadian": "Canada", "Cuban": "Cuba", "Brazilian": "Brazil", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Chilean": "Chile", "Peruvian": "Peru",
    "Colombian": "Colombia", "Venezuelan": "Venezuela", "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay", "Bolivian": "Bolivia", "Ecuadorian": "Ecuador",
    "Panamanian": "Panama", "Egyptian": "Egypt", "South African": "South Africa",
    "Nigerian": "Nigeria", "Kenyan": "Kenya", "Moroccan": "Morocco", "Algerian": "Algeria",
    "Israeli": "Israel", "Palestinian": "Palestine", "Iranian": "Iran", "Iraqi": "Iraq",
    "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Qatari": "Qatar",
    "Kuwaiti": "Kuwait", "European": "Europe", "Asian": "Asia", "African": "Africa",
    "Latin American": "Latin America", "Southeast Asian": "Southeast Asia",
    "New Zealand": "New Zealand", "Taiwanese": "Taiwan",
}  # fmt: skip
DEMONYMS = tuple(DEMONYM_PLACES)
# How the text names Vietnam itself: a body so qualified is one of the gazetteer's.
HOME = ("Vietnam", "Viet Nam", "Vietnamese", "VN")

LINKS = ("of", "for", "on")  # a head's complement: "Ministry of ...", "Committee on ..."
LOCATIVES = ("in",)  # where a mission sits: "Embassy of Vietnam in Mexico"
# What joins an office to what it is of: "Ambassador to Vietnam", "Director ... at the ..."
TITLE_LINKS = ("of", "for", "on", "in", "to", "at", "under")
AND_WORDS = ("and", "&")
THE_WORDS = ("the",)
# Lower-case words an office's complement may hold before "of" ("... City chapter of the ...").
BRIDGE_BEFORE = ("of",)
NAME_PARTICLES = ("de", "del", "la", "las", "los", "van", "von", "der", "den", "bin", "binti",
                  "da", "dos", "das", "du", "di", "y", "al", "el", "ter")  # fmt: skip

STOP_WORDS = listed(
    """
    The | A | An | This | That | These | Those | It | Its | He | His | She | Her | They
    Their | We | Our | I | You | Your | According | In | On | At | For | From | To | By | With
    Without | As | After | Before | During | Since | While | When | Where | Whereas | Both
    All | Each | Every | Other | Another | Many | Some | Several | Most | More | Meanwhile
    However | Also | And | But | Or | Nor | So | Yet | If | Though | Although | Because | Thus
    Therefore | Moreover | Furthermore | Besides | Notably | Currently | Recently | Last | Next
    Speaking | Addressing | Regarding | Under | Over | Among | Between | Within | Through
    Following | Despite | Amid | Here | There | Today | Yesterday | Tomorrow | Not | No
    Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
    January | February | March | April | May | June | July | August | September | October
    November | December | Jan | Feb | Mar | Apr | Jun | Jul | Aug | Sep | Sept | Oct | Nov
    Dec | Covid | COVID
    """
)
NOT_HEADS = listed("Opera House | Guest House")  # buildings, not bodies
# Words that name no body with a head alone: "Central Committee", "the State Bank".
GENERIC_WORDS = listed(
    """
    Central | National | State | General | People's | People’s | Federal | Standing
    Permanent | Executive | Supreme | High | Joint | Special | Provincial | Municipal | Public
    Royal | Regional | Local | International | Foreign | New | Main | Party
    """
)
